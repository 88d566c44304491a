// Rate limits and security headers, on app instances of their own (limits are off in other tests).
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOG_REDACT } from '../src/logging';
import { anonymousHeaders, createTestApp, createUser, type TestApp } from './helpers';

describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(undefined, { rateLimit: { enabled: true, authPerMinute: 10, generalPerMinute: 25 } });
  });
  afterAll(async () => t.close());

  it('limits the 11th bad login from one IP within a minute, whatever the emails', async () => {
    const user = await createUser(t, 'EDITOR');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      // A different email each time: the per-account throttle (loginThrottle.api.db.test.ts) stays out of it.
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: anonymousHeaders, payload: { email: `guess-${i}@example.com`, password: `wrong-password-${i}` } });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 429]);
    // Even the right password is refused until the window passes.
    const right = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: anonymousHeaders, payload: { email: user.email, password: user.password } });
    expect(right.statusCode).toBe(429);
    expect(right.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(right.headers['retry-after']).toBeDefined();
  });

  it('counts setup and invite acceptance separately from other routes, with the same strict limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/invites/accept', headers: anonymousHeaders, payload: { code: `inv_${'a'.repeat(43)}`, email: 'x@example.com', name: 'X', password: 'budget-cycle-planning-9' } });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
    expect(statuses[10]).toBe(429);
  });

  it('applies a moderate limit to the rest of the API, not to health checks', async () => {
    const user = await createUser(t, 'VIEWER');
    const statuses: number[] = [];
    for (let i = 0; i < 26; i += 1) statuses.push((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: user.headers })).statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(25);
    expect(statuses[25]).toBe(429);
    for (let i = 0; i < 30; i += 1) expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('sends a strict CSP and the usual hardening headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/status' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('logs', () => {
  it('never contain passwords, cookies or tokens, even at trace level', async () => {
    let output = '';
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        output += chunk.toString();
        done();
      },
    });
    const t = await createTestApp(undefined, { logger: { level: 'trace', redact: LOG_REDACT, stream } });
    const user = await createUser(t, 'OWNER');
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: anonymousHeaders, payload: { email: user.email, password: user.password } });
    const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    const token = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: { ...user.headers, cookie }, payload: { name: 'log', scope: 'READ' } });
    const secret = token.json<{ secret: string }>().secret;
    await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${secret}` } });
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: anonymousHeaders, payload: { email: user.email, password: 'not-the-password-1' } });
    await t.close();
    expect(output).toContain('/api/v1/auth/login'); // the requests were logged
    expect(output).not.toContain(user.password);
    expect(output).not.toContain('not-the-password-1');
    expect(output).not.toContain(cookie.split('=')[1]);
    expect(output).not.toContain(user.cookie.split('=')[1]);
    expect(output).not.toContain(secret);
  });
});
