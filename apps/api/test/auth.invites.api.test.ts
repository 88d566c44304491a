// Invites (single use, expiry, revocation, email), role changes, the audit log (who did what, paged,
// no secrets), and the audit of failed sign-ins (rate limit included).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousHeaders, cookieFrom, createTestApp, createUser, type TestApp } from './helpers';
import { withCookie } from './auth.fixtures';

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
