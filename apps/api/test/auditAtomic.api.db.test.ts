// Every change is written together with its audit entry, in one transaction: when the audit insert
// fails, the change is not left behind (a live API token nobody can see in the log, say). The audit
// table is made to refuse inserts with a trigger, on PGlite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '@tokenplan/db/testing';
import { anonymousHeaders, createTestApp, createToken, createUser, type TestApp, type TestUser } from './helpers';

const targets = await testDatabaseTargets();

describe.each(targets)('changes and their audit entries on $kind', ({ open }) => {
  let t: TestApp;
  let owner: TestUser;

  beforeAll(async () => {
    t = await createTestApp(await open());
    owner = await createUser(t, 'OWNER');
    await t.db.prisma.$executeRawUnsafe(
      `CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit log unavailable'; END $$`,
    );
  });
  afterAll(async () => t.close());

  /** Runs `body` while the audit table refuses every insert. */
  async function withAuditDown<T>(body: () => Promise<T>): Promise<T> {
    await t.db.prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION refuse_audit()`);
    try {
      return await body();
    } finally {
      await t.db.prisma.$executeRawUnsafe(`DROP TRIGGER refuse_audit ON "AuditEvent"`);
    }
  }

  it('creates no API token when its audit entry cannot be written', async () => {
    const res = await withAuditDown(() => t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: owner.headers, payload: { name: 'ci', scope: 'READ' } }));
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'internal_error', message: expect.any(String) } });
    expect(await t.db.prisma.apiToken.count({ where: { userId: owner.userId } })).toBe(0);
  });

  it('leaves a token live when its revocation cannot be audited', async () => {
    const token = await createToken(t, owner, 'READ');
    const res = await withAuditDown(() => t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${token.tokenId}`, headers: owner.headers }));
    expect(res.statusCode).toBe(500);
    expect((await t.db.prisma.apiToken.findUniqueOrThrow({ where: { id: token.tokenId } })).revokedAt).toBeNull();
  });

  it('creates no invite, and revokes none, without the audit entry', async () => {
    const created = await withAuditDown(() => t.app.inject({ method: 'POST', url: '/api/v1/invites', headers: owner.headers, payload: { role: 'EDITOR' } }));
    expect(created.statusCode).toBe(500);
    expect(await t.db.prisma.invite.count()).toBe(0);

    const invite = await t.app.inject({ method: 'POST', url: '/api/v1/invites', headers: owner.headers, payload: { role: 'VIEWER' } });
    const { id } = invite.json<{ invite: { id: string } }>().invite;
    const revoked = await withAuditDown(() => t.app.inject({ method: 'DELETE', url: `/api/v1/invites/${id}`, headers: owner.headers }));
    expect(revoked.statusCode).toBe(500);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/invites', headers: owner.headers });
    expect(after.json<{ invites: { id: string; status: string }[] }>().invites.find((i) => i.id === id)?.status).toBe('pending');
  });

  it('opens no session when the sign-in cannot be audited', async () => {
    const editor = await createUser(t, 'EDITOR');
    const before = await t.db.prisma.session.count({ where: { userId: editor.userId } });
    const res = await withAuditDown(() =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: anonymousHeaders, payload: { email: editor.email, password: editor.password } }),
    );
    expect(res.statusCode).toBe(500);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await t.db.prisma.session.count({ where: { userId: editor.userId } })).toBe(before);
  });
});
