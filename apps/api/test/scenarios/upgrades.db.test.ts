// Stored documents carry the version of their shape (schemaVersion column, 1 when written before it
// existed) and are brought to the current version on read (src/scenarios/upgrades.ts), on both databases.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@tokenplan/db';
import { testDatabaseTargets } from '@tokenplan/db/testing';
import type { Actor } from '../../src/auth/actor';
import { ScenarioRepository } from '../../src/repositories/scenarios';
import { CURRENT_DOCUMENT_VERSION, UnknownDocumentVersionError, upgradeDocument } from '../../src/scenarios/upgrades';
import { makeActor, validDocument } from './fixtures';

const targets = await testDatabaseTargets();

/** A complete version 1 document: its platform id and one model name no longer fit the id rules. */
function v1Document(name: string): Record<string, unknown> {
  const doc = validDocument(name) as Record<string, unknown> & {
    platforms: { id: string; throughput: Record<string, unknown> }[];
    applications: { model: string; servedBy: Record<string, string> }[];
  };
  const platform = doc.platforms[0] as { id: string; throughput: Record<string, unknown> };
  platform.id = 'H100 node #1';
  platform.throughput = { 'llama 70b': platform.throughput['llama-70b'] };
  for (const a of doc.applications) {
    a.model = 'llama 70b';
    a.servedBy = { platform: 'H100 node #1' };
  }
  return doc;
}

describe('upgradeDocument', () => {
  it('is at version 2, and takes a version 1 document through the id rename', () => {
    expect(CURRENT_DOCUMENT_VERSION).toBe(2);
    const upgraded = upgradeDocument(v1Document('Old'), 1) as ReturnType<typeof validDocument> & { platforms: { id: string }[] };
    expect(upgraded.platforms[0]?.id).toBe('H100-node-1');
  });

  it('leaves a current document alone, even one with ids a draft may still have', () => {
    const doc = v1Document('Draft now');
    expect(upgradeDocument(doc, 2)).toBe(doc);
  });

  it('refuses versions it does not know (newer server, corrupt row)', () => {
    expect(() => upgradeDocument({}, 3)).toThrow(UnknownDocumentVersionError);
    expect(() => upgradeDocument({}, 0)).toThrow(UnknownDocumentVersionError);
    // Answered as a 409 naming the version (the error handler sends an HttpError as it is), not a 500.
    expect(() => upgradeDocument({}, 3)).toThrow(expect.objectContaining({ statusCode: 409, code: 'unknown_document_version' }));
  });
});

describe.each(targets)('stored document versions on $kind', ({ open }) => {
  let db: Database;
  let repo: ScenarioRepository;
  let alice: Actor;

  beforeAll(async () => {
    db = await open();
    await db.migrate();
    repo = new ScenarioRepository(db);
    alice = await makeActor(db, 'EDITOR');
  });
  afterAll(async () => db.close());

  const versionsOf = async (id: string) => {
    const scenario = await db.prisma.scenario.findUniqueOrThrow({ where: { id }, select: { schemaVersion: true } });
    const revisions = await db.prisma.scenarioRevision.findMany({ where: { scenarioId: id }, orderBy: { version: 'asc' }, select: { schemaVersion: true } });
    return { scenario: scenario.schemaVersion, revisions: revisions.map((r) => r.schemaVersion) };
  };

  it('reads a version 1 document inserted without a version, upgraded; saving stores version 2 and keeps history as written', async () => {
    const id = randomUUID();
    const document = JSON.stringify(v1Document('Stored in 2026'));
    await db.prisma.$executeRaw`INSERT INTO "Scenario" ("id", "ownerId", "name", "document", "isDraft", "visibility", "version", "updatedAt")
      VALUES (${id}::uuid, ${alice.userId}::uuid, 'Stored in 2026', ${document}::jsonb, false, 'PRIVATE', 1, now())`;
    await db.prisma.$executeRaw`INSERT INTO "ScenarioRevision" ("id", "scenarioId", "version", "document", "authorId")
      VALUES (${randomUUID()}::uuid, ${id}::uuid, 1, ${document}::jsonb, ${alice.userId}::uuid)`;
    expect(await versionsOf(id)).toEqual({ scenario: 1, revisions: [1] });

    const read = (await repo.require(alice, id)).document as { platforms: { id: string; throughput: object }[]; applications: { model: string; servedBy: object }[] };
    expect(read.platforms[0]?.id).toBe('H100-node-1');
    expect(Object.keys(read.platforms[0]?.throughput ?? {})).toEqual(['llama-70b']);
    expect(read.applications.every((a) => a.model === 'llama-70b')).toBe(true);
    expect(read.applications[0]?.servedBy).toEqual({ platform: 'H100-node-1' });
    const revision = (await repo.getRevision(alice, id, 1)).document as { platforms: { id: string }[] };
    expect(revision.platforms[0]?.id).toBe('H100-node-1');

    await repo.update(alice, id, [1], (current) => ({ name: current.name, document: current.document, isDraft: false }));
    expect(await versionsOf(id)).toEqual({ scenario: 2, revisions: [1, 2] });
    const stored = await db.prisma.scenario.findUniqueOrThrow({ where: { id } });
    expect((stored.document as { platforms: { id: string }[] }).platforms[0]?.id).toBe('H100-node-1');
    const firstRevision = await db.prisma.scenarioRevision.findFirstOrThrow({ where: { scenarioId: id, version: 1 } });
    expect((firstRevision.document as { platforms: { id: string }[] }).platforms[0]?.id).toBe('H100 node #1');
  });

  it('stores new documents at version 2 and reads a draft back as sent', async () => {
    const created = await repo.create(alice, { name: 'Draft now', document: v1Document('Draft now'), isDraft: true });
    expect(await versionsOf(created.id)).toEqual({ scenario: 2, revisions: [2] });
    const read = (await repo.require(alice, created.id)).document as { platforms: { id: string }[] };
    expect(read.platforms[0]?.id).toBe('H100 node #1');
  });
});
