import { describe, expect, it } from 'vitest';
import { ConfigError, readEnv } from '../src/env';

describe('configuration', () => {
  it('defaults to 127.0.0.1:3000 on the embedded database', () => {
    expect(readEnv({})).toEqual({ HOST: '127.0.0.1', PORT: 3000, TOKENPLAN_DATA_DIR: './.tokenplan-data', LOG_LEVEL: 'info' });
  });

  it('reads PORT as a number and treats empty variables as unset', () => {
    expect(readEnv({ PORT: '8080', DATABASE_URL: '' })).toMatchObject({ PORT: 8080 });
    expect(readEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('stops on a bad value with one line naming the variable', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/^Invalid configuration: PORT /);
    expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgres:\/\//);
  });
});
