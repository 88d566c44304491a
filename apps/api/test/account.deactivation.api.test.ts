// Deactivating / reactivating members (PATCH /api/v1/users/:id { disabled }) and keeping the last
// active owner when two owners deactivate or demote each other at once. The authorization matrix
// covers who may call it at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_CONFIG, SESSION_COOKIE } from '../src/auth/config';
import { createSession } from '../src/auth/sessions';
import { anonymousHeaders, cookieFrom, createTestApp, createToken, createUser, type TestApp, type TestUser } from './helpers';
import { anotherSession, createTestAppWithHook, error, login, me, withCookie } from './account.fixtures';

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
    t = await createTestAppWithHook(async (request) => {
      if (request.headers['x-test-pause'] === undefined) return;
      arrived();
      await paused;
    });
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
