import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { hashSecret } from '../src/auth/secrets';
import { anonymousHeaders, cookieFrom, createTestApp, createToken, createUser, TEST_HOST, TEST_ORIGIN, type TestApp } from './helpers';

const OWNER_PASSWORD = 'ledger-Quarterly-forecast-77';

function setCookie(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const all = Array.isArray(header) ? header : header ? [header] : [];
  const hit = all.find((c) => c.startsWith('tokenplan_session='));
  if (!hit) throw new Error('no session cookie set');
  return hit;
}

function withCookie(cookie: string, extra: Record<string, string> = {}): Record<string, string> {
  return { cookie, host: TEST_HOST, origin: TEST_ORIGIN, ...extra };
}

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

describe('API tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('shows the secret once, stores only its hash, works as a bearer, and stops at revocation', async () => {
    const editor = await createUser(t, 'EDITOR');
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: editor.headers, payload: { name: 'Excel refresh', scope: 'READ_WRITE' } });
    expect(created.statusCode).toBe(201);
    const { token, secret } = created.json<{ token: { id: string; prefix: string; scope: string }; secret: string }>();
    expect(secret).toMatch(/^tp_[\w-]{43}$/);
    expect(token.prefix).toBe(secret.slice(0, 9));
    expect(token.scope).toBe('READ_WRITE');
    const row = await t.db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashSecret(secret));
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: editor.headers });
    expect(list.body).not.toContain(secret);
    expect(list.body).not.toContain(row.tokenHash);

    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${secret}` } });
    expect(me.json()).toMatchObject({ user: { id: editor.userId }, via: 'token', canWrite: true });
    expect((await t.db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();

    const revoke = await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${token.id}`, headers: editor.headers });
    expect(revoke.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${secret}` } });
    expect(after.statusCode).toBe(401);
    expect(after.json<{ error: { code: string } }>().error.code).toBe('invalid_token');
  });

  it('refuses expired and malformed tokens', async () => {
    const editor = await createUser(t, 'EDITOR');
    const expired = await createToken(t, editor, 'READ', { expiresAt: new Date(Date.now() - 1000) });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: expired.headers })).statusCode).toBe(401);
    for (const authorization of ['Bearer', 'Bearer nope', 'Basic dXNlcjpwYXNz', `Bearer tp_${'x'.repeat(43)}`]) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization } });
      expect(res.statusCode, authorization).toBe(401);
    }
  });

  it('keeps viewers to read tokens, and tokens cannot mint tokens', async () => {
    const viewer = await createUser(t, 'VIEWER');
    const rw = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: viewer.headers, payload: { name: 'x', scope: 'READ_WRITE' } });
    expect(rw.statusCode).toBe(403);
    const editor = await createUser(t, 'EDITOR');
    const token = await createToken(t, editor, 'READ_WRITE');
    const minted = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: token.headers, payload: { name: 'x', scope: 'READ' } });
    expect(minted.statusCode).toBe(403);
    expect(minted.json<{ error: { code: string } }>().error.code).toBe('session_required');
  });

  it('hides another user’s token as 404 and rejects ids that are not uuids with 400', async () => {
    const a = await createUser(t, 'EDITOR');
    const b = await createUser(t, 'EDITOR');
    const tokenOfA = await createToken(t, a, 'READ');
    const res = await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${tokenOfA.tokenId}`, headers: b.headers });
    expect(res.statusCode).toBe(404);
    expect((await t.db.prisma.apiToken.findUniqueOrThrow({ where: { id: tokenOfA.tokenId } })).revokedAt).toBeNull();
    const bad = await t.app.inject({ method: 'DELETE', url: '/api/v1/tokens/42', headers: b.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { path: string }[] } }>().error.details[0]?.path).toBe('id');
  });

  it('a read token of the owner cannot change the workspace', async () => {
    const owner = await createUser(t, 'OWNER');
    const read = await createToken(t, owner, 'READ');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: read.headers })).statusCode).toBe(200);
    const invite = await t.app.inject({ method: 'POST', url: '/api/v1/invites', headers: read.headers, payload: { role: 'EDITOR' } });
    expect(invite.statusCode).toBe(403);
  });
});

