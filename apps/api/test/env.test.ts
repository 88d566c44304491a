import { describe, expect, it } from 'vitest';
import { ConfigError, readEnv } from '../src/env';

describe('configuration', () => {
  it('defaults to 127.0.0.1:3000 on the embedded database', () => {
    expect(readEnv({})).toEqual({
      HOST: '127.0.0.1',
      PORT: 3000,
      TOKENPLAN_DATA_DIR: './.tokenplan-data',
      LOG_LEVEL: 'info',
      TOKENPLAN_COOKIE_SECURE: 'auto',
      TOKENPLAN_DEMO_WORKSPACE: 'on',
      TOKENPLAN_SESSION_IDLE_MINUTES: 120,
      TOKENPLAN_SESSION_MAX_HOURS: 12,
      TOKENPLAN_INVITE_HOURS: 72,
      TOKENPLAN_TRUSTED_ORIGINS: [],
      TOKENPLAN_RATE_LIMIT_AUTH: 10,
      TOKENPLAN_RATE_LIMIT_API: 600,
      TOKENPLAN_ROLE: 'api',
      TOKENPLAN_JOBS_PER_USER: 2,
      TOKENPLAN_WORKER_NICE: 10,
    });
  });

  it('reads the security settings', () => {
    const env = readEnv({
      TOKENPLAN_COOKIE_SECURE: 'true',
      TOKENPLAN_SESSION_IDLE_MINUTES: '30',
      TOKENPLAN_TRUSTED_ORIGINS: 'https://budget.example.com, http://localhost:5173',
    });
    expect(env.TOKENPLAN_COOKIE_SECURE).toBe('true');
    expect(env.TOKENPLAN_SESSION_IDLE_MINUTES).toBe(30);
    expect(env.TOKENPLAN_TRUSTED_ORIGINS).toEqual(['https://budget.example.com', 'http://localhost:5173']);
    expect(() => readEnv({ TOKENPLAN_COOKIE_SECURE: 'yes' })).toThrow(/^Invalid configuration: TOKENPLAN_COOKIE_SECURE /);
    expect(() => readEnv({ TOKENPLAN_TRUSTED_ORIGINS: 'budget.example.com' })).toThrow(/^Invalid configuration: TOKENPLAN_TRUSTED_ORIGINS /);
    expect(() => readEnv({ TOKENPLAN_SESSION_MAX_HOURS: '0' })).toThrow(/TOKENPLAN_SESSION_MAX_HOURS/);
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
