// Changing one's own password (POST /api/v1/auth/password) and deactivating / reactivating members
// (PATCH /api/v1/users/:id { disabled }). The authorization matrix covers who may call them at all.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_CONFIG, SESSION_COOKIE } from '../src/auth/config';
import { verifyPassword } from '../src/auth/passwords';
import { createSession } from '../src/auth/sessions';
import { buildApp } from '../src/app';
import { anonymousHeaders, cookieFrom, createTestApp, createToken, createUser, TEST_HOST, TEST_ORIGIN, type TestApp, type TestUser } from './helpers';

const withCookie = (cookie: string): Record<string, string> => ({ cookie, host: TEST_HOST, origin: TEST_ORIGIN });
const error = (res: LightMyRequestResponse) => res.json<{ error: { code: string; message: string; details?: { path: string; message: string }[] } }>().error;

function login(t: TestApp, email: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: anonymousHeaders, payload: { email, password } });
}

/** Signs `user` in once more (another browser): the new session's headers. */
async function anotherSession(t: TestApp, user: TestUser): Promise<Record<string, string>> {
  const res = await login(t, user.email, user.password);
  expect(res.statusCode).toBe(200);
  return withCookie(cookieFrom(res.headers['set-cookie']) ?? '');
}

const me = (t: TestApp, headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });

async function storedHash(t: TestApp, user: TestUser): Promise<string> {
  return (await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.userId } })).passwordHash;
}

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
    const base = await createTestApp();
    const app = await buildApp({ db: base.db, rateLimit: { enabled: false } });
    app.addHook('preHandler', async (request) => {
      if (request.headers['x-test-end-session'] === undefined || !request.actor?.sessionId) return;
      await base.db.prisma.session.deleteMany({ where: { id: request.actor.sessionId } });
    });
    await app.ready();
    t = {
      app,
      db: base.db,
      close: async () => {
        await app.close();
        await base.close();
      },
    };
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

