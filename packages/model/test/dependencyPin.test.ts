// wordArithmetic.ts reads and builds decimal.js values at the level of their words (base 1e7
// digits, exponent, sign) and re-does its `finalise` rounding: a decimal.js release may change
// those internals without a major version. So the version is pinned exactly in the catalog, and
// this test fails on any other major.minor until wordArithmetic's property tests are re-run on it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const VERIFIED = '10.6';

describe('decimal.js, read at word level', () => {
  it(`is the ${VERIFIED} line that wordArithmetic was verified against`, () => {
    const { version } = JSON.parse(readFileSync(require.resolve('decimal.js/package.json'), 'utf8')) as { version: string };
    expect(version.split('.').slice(0, 2).join('.')).toBe(VERIFIED);
  });

  it('is pinned to an exact version in the workspace catalog (no range)', () => {
    const workspace = readFileSync(new URL('../../../pnpm-workspace.yaml', import.meta.url), 'utf8');
    expect(workspace).toMatch(/^\s+decimal\.js: \d+\.\d+\.\d+\s*$/m);
  });
});
