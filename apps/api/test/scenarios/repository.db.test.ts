import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@tokenplan/db';
import { testDatabaseTargets } from '@tokenplan/db/testing';
import type { Actor } from '../../src/auth/actor';
import {
  ForbiddenError,
  NameTakenError,
  ScenarioNotFoundError,
  ScenarioRepository,
  StaleVersionError,
  type ScenarioRecord,
} from '../../src/repositories/scenarios';
import { makeActor, validDocument } from './fixtures';

const targets = await testDatabaseTargets();

const listAll = { scope: 'all', sort: 'updatedAt', order: 'desc', limit: 50, offset: 0 } as const;

describe.each(targets)('scenario repository on $kind', ({ open }) => {
  let db: Database;
  let repo: ScenarioRepository;
  let alice: Actor;
  let bob: Actor;
  let owner: Actor;
  let viewer: Actor;

  beforeAll(async () => {
    db = await open();
    await db.migrate();
    repo = new ScenarioRepository(db);
    alice = await makeActor(db, 'EDITOR');
    bob = await makeActor(db, 'EDITOR');
    owner = await makeActor(db, 'OWNER');
    viewer = await makeActor(db, 'VIEWER');
  });
  afterAll(async () => db.close());

  const create = (actor: Actor, name: string, extra: Partial<{ visibility: 'PRIVATE' | 'WORKSPACE'; message: string }> = {}) =>
    repo.create(actor, { name, document: validDocument(name), isDraft: false, ...extra });

  const rename = (name: string) => (current: ScenarioRecord) => ({
    name,
    document: { ...current.document, name },
    isDraft: current.isDraft,
  });

  it('creates version 1 with its first revision and an audit event', async () => {
    const s = await create(alice, 'Round trip', { message: 'first cut' });
    expect(s).toMatchObject({ ownerId: alice.userId, name: 'Round trip', version: 1, isDraft: false, visibility: 'PRIVATE', deletedAt: null });
    expect(s.document).toEqual(validDocument('Round trip'));
    const revisions = await repo.listRevisions(alice, s.id, { limit: 10, offset: 0 });
    expect(revisions.total).toBe(1);
    expect(revisions.items[0]).toMatchObject({ version: 1, message: 'first cut', authorId: alice.userId });
    const events = await db.prisma.auditEvent.findMany({ where: { entityId: s.id } });
    expect(events.map((e) => e.action)).toEqual(['scenario.create']);
    expect(events[0]?.details).toEqual({ version: 1 });
  });

  it('updates conditionally: the right version wins once, the old one is stale with the current record', async () => {
    const s = await create(alice, 'Conditional');
    const saved = await repo.update(alice, s.id, [1], rename('Conditional v2'), { message: 'renamed' });
    expect(saved.version).toBe(2);
    expect(saved.name).toBe('Conditional v2');
    const stale = await repo.update(alice, s.id, [1], rename('Conditional v3')).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(StaleVersionError);
    expect((stale as StaleVersionError).current.version).toBe(2);
    expect((stale as StaleVersionError).current.name).toBe('Conditional v2');
    const revision2 = await repo.getRevision(alice, s.id, 2);
    expect(revision2.document['name']).toBe('Conditional v2');
    expect(revision2.message).toBe('renamed');
  });

  it('lets exactly one of 20 racing writers with the same version win, and keeps one revision per version', async () => {
    const s = await create(alice, 'Race');
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => repo.update(alice, s.id, [1], rename(`Race by writer ${i}`))),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const r of lost) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(StaleVersionError);
    const winner = (won[0] as PromiseFulfilledResult<ScenarioRecord>).value;
    const revisions = await db.prisma.scenarioRevision.findMany({ where: { scenarioId: s.id }, orderBy: { version: 'asc' } });
    expect(revisions.map((r) => r.version)).toEqual([1, 2]);
    expect((revisions[1]?.document as Record<string, unknown>)['name']).toBe(winner.name);
    const stored = await repo.require(alice, s.id);
    expect(stored.version).toBe(2);
    expect(stored.name).toBe(winner.name);
  });

  it('hides private scenarios of others as not found, for reads and writes alike', async () => {
    const s = await create(alice, 'Private plan');
    expect(await repo.get(bob, s.id)).toBeNull();
    await expect(repo.update(bob, s.id, [1], rename('Hijack'))).rejects.toBeInstanceOf(ScenarioNotFoundError);
    // Even with a stale version: 404, not 412 (no hint that the id exists).
    await expect(repo.update(bob, s.id, [7], rename('Hijack'))).rejects.toBeInstanceOf(ScenarioNotFoundError);
    await expect(repo.softDelete(bob, s.id, [1])).rejects.toBeInstanceOf(ScenarioNotFoundError);
    await expect(repo.listRevisions(bob, s.id, { limit: 5, offset: 0 })).rejects.toBeInstanceOf(ScenarioNotFoundError);
    await expect(repo.duplicate(bob, s.id)).rejects.toBeInstanceOf(ScenarioNotFoundError);
    expect((await repo.require(alice, s.id)).version).toBe(1);
  });

  it('shares a workspace scenario: colleagues read and edit it, only owners delete or re-share it', async () => {
    const s = await create(alice, 'Shared plan', { visibility: 'WORKSPACE' });
    expect((await repo.get(bob, s.id))?.name).toBe('Shared plan');
    const edited = await repo.update(bob, s.id, [1], rename('Shared plan (Bob)'));
    expect(edited).toMatchObject({ version: 2, ownerId: alice.userId, updatedById: bob.userId });
    const reshare = (current: ScenarioRecord) => ({ ...rename(current.name)(current), visibility: 'PRIVATE' as const });
    await expect(repo.update(bob, s.id, [2], reshare)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(repo.softDelete(bob, s.id, [2])).rejects.toBeInstanceOf(ForbiddenError);
    // The workspace owner manages shared scenarios.
    const deleted = await repo.softDelete(owner, s.id, [2]);
    expect(deleted.deletedAt).not.toBeNull();
  });

  it('refuses writes from read-only actors', async () => {
    const s = await create(alice, 'Viewer target', { visibility: 'WORKSPACE' });
    expect((await repo.get(viewer, s.id))?.id).toBe(s.id);
    await expect(repo.update(viewer, s.id, [1], rename('nope'))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(repo.create(viewer, { name: 'nope', document: validDocument('nope'), isDraft: false })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('rejects a second live scenario with the same name for one owner (case-insensitive), but not across owners', async () => {
    await create(alice, 'Budget 2027');
    await expect(create(alice, 'budget 2027')).rejects.toBeInstanceOf(NameTakenError);
    const bobs = await create(bob, 'Budget 2027');
    expect(bobs.ownerId).toBe(bob.userId);
    const other = await create(alice, 'Budget 2028');
    await expect(repo.update(alice, other.id, [1], rename('BUDGET 2027'))).rejects.toBeInstanceOf(NameTakenError);
  });

  it('soft-deletes, lists the trash, restores within 30 days and not after', async () => {
    const s = await create(alice, 'Trash me');
    await expect(repo.softDelete(alice, s.id, [9])).rejects.toBeInstanceOf(StaleVersionError);
    await repo.softDelete(alice, s.id, [1]);
    expect(await repo.get(alice, s.id)).toBeNull();
    const page = await repo.list(alice, { ...listAll, search: 'Trash me' });
    expect(page.total).toBe(0);
    expect((await repo.listDeleted(alice)).map((r) => r.id)).toContain(s.id);
    const restored = await repo.undelete(alice, s.id);
    expect(restored).toMatchObject({ id: s.id, version: 1, deletedAt: null, name: 'Trash me' });

    const old = await create(alice, 'Long gone');
    await repo.softDelete(alice, old.id, [1], new Date(Date.now() - 31 * 24 * 3600 * 1000));
    expect((await repo.listDeleted(alice)).map((r) => r.id)).not.toContain(old.id);
    await expect(repo.undelete(alice, old.id)).rejects.toBeInstanceOf(ScenarioNotFoundError);
    const actions = await db.prisma.auditEvent.findMany({ where: { entityId: s.id }, orderBy: { createdAt: 'asc' } });
    expect(actions.map((a) => a.action)).toEqual(['scenario.create', 'scenario.delete', 'scenario.restore']);
  });

  it('purges for good only what was deleted more than 30 days ago, revisions included', async () => {
    const day = 24 * 3600 * 1000;
    const now = new Date('2031-06-30T12:00:00Z');
    const expired = await create(alice, 'Purge: 31 days');
    const recent = await create(alice, 'Purge: 29 days');
    const live = await create(alice, 'Purge: live');
    await repo.softDelete(alice, expired.id, [1], new Date(now.getTime() - 31 * day));
    await repo.softDelete(alice, recent.id, [1], new Date(now.getTime() - 29 * day));

    const purged = await repo.purgeExpired(now);
    expect(purged).toBeGreaterThanOrEqual(1); // earlier tests may have left other expired rows
    const remaining = await db.prisma.scenario.findMany({ where: { id: { in: [expired.id, recent.id, live.id] } }, select: { id: true } });
    expect(remaining.map((r) => r.id).sort()).toEqual([recent.id, live.id].sort());
    expect(await db.prisma.scenarioRevision.count({ where: { scenarioId: expired.id } })).toBe(0);
    expect(await repo.purgeExpired(now)).toBe(0); // nothing left to purge
    const audit = await db.prisma.auditEvent.findFirst({ where: { action: 'scenario.purge' }, orderBy: { createdAt: 'desc' } });
    expect(audit?.details).toEqual({ count: purged, olderThanDays: 30 });
  });

  it('refuses to restore a deleted scenario whose name was taken meanwhile', async () => {
    const s = await create(alice, 'Phoenix');
    await repo.softDelete(alice, s.id, [1]);
    await create(alice, 'Phoenix');
    await expect(repo.undelete(alice, s.id)).rejects.toBeInstanceOf(NameTakenError);
  });

  it('duplicates into a private copy owned by the caller with a free name', async () => {
    const s = await create(alice, 'Original', { visibility: 'WORKSPACE' });
    const copy1 = await repo.duplicate(bob, s.id);
    const copy2 = await repo.duplicate(bob, s.id);
    expect(copy1).toMatchObject({ ownerId: bob.userId, name: 'Original (copy)', visibility: 'PRIVATE', version: 1 });
    expect(copy2.name).toBe('Original (copy) (2)');
    expect(copy1.document['name']).toBe('Original (copy)');
  });

  it('lists with search, scope, sort and pagination, never showing others’ private scenarios', async () => {
    const carol = await makeActor(db, 'EDITOR');
    const dave = await makeActor(db, 'EDITOR');
    await create(carol, 'Zeta fleet');
    await create(carol, 'Alpha fleet');
    await create(carol, 'Gamma API');
    await create(dave, 'Dave secret fleet');
    await create(dave, 'Dave shared fleet', { visibility: 'WORKSPACE' });
    const mine = await repo.list(carol, { ...listAll, scope: 'mine', sort: 'name', order: 'asc' });
    expect(mine.items.map((s) => s.name)).toEqual(['Alpha fleet', 'Gamma API', 'Zeta fleet']);
    const fleets = await repo.list(carol, { ...listAll, search: 'FLEET', sort: 'name', order: 'asc' });
    expect(fleets.items.map((s) => s.name)).toEqual(['Alpha fleet', 'Dave shared fleet', 'Zeta fleet']);
    const shared = await repo.list(carol, { ...listAll, scope: 'shared', search: 'Dave' });
    expect(shared.items.map((s) => s.name)).toEqual(['Dave shared fleet']);
    const page2 = await repo.list(carol, { ...listAll, scope: 'mine', sort: 'name', order: 'asc', limit: 2, offset: 2 });
    expect(page2).toMatchObject({ total: 3 });
    expect(page2.items.map((s) => s.name)).toEqual(['Zeta fleet']);
    // LIKE wildcards in the search are literal.
    expect((await repo.list(carol, { ...listAll, search: '%' })).total).toBe(0);
    expect((await repo.list(carol, { ...listAll, search: 'Alpha_fleet' })).total).toBe(0);
    // Most recently updated first.
    const alpha = mine.items[0] as ScenarioRecord;
    await repo.update(carol, alpha.id, [1], rename('Alpha fleet v2'));
    const recent = await repo.list(carol, { ...listAll, scope: 'mine' });
    expect(recent.items[0]?.name).toBe('Alpha fleet v2');
  });

  it('imports many scenarios in one transaction: a name conflict with "fail" writes nothing', async () => {
    const erin = await makeActor(db, 'EDITOR');
    await create(erin, 'Existing');
    const inputs = ['One', 'Two', 'Existing'].map((name) => ({ name, document: validDocument(name), isDraft: false }));
    await expect(repo.createMany(erin, inputs, 'fail', (i) => `scenarios[${i}]`)).rejects.toMatchObject({
      statusCode: 409,
      details: [{ path: 'scenarios[2]', message: '"Existing" is already used by another of your scenarios' }],
    });
    expect((await repo.list(erin, { ...listAll, scope: 'mine' })).total).toBe(1);
    const created = await repo.createMany(erin, [...inputs, { name: 'One', document: validDocument('One'), isDraft: false }], 'rename', (i) => `scenarios[${i}]`);
    expect(created.map((s) => s.name)).toEqual(['One', 'Two', 'Existing (2)', 'One (2)']);
    expect(created[2]?.document['name']).toBe('Existing (2)');
  });
});