describe('deactivating and reactivating members', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const patch = (owner: TestUser, id: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, headers: owner.headers, payload });

  it('cuts a member off at once: sessions and tokens answer 401, and sign-in answers exactly as a wrong password', async () => {
    const owner = await createUser(t, 'OWNER');
    const member = await createUser(t, 'EDITOR');
    const laptop = await anotherSession(t, member);
    const token = await createToken(t, member, 'READ_WRITE');
    const readToken = await createToken(t, member, 'READ');
    expect((await me(t, token.headers)).statusCode).toBe(200);

    const res = await patch(owner, member.userId, { disabled: true });
    expect(res.statusCode).toBe(200);
    const { user } = res.json<{ user: { id: string; role: string; disabled: boolean; disabledAt: string | null } }>();
    expect(user).toMatchObject({ id: member.userId, role: 'EDITOR', disabled: true });
    expect(Number.isNaN(Date.parse(user.disabledAt ?? ''))).toBe(false);

    for (const headers of [member.headers, laptop]) {
      const res = await me(t, headers);
      expect(res.statusCode).toBe(401);
      expect(error(res).code).toBe('unauthenticated');
    }
    for (const headers of [token.headers, readToken.headers]) {
      const res = await me(t, headers);
      expect(res.statusCode).toBe(401);
      expect(error(res).code).toBe('invalid_token');
    }
    // Writes too, not only reads.
    const write = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: member.headers, payload: { name: 'x', scope: 'READ' } });
    expect(write.statusCode).toBe(401);
    expect(await t.db.prisma.session.count({ where: { userId: member.userId } })).toBe(0);
    expect(await t.db.prisma.apiToken.count({ where: { userId: member.userId, revokedAt: null } })).toBe(0);

    const right = await login(t, member.email, member.password);
    const wrong = await login(t, member.email, 'not-the-password-at-all');
    const unknown = await login(t, 'nobody-here@example.com', 'not-the-password-at-all');
    for (const res of [right, wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(right.body).toBe(wrong.body);
    expect(right.body).toBe(unknown.body);
    expect(right.json()).toEqual({ error: { code: 'invalid_credentials', message: 'Email or password is incorrect.' } });
    expect(await t.db.prisma.session.count({ where: { userId: member.userId } })).toBe(0);
    // The owner's log says why, the answer did not.
    const failed = await t.db.prisma.auditEvent.findMany({ where: { action: 'auth.login_failed', entityId: member.userId } });
    expect(failed.map((e) => e.details)).toEqual([
      { email: member.email, ip: '127.0.0.1', disabled: true },
      { email: member.email, ip: '127.0.0.1', disabled: true },
    ]);
  });

  it('refuses a session or token of a deactivated member however it came to exist', async () => {
    const member = await createUser(t, 'EDITOR');
    await t.db.prisma.user.update({ where: { id: member.userId }, data: { disabledAt: new Date() } });
    const { secret } = await createSession(t.db, DEFAULT_AUTH_CONFIG, member.userId);
    const token = await createToken(t, member, 'READ_WRITE');
    expect((await me(t, withCookie(`${SESSION_COOKIE}=${secret}`))).statusCode).toBe(401);
    expect((await me(t, token.headers)).statusCode).toBe(401);
    expect((await me(t, member.headers)).statusCode).toBe(401);
  });

  it('reactivation lets the member sign in again; old tokens stay revoked', async () => {
    const owner = await createUser(t, 'OWNER');
    const member = await createUser(t, 'VIEWER');
    const token = await createToken(t, member, 'READ');
    expect((await patch(owner, member.userId, { disabled: true })).statusCode).toBe(200);
    expect((await login(t, member.email, member.password)).statusCode).toBe(401);

    const res = await patch(owner, member.userId, { disabled: false });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { id: member.userId, role: 'VIEWER', disabled: false, disabledAt: null } });
    const signIn = await login(t, member.email, member.password);
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json()).toMatchObject({ user: { id: member.userId, disabled: false } });
    expect((await me(t, withCookie(cookieFrom(signIn.headers['set-cookie']) ?? ''))).statusCode).toBe(200);
    expect((await me(t, token.headers)).statusCode).toBe(401);

    // Repeating either is a no-op: 200, nothing audited twice.
    expect((await patch(owner, member.userId, { disabled: false })).statusCode).toBe(200);
    const actions = (await t.db.prisma.auditEvent.findMany({ where: { entityId: member.userId, action: { startsWith: 'user.' } }, orderBy: { createdAt: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['user.disable', 'user.enable']);
  });

  it('the members list shows who is deactivated', async () => {
    const owner = await createUser(t, 'OWNER');
    const member = await createUser(t, 'EDITOR');
    await patch(owner, member.userId, { disabled: true });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: owner.headers });
    const users = res.json<{ users: { id: string; disabled: boolean; disabledAt: string | null }[] }>().users;
    expect(users.find((u) => u.id === member.userId)).toMatchObject({ disabled: true, disabledAt: expect.any(String) });
    expect(users.find((u) => u.id === owner.userId)).toMatchObject({ disabled: false, disabledAt: null });
  });

  it('you cannot deactivate yourself (409), and the body stays strict', async () => {
    const owner = await createUser(t, 'OWNER');
    const own = await patch(owner, owner.userId, { disabled: true });
    expect(own.statusCode).toBe(409);
    expect(error(own).code).toBe('own_account');
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { id: owner.userId } })).disabledAt).toBeNull();
    expect((await me(t, owner.headers)).statusCode).toBe(200);

    const member = await createUser(t, 'EDITOR');
    const empty = await patch(owner, member.userId, {});
    expect(empty.statusCode).toBe(400);
    expect(error(empty).code).toBe('validation_failed');
    for (const payload of [{ disabled: 'yes' }, { disabled: true, disabledAt: null }, { disabled: true, email: 'x@example.com' }]) {
      const res = await patch(owner, member.userId, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { id: member.userId } })).disabledAt).toBeNull();
    expect((await patch(owner, '00000000-0000-4000-8000-000000000000', { disabled: true })).statusCode).toBe(404);
  });

  it('role and deactivation change together; another owner can be deactivated', async () => {
    const owner = await createUser(t, 'OWNER');
    const coOwner = await createUser(t, 'OWNER');
    const res = await patch(owner, coOwner.userId, { disabled: true });
    expect(res.statusCode).toBe(200);
    expect((await me(t, coOwner.headers)).statusCode).toBe(401);
    const both = await patch(owner, coOwner.userId, { role: 'VIEWER', disabled: false });
    expect(both.json()).toMatchObject({ user: { role: 'VIEWER', disabled: false } });
  });

  it('a deactivated member cannot come back through an invite', async () => {
    const owner = await createUser(t, 'OWNER');
    const coOwner = await createUser(t, 'OWNER');
    const member = await createUser(t, 'EDITOR');
    const invite = async (by: TestUser) => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/invites', headers: by.headers, payload: { role: 'EDITOR' } });
      expect(res.statusCode).toBe(201);
      return res.json<{ code: string; invite: { id: string } }>();
    };
    const fromOwner = await invite(owner);
    const fromCoOwner = await invite(coOwner);
    expect((await patch(owner, member.userId, { disabled: true })).statusCode).toBe(200);
    expect((await patch(owner, coOwner.userId, { disabled: true })).statusCode).toBe(200);
    const accept = (code: string, email: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/invites/accept', headers: anonymousHeaders, payload: { code, email, name: 'Back again', password: 'returning-analyst-2032' } });

    // Under their own email: the account exists (the same answer as for any member).
    const own = await accept(fromOwner.code, member.email);
    expect(own.statusCode).toBe(409);
    expect(error(own).code).toBe('email_taken');
    expect(own.headers['set-cookie']).toBeUndefined();
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { id: member.userId } })).disabledAt).not.toBeNull();

    // The links a deactivated owner created died with their access.
    const theirs = await accept(fromCoOwner.code, 'alias-of-co-owner@example.com');
    expect(theirs.statusCode).toBe(404);
    expect(error(theirs).code).toBe('invite_invalid');
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/invites', headers: owner.headers });
    const statuses = Object.fromEntries(list.json<{ invites: { id: string; status: string }[] }>().invites.map((i) => [i.id, i.status]));
    expect(statuses[fromCoOwner.invite.id]).toBe('expired');
    expect(statuses[fromOwner.invite.id]).toBe('pending'); // the active owner's link still works
  });

  it('audits user.disable and user.enable with counts, never a secret', async () => {
    const owner = await createUser(t, 'OWNER', { name: 'Audit Owner' });
    const member = await createUser(t, 'EDITOR');
    await anotherSession(t, member);
    const token = await createToken(t, member, 'READ');
    await patch(owner, member.userId, { disabled: true });
    await patch(owner, member.userId, { disabled: false });

    const res = await t.app.inject({ method: 'GET', url: `/api/v1/audit?entityType=user&entityId=${member.userId}`, headers: owner.headers });
    const events = res.json<{ events: { action: string; actor: { id: string } | null; details: unknown }[] }>().events;
    expect(events.filter((e) => e.action.startsWith('user.'))).toEqual([
      expect.objectContaining({ action: 'user.enable', actor: expect.objectContaining({ id: owner.userId }), details: { email: member.email } }),
      expect.objectContaining({
        action: 'user.disable',
        actor: expect.objectContaining({ id: owner.userId }),
        details: { email: member.email, sessionsEnded: 2, apiCredentialsRevoked: 1, invitesRevoked: 0 },
      }),
    ]);
    for (const secret of [member.password, token.bearer, member.cookie.split('=')[1] ?? '', 'scrypt$']) expect(res.body).not.toContain(secret);
  });
});

