// Per-account throttling of failed sign-ins, beside the per-IP limit: after a few failures for one
// email, each further attempt waits a delay that doubles per failure (capped), for known and unknown
// emails alike; a successful sign-in clears it. Kept in the database (LoginThrottle), so every server
// process sees it. The clock is faked (Date only), so the delays are exact.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { testDatabaseTargets } from '@tokenplan/db/testing';
import { buildApp } from '../src/app';
import { lockoutSeconds } from '../src/auth/loginThrottle';
import { anonymousHeaders, createTestApp, createUser, type TestApp, type TestUser } from './helpers';

const targets = await testDatabaseTargets();
// Per-IP limits out of the way: this is about one account.
const LIMITS = { enabled: true, authPerMinute: 10_000, generalPerMinute: 10_000, loginFreeFailures: 3, loginLockoutBaseSeconds: 60, loginLockoutMaxSeconds: 600 };

describe('lockoutSeconds', () => {
  it('is 0 before the free failures are used up, then doubles from the base up to the cap', () => {
    const config = { loginFreeFailures: 3, loginLockoutBaseSeconds: 60, loginLockoutMaxSeconds: 600 };
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 100].map((n) => lockoutSeconds(n, config))).toEqual([0, 0, 0, 60, 120, 240, 480, 600, 600, 600]);
  });
});

describe.each(targets)('failed sign-ins per account on $kind', ({ open }) => {
  let t: TestApp;
  let victim: TestUser;
  let clock = Date.parse('2026-06-01T09:00:00Z');

  beforeAll(async () => {
    t = await createTestApp(await open(), { rateLimit: LIMITS });
    victim = await createUser(t, 'EDITOR', { email: 'victim@example.com' });
  });
  afterAll(async () => t.close());
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(clock);
  });
  afterEach(() => vi.useRealTimers());

  const later = (seconds: number) => {
    clock += seconds * 1000;
    vi.setSystemTime(clock);
  };
  const login = (email: string, password: string, app = t.app) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: anonymousHeaders, payload: { email, password } });

  /** Statuses and Retry-After of: wrong, wrong, wrong, then the lock-outs and retries as time passes. */
  async function run(email: string): Promise<(string | number)[]> {
    const seen: (string | number)[] = [];
    const attempt = async (password: string) => {
      const res = await login(email, password);
      seen.push(res.statusCode === 429 ? `429 after ${res.headers['retry-after']}` : res.statusCode);
      if (res.statusCode === 429) expect(res.json()).toEqual({ error: { code: 'rate_limited', message: expect.stringMatching(/sign-in/) } });
    };
    for (let i = 0; i < 3; i += 1) await attempt(`wrong-password-${i}`);
    await attempt(victim.password); // locked: even the right password waits
    for (const wait of [60, 120, 240, 480, 600]) {
      later(wait - 1);
      await attempt('wrong-password-x'); // a second early
      later(1);
      await attempt('wrong-password-y');
    }
    await attempt('wrong-password-z');
    return seen;
  }

  const EXPECTED = [
    401, 401, 401, '429 after 60',
    '429 after 1', 401, // 4th failure: 120 s
    '429 after 1', 401, // 5th: 240 s
    '429 after 1', 401, // 6th: 480 s
    '429 after 1', 401, // 7th: 960 s, capped at 600 s
    '429 after 1', 401, // 8th: 600 s
    '429 after 600',
  ];

  it('locks an email out for a delay that doubles per failure, up to the cap', async () => {
    expect(await run('victim@example.com')).toEqual(EXPECTED);
  });

  it('answers an unknown email exactly alike (no account enumeration)', async () => {
    expect(await run('nobody-here@example.com')).toEqual(EXPECTED);
  });

  it('shares the lock between server processes on the same database, and spellings of the email', async () => {
    const other = await buildApp({ db: t.db, rateLimit: LIMITS });
    try {
      const res = await login(' Nobody-Here@EXAMPLE.com ', 'wrong-password-w', other);
      expect(res.statusCode).toBe(429);
      expect(res.headers['retry-after']).toBe('600');
    } finally {
      await other.close();
    }
    // Someone else is not affected.
    const bystander = await createUser(t, 'VIEWER');
    expect((await login(bystander.email, bystander.password)).statusCode).toBe(200);
  });

  it('clears the failures on a successful sign-in', async () => {
    later(600);
    expect((await login('victim@example.com', victim.password)).statusCode).toBe(200);
    expect(await t.db.prisma.loginThrottle.findUnique({ where: { email: 'victim@example.com' } })).toBeNull();
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await login('victim@example.com', `wrong-again-${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401]);
    expect((await login('victim@example.com', victim.password)).statusCode).toBe(429);
  });

  it('forgets failures a day old', async () => {
    later(86_400);
    expect((await login('victim@example.com', 'wrong-password-0')).statusCode).toBe(401);
    expect((await login('victim@example.com', victim.password)).statusCode).toBe(200);
  });
});
