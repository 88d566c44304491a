// Signing in (POST /api/v1/auth/setup, /login, /logout): first-run setup and login on one workspace in
// order, session expiry (idle, absolute, sliding; Secure cookies), and the CSRF checks on cookie requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../src/auth/secrets';
import { anonymousHeaders, createTestApp, createToken, createUser, TEST_HOST, TEST_ORIGIN, type TestApp } from './helpers';
import { setCookie, withCookie } from './auth.fixtures';

const OWNER_PASSWORD = 'ledger-Quarterly-forecast-77';

describe('first run and login (one workspace, in order)', () => {
  let t: TestApp;
  let ownerCookie = '';
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('reports that setup is required on an empty database', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/status' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ setupRequired: true, me: null });
  });

  it('refuses short and common passwords with the field path', async () => {
    const short = await t.app.inject({ method: 'POST', url: '/api/v1/auth/setup', headers: anonymousHeaders, payload: { email: 'cfo@example.com', name: 'Ada', password: 'short' } });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toEqual({
      error: { code: 'weak_password', message: 'Password must be at least 12 characters.', details: [{ path: 'password', message: 'Password must be at least 12 characters.' }] },
    });
    for (const password of ['password1234', 'Password2024!', 'passwordpassword', 'qwertyuiopas', '123456789012', '901234567890', 'aaaaaaaaaaaaaaa', 'my-controller-pass']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/setup', headers: anonymousHeaders, payload: { email: 'controller@example.com', name: 'Ada', password } });
      expect(res.statusCode, password).toBe(400);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('weak_password');
    }
  });

  it('rejects fields a client may not set (mass assignment) and bad emails', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/setup',
      headers: anonymousHeaders,
      payload: { email: 'cfo@example.com', name: 'Ada', password: OWNER_PASSWORD, role: 'VIEWER', id: 'x' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('validation_failed');
    const email = await t.app.inject({ method: 'POST', url: '/api/v1/auth/setup', headers: anonymousHeaders, payload: { email: 'not-an-email', name: 'Ada', password: OWNER_PASSWORD } });
    expect(email.statusCode).toBe(400);
    expect(email.json<{ error: { details: { path: string }[] } }>().error.details.map((d) => d.path)).toEqual(['email']);
    expect(await t.db.prisma.user.count()).toBe(0);
  });

  it('creates the owner, signs them in with a hardened cookie, and stores only a scrypt hash', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/setup',
      headers: anonymousHeaders,
      payload: { email: 'CFO@Example.com', name: 'Ada Lovelace', password: OWNER_PASSWORD },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json<{ user: Record<string, unknown> }>();
    expect(body.user).toMatchObject({ email: 'cfo@example.com', name: 'Ada Lovelace', role: 'OWNER' });
    expect(Object.keys(body.user).sort()).toEqual(['createdAt', 'disabled', 'disabledAt', 'email', 'id', 'name', 'role']);
    expect(body.user).toMatchObject({ disabled: false, disabledAt: null });
    const cookie = setCookie(res);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/; Secure/); // plain HTTP with TOKENPLAN_COOKIE_SECURE=auto
    ownerCookie = cookie.split(';')[0] ?? '';
    const secret = ownerCookie.split('=')[1] ?? '';
    const row = await t.db.prisma.user.findUniqueOrThrow({ where: { email: 'cfo@example.com' } });
    expect(row.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(row.passwordHash).not.toContain(OWNER_PASSWORD);
    // The session row is keyed by the hash of the cookie, never the cookie itself.
    expect(await t.db.prisma.session.findUnique({ where: { id: secret } })).toBeNull();
    expect(await t.db.prisma.session.findUnique({ where: { id: hashSecret(secret) } })).not.toBeNull();
  });

  it('then reports the signed-in owner and refuses a second setup', async () => {
    const status = await t.app.inject({ method: 'GET', url: '/api/v1/auth/status', headers: withCookie(ownerCookie) });
    expect(status.json()).toMatchObject({ setupRequired: false, me: { user: { role: 'OWNER' }, via: 'session', canWrite: true } });
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/setup', headers: anonymousHeaders, payload: { email: 'x@example.com', name: 'X', password: 'another-strong-one-42' } });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { code: string } }>().error.code).toBe('already_set_up');
    expect(await t.db.prisma.user.count()).toBe(1);
  });

  it('answers wrong password and unknown email identically', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: anonymousHeaders, payload: { email: 'cfo@example.com', password: 'not-the-password-1' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: anonymousHeaders, payload: { email: 'nobody@example.com', password: 'not-the-password-1' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: { code: 'invalid_credentials', message: 'Email or password is incorrect.' } });
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('issues a new session id at login (no session fixation) and kills the one presented', async () => {
    const before = ownerCookie;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: withCookie(before), payload: { email: 'cfo@example.com', password: OWNER_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const after = setCookie(res).split(';')[0] ?? '';
    expect(after).not.toBe(before);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: withCookie(before) })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: withCookie(after) })).statusCode).toBe(200);
    // An attacker-planted value is never adopted either.
    const planted = 'tokenplan_session=AttackerChosenValue_0123456789abcdef';
    const res2 = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: withCookie(planted), payload: { email: 'cfo@example.com', password: OWNER_PASSWORD } });
    expect(setCookie(res2).split(';')[0]).not.toBe(planted);
    ownerCookie = after;
  });

  it('logout deletes the session on the server and clears the cookie', async () => {
    const sessionsBefore = await t.db.prisma.session.count();
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: withCookie(ownerCookie) });
    expect(res.statusCode).toBe(204);
    expect(setCookie(res)).toMatch(/^tokenplan_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(await t.db.prisma.session.count()).toBe(sessionsBefore - 1);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: withCookie(ownerCookie) });
    expect(me.statusCode).toBe(401);
    expect(me.json()).toEqual({ error: { code: 'unauthenticated', message: 'Sign in or send an API token.' } });
  });
});