describe('the last active owner', () => {
  // Two owners deactivating (or demoting) each other at the same moment: both requests pass the
  // authentication hook before either change is written. A pause after authentication lines them up.
  let t: TestApp;
  let release: () => void = () => undefined;
  let paused: Promise<void> = Promise.resolve();
  let arrived: () => void = () => undefined;
  let arrival: Promise<void> = Promise.resolve();

  beforeAll(async () => {
    const base = await createTestApp();
    const app = await buildApp({ db: base.db, rateLimit: { enabled: false } });
    app.addHook('preHandler', async (request) => {
      if (request.headers['x-test-pause'] === undefined) return;
      arrived();
      await paused;
    });
    await app.ready();
    t = {
      app,
      db: base.db,
      close: async () => {
        await app.close();
        await base.close();
      },
    };
  });
  afterAll(async () => t.close());

  function arm() {
    paused = new Promise((resolve) => (release = resolve));
    arrival = new Promise((resolve) => (arrived = resolve));
  }

  const activeOwners = () => t.db.prisma.user.count({ where: { role: 'OWNER', disabledAt: null } });

  it.each([
    ['deactivate', { disabled: true }],
    ['demote', { role: 'EDITOR' }],
  ])('cannot be lost when two owners %s each other at once', async (_label, payload) => {
    await t.db.prisma.user.deleteMany({});
    const a = await createUser(t, 'OWNER');
    const b = await createUser(t, 'OWNER');
    arm();
    // A's request is authenticated, then waits; B deactivates A meanwhile; then A's request goes on.
    const first = t.app.inject({ method: 'PATCH', url: `/api/v1/users/${b.userId}`, headers: { ...a.headers, 'x-test-pause': '1' }, payload });
    await arrival;
    const second = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${a.userId}`, headers: b.headers, payload });
    expect(second.statusCode).toBe(200);
    release();
    const res = await first;
    expect(res.statusCode).toBe(409);
    expect(error(res)).toMatchObject({ code: 'last_owner' });
    expect(await activeOwners()).toBe(1);
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { id: b.userId } })).disabledAt).toBeNull();
  });
});