describe('invites, roles and the audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  async function invite(owner: { headers: Record<string, string> }, payload: Record<string, unknown>) {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/invites', headers: owner.headers, payload });
    expect(res.statusCode).toBe(201);
    return res.json<{ invite: { id: string; status: string; role: string }; code: string; path: string }>();
  }

  it('an invite link is single use, and the invitee gets the invited role', async () => {
    const owner = await createUser(t, 'OWNER');
    const created = await invite(owner, { role: 'EDITOR' });
    expect(created.code).toMatch(/^inv_[\w-]{43}$/);
    expect(created.path).toBe(`/invite#${created.code}`);
    expect(created.invite).toMatchObject({ role: 'EDITOR', status: 'pending', usedBy: null });

    const inspect = await t.app.inject({ method: 'POST', url: '/api/v1/invites/inspect', headers: anonymousHeaders, payload: { code: created.code } });
    expect(inspect.json()).toMatchObject({ role: 'EDITOR', email: null });

    const payload = { code: created.code, email: 'analyst@example.com', name: 'Grace', password: 'forecast-variance-2031' };
    const role = await t.app.inject({ method: 'POST', url: '/api/v1/invites/accept', headers: anonymousHeaders, payload: { ...payload, role: 'OWNER' } });
    expect(role.statusCode).toBe(400); // mass assignment: role comes from the invite only

    const accepted = await t.app.inject({ method: 'POST', url: '/api/v1/invites/accept', headers: anonymousHeaders, payload });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toMatchObject({ user: { email: 'analyst@example.com', role: 'EDITOR' } });
    const cookie = cookieFrom(accepted.headers['set-cookie']) ?? '';
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: withCookie(cookie) });
    expect(me.json()).toMatchObject({ user: { email: 'analyst@example.com', role: 'EDITOR' }, canWrite: true });

    const twice = await t.app.inject({ method: 'POST', url: '/api/v1/invites/accept', headers: anonymousHeaders, payload: { ...payload, email: 'other@example.com' } });
    expect(twice.statusCode).toBe(404);
    expect(twice.json<{ error: { code: string } }>().error.code).toBe('invite_invalid');

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/invites', headers: owner.headers });
    expect(list.json<{ invites: unknown[] }>().invites).toEqual([expect.objectContaining({ id: created.invite.id, status: 'used', usedBy: expect.objectContaining({ email: 'analyst@example.com' }) })]);
  });

  it('refuses expired, revoked and wrong-email invites', async () => {
    const owner = await createUser(t, 'OWNER');
    const expired = await invite(owner, { role: 'VIEWER' });
    await t.db.prisma.invite.update({ where: { id: expired.invite.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const body = (code: string, email = 'late@example.com') => ({ code, email, name: 'Late', password: 'forecast-variance-2031' });
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/invites/accept', headers: anonymousHeaders, payload: body(expired.code) })).statusCode).toBe(404);

    const revoked = await invite(owner, { role: 'VIEWER' });
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/invites/${revoked.invite.id}`, headers: owner.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/invites/accept', headers: anonymousHeaders, payload: body(revoked.code) })).statusCode).toBe(404);

    const named = await invite(owner, { role: 'VIEWER', email: 'named@example.com' });
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/invites/accept', headers: anonymousHeaders, payload: body(named.code, 'someone@example.com') });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ error: { code: string } }>().error.code).toBe('email_mismatch');
    const right = await t.app.inject({ method: 'POST', url: '/api/v1/invites/accept', headers: anonymousHeaders, payload: body(named.code, 'named@example.com') });
    expect(right.statusCode).toBe(201);
    expect(right.json()).toMatchObject({ user: { role: 'VIEWER' } });
  });

  it('the owner changes roles (with immediate effect) but not their own', async () => {
    const owner = await createUser(t, 'OWNER');
    const editor = await createUser(t, 'EDITOR');
    const own = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${owner.userId}`, headers: owner.headers, payload: { role: 'VIEWER' } });
    expect(own.statusCode).toBe(409);
    const extra = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${editor.userId}`, headers: owner.headers, payload: { role: 'VIEWER', email: 'x@example.com' } });
    expect(extra.statusCode).toBe(400);
    const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${editor.userId}`, headers: owner.headers, payload: { role: 'VIEWER' } });
    expect(res.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: editor.headers });
    expect(me.json()).toMatchObject({ user: { role: 'VIEWER' }, canWrite: false });
    const missing = await t.app.inject({ method: 'PATCH', url: '/api/v1/users/00000000-0000-4000-8000-000000000000', headers: owner.headers, payload: { role: 'VIEWER' } });
    expect(missing.statusCode).toBe(404);
  });

  it('the audit log records who did what, pages, and holds no secrets', async () => {
    const owner = await createUser(t, 'OWNER', { name: 'Audit Owner' });
    const created = await invite(owner, { role: 'VIEWER' });
    const password = 'variance-analysis-7781';
    await t.app.inject({ method: 'POST', url: '/api/v1/invites/accept', headers: anonymousHeaders, payload: { code: created.code, email: 'viewer-audit@example.com', name: 'Viewer', password } });
    const tok = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: owner.headers, payload: { name: 'audit', scope: 'READ' } });
    const { secret, token } = tok.json<{ secret: string; token: { id: string } }>();
    await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${token.id}`, headers: owner.headers });

    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit?limit=3', headers: owner.headers });
    expect(res.statusCode).toBe(200);
    const page = res.json<{ events: { action: string; entityId: string; actor: { name: string } | null }[]; nextCursor: string | null }>();
    expect(page.events.map((e) => e.action)).toEqual(['token.revoke', 'token.create', 'invite.accept']);
    expect(page.events[0]).toMatchObject({ entityId: token.id, actor: { name: 'Audit Owner' } });
    expect(page.nextCursor).not.toBeNull();
    const next = await t.app.inject({ method: 'GET', url: `/api/v1/audit?limit=1&cursor=${page.nextCursor ?? ''}`, headers: owner.headers });
    expect(next.json<{ events: { action: string }[] }>().events.map((e) => e.action)).toEqual(['invite.create']);

    const all = await t.app.inject({ method: 'GET', url: '/api/v1/audit?limit=200', headers: owner.headers });
    expect(all.body).not.toContain(password);
    expect(all.body).not.toContain(secret);
    expect(all.body).not.toContain(created.code);
    expect(all.body).not.toContain('scrypt$');

    const unknownParam = await t.app.inject({ method: 'GET', url: '/api/v1/audit?sort=asc', headers: owner.headers });
    expect(unknownParam.statusCode).toBe(400);
  });
});

describe('failed sign-ins are audited', () => {
  interface FailedEvent {
    actorId: string | null;
    entityType: string;
    entityId: string | null;
    details: { email?: string; ip?: string };
  }
  const failedEvents = (t: TestApp) =>
    t.db.prisma.auditEvent.findMany({ where: { action: 'auth.login_failed' } }) as Promise<FailedEvent[]>;
  const login = (t: TestApp, email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: anonymousHeaders, payload: { email, password } });

  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('writes one event per wrong password or unknown email: the email tried and the IP, never the password', async () => {
    const user = await createUser(t, 'EDITOR');
    const owner = await createUser(t, 'OWNER');
    const wrongPassword = 'Wrong-Password-For-Known-Account-1';
    const unknownPassword = 'Password-Tried-On-Unknown-Email-2';
    const wrong = await login(t, user.email, wrongPassword);
    const unknown = await login(t, 'Nobody@Example.com', unknownPassword);
    // The answer does not tell the two apart.
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
    expect(unknown.headers['set-cookie']).toBeUndefined();

    const events = await failedEvents(t);
    expect(events).toHaveLength(2);
    const byEmail = new Map(events.map((e) => [e.details.email, e]));
    expect(byEmail.get(user.email)).toMatchObject({ actorId: null, entityType: 'user', entityId: user.userId, details: { ip: '127.0.0.1' } });
    expect(byEmail.get('nobody@example.com')).toMatchObject({ actorId: null, entityType: 'user', entityId: null, details: { ip: '127.0.0.1' } });
    for (const event of events) expect(Object.keys(event.details).sort()).toEqual(['email', 'ip']);
    const stored = JSON.stringify(events);
    expect(stored).not.toContain(wrongPassword);
    expect(stored).not.toContain(unknownPassword);

    // The owner reads them in the audit log; a successful sign-in adds no failure.
    expect((await login(t, user.email, user.password)).statusCode).toBe(200);
    expect(await failedEvents(t)).toHaveLength(2);
    const log = await t.app.inject({ method: 'GET', url: '/api/v1/audit?action=auth.login_failed', headers: owner.headers });
    const logged = log.json<{ events: { actor: unknown; entityId: string | null }[] }>().events;
    expect(logged).toHaveLength(2);
    expect(logged).toEqual(
      expect.arrayContaining([expect.objectContaining({ actor: null, entityId: null }), expect.objectContaining({ actor: null, entityId: user.userId })]),
    );
    expect(log.body).not.toContain(wrongPassword);
    expect(log.body).not.toContain(unknownPassword);
  });

  it('stays rate-limited: a refused attempt writes nothing', async () => {
    const limited = await createTestApp(undefined, { rateLimit: { enabled: true, authPerMinute: 3, generalPerMinute: 100 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) statuses.push((await login(limited, `nobody${i}@example.com`, `not-the-password-${i}`)).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      expect((await failedEvents(limited)).map((e) => e.details.email).sort()).toEqual(['nobody0@example.com', 'nobody1@example.com', 'nobody2@example.com']);
    } finally {
      await limited.close();
    }
  });
});