describe('sessions expire', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('after the idle timeout', async () => {
    const user = await createUser(t, 'EDITOR');
    await t.db.prisma.session.updateMany({ where: { userId: user.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: user.headers })).statusCode).toBe(401);
    expect(await t.db.prisma.session.count({ where: { userId: user.userId } })).toBe(0);
  });

  it('after the absolute lifetime, however active', async () => {
    const user = await createUser(t, 'EDITOR');
    await t.db.prisma.session.updateMany({ where: { userId: user.userId }, data: { absoluteExpiresAt: new Date(Date.now() - 1000) } });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: user.headers })).statusCode).toBe(401);
  });

  it('slide the idle expiry forward on use, capped by the absolute expiry', async () => {
    const user = await createUser(t, 'EDITOR');
    const absolute = new Date(Date.now() + 30 * 60_000);
    await t.db.prisma.session.updateMany({
      where: { userId: user.userId },
      data: { lastSeenAt: new Date(Date.now() - 5 * 60_000), expiresAt: new Date(Date.now() + 60_000), absoluteExpiresAt: absolute },
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: user.headers })).statusCode).toBe(200);
    const row = await t.db.prisma.session.findFirstOrThrow({ where: { userId: user.userId } });
    // Idle would be now + 120 min; the absolute expiry (now + 30 min) wins.
    expect(row.expiresAt.getTime()).toBe(absolute.getTime());
  });

  it('Secure cookies when configured', async () => {
    const secure = await createTestApp(undefined, { auth: { cookieSecure: true } });
    const owner = await createUser(secure, 'OWNER', { password: 'secure-cookie-pass-99' });
    const res = await secure.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: anonymousHeaders, payload: { email: owner.email, password: 'secure-cookie-pass-99' } });
    expect(res.statusCode).toBe(200);
    expect(setCookie(res)).toMatch(/; Secure/);
    await secure.close();
  });
});

describe('CSRF', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(undefined, { auth: { trustedOrigins: ['https://budget.example.com'] } });
  });
  afterAll(async () => t.close());

  const tokenBody = { name: 'csrf', scope: 'READ' };

  it('refuses a cross-origin state-changing request with a session cookie', async () => {
    const user = await createUser(t, 'EDITOR');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: { ...user.headers, origin: 'https://evil.example' }, payload: tokenBody });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: { code: 'csrf_rejected', message: 'Cross-origin request refused.' } });
    expect(await t.db.prisma.apiToken.count({ where: { userId: user.userId } })).toBe(0);
  });

  it('refuses a cookie request without Origin or Referer, accepts a same-origin Referer and trusted origins', async () => {
    const user = await createUser(t, 'EDITOR');
    const { origin: _o, ...noOrigin } = user.headers;
    const bare = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: noOrigin, payload: tokenBody });
    expect(bare.statusCode).toBe(403);
    const referer = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: { ...noOrigin, referer: `${TEST_ORIGIN}/settings` }, payload: tokenBody });
    expect(referer.statusCode).toBe(201);
    const trusted = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: { ...user.headers, origin: 'https://budget.example.com' }, payload: tokenBody });
    expect(trusted.statusCode).toBe(201);
    const nullOrigin = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: { ...user.headers, origin: 'null' }, payload: tokenBody });
    expect(nullOrigin.statusCode).toBe(403);
  });

  it('refuses a cross-origin login (login CSRF) but lets scripts without Origin sign in', async () => {
    const user = await createUser(t, 'VIEWER');
    const cross = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { host: TEST_HOST, origin: 'https://evil.example' }, payload: { email: user.email, password: user.password } });
    expect(cross.statusCode).toBe(403);
    const script = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { host: TEST_HOST }, payload: { email: user.email, password: user.password } });
    expect(script.statusCode).toBe(200);
  });

  it('does not apply to bearer tokens (a cross-site page cannot send Authorization)', async () => {
    const user = await createUser(t, 'EDITOR');
    const token = await createToken(t, user, 'READ_WRITE');
    const res = await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${token.tokenId}`, headers: token.headers });
    expect(res.statusCode).toBe(204);
  });
});
