// Changing one's own password (POST /api/v1/auth/password): the checks, what a change does to
// sessions, tokens and the audit log, its rate limit, and a change racing the end of its session.
// The authorization matrix covers who may call it at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/auth/config';
import { verifyPassword } from '../src/auth/passwords';
import { anonymousHeaders, cookieFrom, createTestApp, createToken, createUser, type TestApp } from './helpers';
import { anotherSession, createTestAppWithHook, error, login, me, storedHash, withCookie } from './account.fixtures';

describe('changing your own password', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const change = (headers: Record<string, string>, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers, payload });

  it('refuses a wrong current password with 400 on currentPassword, and changes nothing', async () => {
    const user = await createUser(t, 'EDITOR');
    const hash = await storedHash(t, user);
    const res = await change(user.headers, { currentPassword: 'not-my-password-at-all', newPassword: 'quarterly-close-ledger-84' });
    expect(res.statusCode).toBe(400);
    expect(error(res)).toEqual({
      code: 'wrong_password',
      message: 'Your current password is incorrect.',
      details: [{ path: 'currentPassword', message: 'Your current password is incorrect.' }],
    });
    expect(await storedHash(t, user)).toBe(hash);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect((await me(t, user.headers)).statusCode).toBe(200); // a typo does not sign you out
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'auth.password_change', entityId: user.userId } })).toBe(0);
  });

  it('audits a wrong current password as auth.password_change_failed: the user as actor, the IP, never a password', async () => {
    const owner = await createUser(t, 'OWNER');
    const user = await createUser(t, 'VIEWER');
    const guess = 'my-guess-at-the-password-7';
    const newPassword = 'quarterly-close-ledger-84';
    expect((await change(user.headers, { currentPassword: guess, newPassword })).statusCode).toBe(400);

    const events = await t.db.prisma.auditEvent.findMany({ where: { action: 'auth.password_change_failed', entityId: user.userId } });
    expect(events).toEqual([expect.objectContaining({ actorId: user.userId, entityType: 'user', entityId: user.userId, details: { ip: '127.0.0.1' } })]);
    // The other refusals (weak, unchanged) are not guesses: nothing written for them.
    expect((await change(user.headers, { currentPassword: user.password, newPassword: 'short' })).statusCode).toBe(400);
    expect((await change(user.headers, { currentPassword: user.password, newPassword: user.password })).statusCode).toBe(400);
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'auth.password_change_failed', entityId: user.userId } })).toBe(1);

    // The owner reads it, with the signed-in user as actor.
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit?action=auth.password_change_failed', headers: owner.headers });
    expect(res.statusCode).toBe(200);
    const listed = res.json<{ events: { action: string; actor: { id: string } | null; entityId: string | null; details: unknown }[] }>().events;
    expect(listed.filter((e) => e.entityId === user.userId)).toEqual([
      expect.objectContaining({ action: 'auth.password_change_failed', actor: expect.objectContaining({ id: user.userId }), details: { ip: '127.0.0.1' } }),
    ]);
    for (const secret of [guess, newPassword, user.password, 'scrypt$']) expect(res.body).not.toContain(secret);
  });

  it('refuses a weak new password with 400 weak_password on newPassword (the sign-up policy)', async () => {
    const user = await createUser(t, 'EDITOR', { email: 'controller.smith@example.com' });
    const hash = await storedHash(t, user);
    const short = await change(user.headers, { currentPassword: user.password, newPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect(error(short)).toEqual({
      code: 'weak_password',
      message: 'Password must be at least 12 characters.',
      details: [{ path: 'newPassword', message: 'Password must be at least 12 characters.' }],
    });
    for (const newPassword of ['Password2024!', 'qwertyuiopas', '123456789012', 'my-controller.smith-pass']) {
      const res = await change(user.headers, { currentPassword: user.password, newPassword });
      expect(res.statusCode, newPassword).toBe(400);
      expect(error(res).code, newPassword).toBe('weak_password');
      expect(error(res).details?.map((d) => d.path), newPassword).toEqual(['newPassword']);
    }
    const same = await change(user.headers, { currentPassword: user.password, newPassword: user.password });
    expect(same.statusCode).toBe(400);
    expect(error(same)).toMatchObject({ code: 'password_unchanged', details: [{ path: 'newPassword' }] });
    expect(await storedHash(t, user)).toBe(hash);
  });

  it('checks the body strictly', async () => {
    const user = await createUser(t, 'EDITOR');
    const missing = await change(user.headers, { newPassword: 'quarterly-close-ledger-84' });
    expect(missing.statusCode).toBe(400);
    expect(error(missing).details?.map((d) => d.path)).toEqual(['currentPassword']);
    const extra = await change(user.headers, { currentPassword: user.password, newPassword: 'quarterly-close-ledger-84', userId: user.userId });
    expect(extra.statusCode).toBe(400);
    expect(error(extra).code).toBe('validation_failed');
  });

  it('stores a new scrypt hash, gives this browser a new session id, ends every other session, keeps the API tokens, and audits without secrets', async () => {
    const user = await createUser(t, 'EDITOR');
    const bystander = await createUser(t, 'EDITOR');
    const laptop = await anotherSession(t, user);
    const phone = await anotherSession(t, user);
    const token = await createToken(t, user, 'READ_WRITE');
    const oldHash = await storedHash(t, user);
    const newPassword = 'fiscal-year-rollover-2031';

    const signIn = await login(t, user.email, user.password); // for the cookie attributes a sign-in sets
    const res = await change(user.headers, { currentPassword: user.password, newPassword });
    expect(res.statusCode).toBe(204);
    // A new session id for this browser, set with the same attributes as at sign-in.
    const newCookie = cookieFrom(res.headers['set-cookie']);
    expect(newCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{20,}$`));
    expect(newCookie).not.toBe(user.cookie);
    const attributes = (setCookie: string | string[] | undefined) =>
      String(setCookie)
        .split(';')
        .slice(1)
        .map((a) => a.trim())
        .filter((a) => !a.startsWith('Expires='))
        .sort();
    expect(attributes(res.headers['set-cookie'])).toEqual(attributes(signIn.headers['set-cookie']));
    expect(attributes(res.headers['set-cookie'])).toEqual(['HttpOnly', 'Path=/', 'SameSite=Lax']);
    const expires = Date.parse(/Expires=([^;]+)/.exec(String(res.headers['set-cookie']))?.[1] ?? '');
    expect(expires).toBeGreaterThan(Date.now() + 11 * 3_600_000); // the absolute lifetime of a sign-in
    const renewed = withCookie(newCookie ?? '');

    const hash = await storedHash(t, user);
    expect(hash).not.toBe(oldHash);
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword(newPassword, hash)).toBe(true);

    // The old id is dead (no fixation); the new one signs this browser in.
    const old = await me(t, user.headers);
    expect(old.statusCode).toBe(401);
    expect(error(old).code).toBe('unauthenticated');
    const current = await me(t, renewed);
    expect(current.statusCode).toBe(200);
    expect(current.json()).toMatchObject({ user: { id: user.userId }, via: 'session' });
    expect((await me(t, withCookie(cookieFrom(signIn.headers['set-cookie']) ?? ''))).statusCode).toBe(401);
    expect((await me(t, laptop)).statusCode).toBe(401);
    expect((await me(t, phone)).statusCode).toBe(401);
    expect(await t.db.prisma.session.count({ where: { userId: user.userId } })).toBe(1);
    // The new session works for writes too (same cookie rules as any session).
    const write = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: renewed, payload: { name: 'after the change', scope: 'READ' } });
    expect(write.statusCode).toBe(201);
    expect((await me(t, token.headers)).statusCode).toBe(200);
    expect((await me(t, bystander.headers)).statusCode).toBe(200); // other users' sessions are not touched

    expect((await login(t, user.email, user.password)).statusCode).toBe(401);
    expect((await login(t, user.email, newPassword)).statusCode).toBe(200);

    const events = await t.db.prisma.auditEvent.findMany({ where: { action: 'auth.password_change' } });
    expect(events).toEqual([
      expect.objectContaining({ actorId: user.userId, entityType: 'user', entityId: user.userId, details: { otherSessionsEnded: 3 } }),
    ]);
    const stored = JSON.stringify(events);
    for (const secret of [user.password, newPassword, hash, oldHash, newCookie?.split('=')[1] ?? '']) expect(stored).not.toContain(secret);
  });

  it('cannot be done with an API token, even a read-write one', async () => {
    const user = await createUser(t, 'OWNER');
    const token = await createToken(t, user, 'READ_WRITE');
    const hash = await storedHash(t, user);
    const res = await change(token.headers, { currentPassword: user.password, newPassword: 'stolen-token-takeover-99' });
    expect(res.statusCode).toBe(403);
    expect(error(res).code).toBe('session_required');
    expect(await storedHash(t, user)).toBe(hash);
    expect((await me(t, user.headers)).statusCode).toBe(200);
  });

  it('follows the cookie rules: signed in, same origin', async () => {
    const user = await createUser(t, 'VIEWER');
    const payload = { currentPassword: user.password, newPassword: 'quarterly-close-ledger-84' };
    expect((await change(anonymousHeaders, payload)).statusCode).toBe(401);
    const cross = await change({ ...user.headers, origin: 'https://evil.example' }, payload);
    expect(cross.statusCode).toBe(403);
    expect(error(cross).code).toBe('csrf_rejected');
    const { origin: _origin, ...noOrigin } = user.headers;
    expect((await change(noOrigin, payload)).statusCode).toBe(403);
    // A viewer may change their own password.
    expect((await change(user.headers, payload)).statusCode).toBe(204);
  });

  it('is rate-limited like sign-in', async () => {
    const limited = await createTestApp(undefined, { rateLimit: { enabled: true, authPerMinute: 3, generalPerMinute: 100 } });
    try {
      const user = await createUser(limited, 'EDITOR');
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/v1/auth/password',
          headers: user.headers,
          payload: { currentPassword: `guess-number-${i}-of-many`, newPassword: 'quarterly-close-ledger-84' },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([400, 400, 400, 429]);
      // Each wrong guess is audited; the refused 429 writes nothing.
      const failed = () => limited.db.prisma.auditEvent.count({ where: { action: 'auth.password_change_failed', actorId: user.userId } });
      expect(await failed()).toBe(3);
      // The right password too, until the window passes.
      const right = await limited.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: user.headers,
        payload: { currentPassword: user.password, newPassword: 'quarterly-close-ledger-84' },
      });
      expect(right.statusCode).toBe(429);
      expect(right.headers['set-cookie']).toBeUndefined();
      expect(await failed()).toBe(3);
      expect(await limited.db.prisma.auditEvent.count({ where: { action: 'auth.password_change', actorId: user.userId } })).toBe(0);
      expect((await limited.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: user.headers })).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('a password change racing the end of its session', () => {
  // The session is deleted (sign-out in another tab, a deactivation) after the request was authenticated
  // and before the change is written: nothing changes, and the ended session is not revived.
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestAppWithHook(async (request) => {
      if (request.headers['x-test-end-session'] === undefined || !request.actor?.sessionId) return;
      await t.db.prisma.session.deleteMany({ where: { id: request.actor.sessionId } });
    });
  });
  afterAll(async () => t.close());

  it('answers 401, keeps the old password, issues no cookie and ends nothing else', async () => {
    const user = await createUser(t, 'EDITOR');
    const laptop = await anotherSession(t, user);
    const hash = await storedHash(t, user);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { ...user.headers, 'x-test-end-session': '1' },
      payload: { currentPassword: user.password, newPassword: 'quarterly-close-ledger-84' },
    });
    expect(res.statusCode).toBe(401);
    expect(error(res).code).toBe('unauthenticated');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await storedHash(t, user)).toBe(hash);
    expect((await me(t, laptop)).statusCode).toBe(200);
    expect(await t.db.prisma.session.count({ where: { userId: user.userId } })).toBe(1);
    expect(await t.db.prisma.auditEvent.count({ where: { action: 'auth.password_change', entityId: user.userId } })).toBe(0);
  });
});
