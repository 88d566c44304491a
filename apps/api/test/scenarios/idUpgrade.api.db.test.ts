// A complete scenario stored before ids were restricted (ids such as =HYPERLINK("x"), "llama 3.3/70b",
// "é") still reads, projects and exports: its ids are upgraded on read (src/scenarios/idUpgrade.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '@tokenplan/db/testing';
import { createTestApp, createUser, type TestApp } from '../helpers';
import { body, client, type Client, type ScenarioBody } from './api';
import { validDocument } from './fixtures';

const targets = await testDatabaseTargets();

/** validDocument with the ids of an old version 1 document that no longer fit the id rules. */
function legacyDocument(): Record<string, unknown> {
  const doc = structuredClone(validDocument('Legacy ids'));
  const platforms = doc['platforms'] as Record<string, unknown>[];
  const applications = doc['applications'] as Record<string, unknown>[];
  const platform = platforms[0] as Record<string, unknown>;
  const oldPlatformId = platform['id'] as string;
  platform['id'] = '=HYPERLINK("x")';
  const throughput = platform['throughput'] as Record<string, unknown>;
  const [model, value] = Object.entries(throughput)[0] as [string, unknown];
  delete throughput[model];
  throughput['llama 3.3/70b'] = value;
  for (const a of applications) {
    if ((a['servedBy'] as Record<string, string>)['platform'] === oldPlatformId) a['servedBy'] = { platform: '=HYPERLINK("x")' };
    if (a['model'] === model) a['model'] = 'llama 3.3/70b';
  }
  (applications[0] as Record<string, unknown>)['id'] = 'é';
  return doc;
}

describe.each(targets)('stored documents with old ids on $kind', ({ open }) => {
  let t: TestApp;
  let as: Client;
  beforeAll(async () => {
    t = await createTestApp(await open());
    as = client(t, await createUser(t, 'EDITOR'));
  });
  afterAll(async () => t.close());

  it('reads, projects and exports a complete scenario whose stored ids no longer fit', async () => {
    // Stored as a draft (as sent), then marked complete and version 1 in the database, as documents of v1 were.
    const created = await as('POST', '/api/v1/scenarios', { payload: { document: legacyDocument(), draft: true } });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = body(created);
    await t.db.prisma.scenario.update({ where: { id }, data: { isDraft: false, schemaVersion: 1 } });

    const read = body<ScenarioBody>(await as('GET', `/api/v1/scenarios/${id}`));
    const platforms = read.document['platforms'] as { id: string; throughput: Record<string, unknown> }[];
    const applications = read.document['applications'] as { id: string; model: string; servedBy: Record<string, string> }[];
    expect(platforms[0]?.id).toBe('HYPERLINK-x');
    expect(Object.keys(platforms[0]?.throughput ?? {})).toContain('llama-3.3-70b');
    expect(applications[0]?.id).toBe('e');
    expect(applications.filter((a) => a.servedBy['platform'] === 'HYPERLINK-x').length).toBeGreaterThan(0);
    expect(read.issues).toBeUndefined();

    const projection = await as('GET', `/api/v1/scenarios/${id}/projection`);
    expect(projection.statusCode, projection.body).toBe(200);
    const csv = await as('GET', `/api/v1/scenarios/${id}/export.csv?table=allocation`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.body).not.toMatch(/,=|,\+|,@/);
  });
});
