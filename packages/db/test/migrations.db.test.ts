import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations, type Database } from '../src/index';
import { testDatabaseTargets } from '../src/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMigration, diffMigrationsToSchema } from '../src/schemaEngine';

const targets = await testDatabaseTargets();
console.info(`database suite runs on: ${targets.map((t) => t.kind).join(' + ')}`);

describe('committed migrations', () => {
  it('produce exactly schema.prisma (no drift between schema and migrations)', async () => {
    expect(await diffMigrationsToSchema()).toBe('');
  }, 60_000);

  // `pnpm db:migrate:create` replays the existing history on a shadow database: it must work with
  // migrations already committed (the wasm engine's own createMigration refuses that), and say so
  // when there is nothing to create.
  it('db:migrate:create has nothing to write while the history matches the schema', async () => {
    expect(readMigrations().length).toBeGreaterThan(1);
    expect(await createMigration('nothing')).toBeNull();
  }, 60_000);

  it('db:migrate:create writes the missing SQL under a timestamped name', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'tokenplan-migrations-'));
    try {
      const created = await createMigration('first', { dir: empty, now: new Date('2027-03-04T05:06:07.890Z') });
      expect(created?.name).toBe('20270304050607_first');
      expect(created?.sql).toContain('CREATE TABLE "User"');
      expect(created?.sql).toContain('"disabledAt" TIMESTAMP(3)');
      expect(created?.sql.endsWith(';\n')).toBe(true);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 60_000);
});

describe.each(targets)('database on $kind', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db.close();
  });

  it('applies every migration to an empty database, then nothing on a second run', async () => {
    const all = readMigrations().map((m) => m.name);
    expect(all.length).toBeGreaterThan(0);
    expect(await db.migrate()).toEqual(all);
    expect(await db.migrate()).toEqual([]);
  });

  it('records the history as prisma migrate deploy would (sha256 checksums)', async () => {
    const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows).toEqual(readMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum })));
  });

  it('round-trips every model through the Prisma client', async () => {
    const user = await db.prisma.user.create({
      data: { email: 'cfo@example.com', name: 'Casey CFO', passwordHash: 'scrypt$x', role: 'OWNER' },
    });
    const session = await db.prisma.session.create({
      data: {
        id: 'a'.repeat(64),
        userId: user.id,
        expiresAt: new Date('2030-01-01T00:00:00Z'),
        absoluteExpiresAt: new Date('2030-01-02T00:00:00Z'),
      },
    });
    const token = await db.prisma.apiToken.create({
      data: { userId: user.id, name: 'Excel', tokenHash: 'b'.repeat(64), prefix: 'tp_abcd', scope: 'READ_WRITE' },
    });
    const invite = await db.prisma.invite.create({
      data: { tokenHash: 'c'.repeat(64), role: 'VIEWER', createdById: user.id, expiresAt: new Date('2030-01-03T00:00:00Z') },
    });
    const document = { name: 'Blackwell', horizonMonths: 60, nested: { price: '81.5' } };
    const scenario = await db.prisma.scenario.create({ data: { ownerId: user.id, name: 'Blackwell', document } });
    const revision = await db.prisma.scenarioRevision.create({
      data: { scenarioId: scenario.id, version: 1, document, authorId: user.id, message: 'first' },
    });
    const event = await db.prisma.auditEvent.create({
      data: { actorId: user.id, action: 'scenario.create', entityType: 'scenario', entityId: scenario.id, details: { v: 1 } },
    });

    const back = await db.prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      include: {
        sessions: true,
        scenarios: { include: { revisions: true } },
        auditEvents: true,
        apiTokens: true,
        invitesCreated: true,
      },
    });
    expect(back.role).toBe('OWNER');
    expect(back.sessions.map((s) => s.id)).toEqual([session.id]);
    expect(back.sessions[0]?.expiresAt.toISOString()).toBe('2030-01-01T00:00:00.000Z');
    expect(back.scenarios[0]?.document).toEqual(document);
    expect(back.scenarios[0]?.version).toBe(1);
    expect(back.scenarios[0]?.visibility).toBe('PRIVATE');
    expect(back.scenarios[0]?.revisions.map((r) => [r.id, r.message])).toEqual([[revision.id, 'first']]);
    expect(back.auditEvents.map((e) => [e.id, e.details])).toEqual([[event.id, { v: 1 }]]);
    expect(back.apiTokens.map((t) => [t.id, t.scope, t.revokedAt])).toEqual([[token.id, 'READ_WRITE', null]]);
    expect(back.invitesCreated.map((i) => [i.id, i.role, i.usedAt])).toEqual([[invite.id, 'VIEWER', null]]);
  });

  it('enforces unique e-mails and one revision per scenario version', async () => {
    await expect(
      db.prisma.user.create({ data: { email: 'cfo@example.com', name: 'Dup', passwordHash: 'x' } }),
    ).rejects.toThrow();
    const scenario = await db.prisma.scenario.findFirstOrThrow();
    await expect(
      db.prisma.scenarioRevision.create({
        data: { scenarioId: scenario.id, version: 1, document: {}, authorId: scenario.ownerId },
      }),
    ).rejects.toThrow();
  });
});
