// The scenario API end to end (app.inject) on PGlite and, when it answers, PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '@tokenplan/db/testing';
import { createTestApp, createToken, createUser, type TestApp, type TestUser } from '../helpers';
import { body, client, type Client, type ScenarioBody } from './api';
import { validDocument } from './fixtures';

const targets = await testDatabaseTargets();
console.info(`scenario API suite runs on: ${targets.map((t) => t.kind).join(' + ')}`);

/** What the server stores for validDocument(name): the same values plus the schema's defaults. */
function normalised(name: string): Record<string, unknown> {
  const doc = validDocument(name);
  const platforms = doc['platforms'] as Record<string, unknown>[];
  return {
    ...doc,
    contingencyPct: '0',
    fixedOpexPerMonth: '0',
    idlePolicy: 'separate',
    platforms: platforms.map((p) => ({ ...p, acquisition: { type: 'own' } })),
  };
}

describe.each(targets)('scenario API on $kind', ({ open }) => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;
  let viewer: TestUser;
  let asAlice: Client;
  let asBob: Client;
  let asViewer: Client;

  beforeAll(async () => {
    t = await createTestApp(await open());
    alice = await createUser(t, 'EDITOR');
    bob = await createUser(t, 'EDITOR');
    viewer = await createUser(t, 'VIEWER');
    asAlice = client(t, alice);
    asBob = client(t, bob);
    asViewer = client(t, viewer);
  });
  afterAll(async () => t.close());

  async function create(as: Client, name: string, extra: Record<string, unknown> = {}): Promise<ScenarioBody> {
    const res = await as('POST', '/api/v1/scenarios', { payload: { document: validDocument(name), ...extra } });
    expect(res.statusCode, res.body).toBe(201);
    return body(res);
  }

  const counts = async () => ({
    scenarios: await t.db.prisma.scenario.count(),
    revisions: await t.db.prisma.scenarioRevision.count(),
    audit: await t.db.prisma.auditEvent.count(),
  });

  describe('create, read, update, delete', () => {
    it('round-trips a scenario: 201 with Location and ETag, normalised document, then GET with the same ETag', async () => {
      const payload = { document: { ...validDocument('Round trip'), discountRateAnnual: 0.1 }, message: 'first cut' };
      const res = await asAlice('POST', '/api/v1/scenarios', { payload });
      expect(res.statusCode).toBe(201);
      const created = body(res);
      expect(res.headers.location).toBe(`/api/v1/scenarios/${created.id}`);
      expect(res.headers.etag).toBe(`"${created.id}.1"`);
      expect(created).toMatchObject({
        name: 'Round trip',
        ownerId: alice.userId,
        version: 1,
        draft: false,
        visibility: 'PRIVATE',
        etag: `"${created.id}.1"`,
        deletedAt: null,
        permissions: { edit: true, manage: true },
      });
      expect(created.document).toEqual(normalised('Round trip'));
      expect(created).not.toHaveProperty('missing');

      const got = await asAlice('GET', `/api/v1/scenarios/${created.id}`);
      expect(got.statusCode).toBe(200);
      expect(got.headers.etag).toBe(`"${created.id}.1"`);
      expect(body(got).document).toEqual(normalised('Round trip'));
      const cached = await asAlice('GET', `/api/v1/scenarios/${created.id}`, { headers: { 'if-none-match': `"${created.id}.1"` } });
      expect(cached.statusCode).toBe(304);
      expect(cached.body).toBe('');
    });

    it('replaces with PUT under If-Match, bumping version and ETag', async () => {
      const s = await create(asAlice, 'Put target');
      const doc = { ...validDocument('Put target'), horizonMonths: 36 };
      const res = await asAlice('PUT', `/api/v1/scenarios/${s.id}`, { ifMatch: s.etag, payload: { document: doc, message: 'longer' } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers.etag).toBe(`"${s.id}.2"`);
      expect(body(res)).toMatchObject({ version: 2, etag: `"${s.id}.2"` });
      expect(body(res).document['horizonMonths']).toBe(36);
    });

    it('requires If-Match on every write (428), refuses * (428), a malformed one (400) and a weak or old one (412)', async () => {
      const s = await create(asAlice, 'Preconditions');
      const put = { document: validDocument('Preconditions') };
      for (const [method, payload] of [['PUT', put], ['PATCH', { name: 'Renamed' }], ['DELETE', undefined]] as const) {
        const res = await asAlice(method, `/api/v1/scenarios/${s.id}`, { payload });
        expect(res.statusCode).toBe(428);
        expect(body<{ error: { code: string } }>(res).error.code).toBe('precondition_required');
      }
      const restore = await asAlice('POST', `/api/v1/scenarios/${s.id}/revisions/1/restore`);
      expect(restore.statusCode).toBe(428);
      expect((await asAlice('PUT', `/api/v1/scenarios/${s.id}`, { payload: put, ifMatch: '*' })).statusCode).toBe(428);
      const malformed = await asAlice('PUT', `/api/v1/scenarios/${s.id}`, { payload: put, ifMatch: 'v1' });
      expect(malformed.statusCode).toBe(400);
      expect(body<{ error: { code: string } }>(malformed).error.code).toBe('invalid_if_match');
      expect((await asAlice('PUT', `/api/v1/scenarios/${s.id}`, { payload: put, ifMatch: `W/${s.etag}` })).statusCode).toBe(412);
      expect((await asAlice('PUT', `/api/v1/scenarios/${s.id}`, { payload: put, ifMatch: `"${s.id}.7"` })).statusCode).toBe(412);
      // A list of tags matches when one of them is current.
      const listed = await asAlice('PUT', `/api/v1/scenarios/${s.id}`, { payload: put, ifMatch: `"other.1", ${s.etag}` });
      expect(listed.statusCode).toBe(200);
      expect(await t.db.prisma.scenarioRevision.count({ where: { scenarioId: s.id } })).toBe(2);
    });

    it('answers a stale write with 412, the current ETag and the current document', async () => {
      const s = await create(asAlice, 'Stale');
      const first = await asAlice('PATCH', `/api/v1/scenarios/${s.id}`, { ifMatch: s.etag, payload: { document: { horizonMonths: 48 } } });
      expect(first.statusCode).toBe(200);
      const second = await asAlice('PATCH', `/api/v1/scenarios/${s.id}`, { ifMatch: s.etag, payload: { document: { horizonMonths: 12 } } });
      expect(second.statusCode).toBe(412);
      expect(second.headers.etag).toBe(`"${s.id}.2"`);
      const stale = body<{ error: { code: string }; current: ScenarioBody }>(second);
      expect(stale.error.code).toBe('precondition_failed');
      expect(stale.current).toMatchObject({ id: s.id, version: 2, etag: `"${s.id}.2"` });
      expect(stale.current.document['horizonMonths']).toBe(48);
    });

    it('lets exactly one of 20 parallel PUTs with the same If-Match win; no revision lost or duplicated', async () => {
      const s = await create(asAlice, 'Race');
      const before = await counts();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          asAlice('PUT', `/api/v1/scenarios/${s.id}`, { ifMatch: s.etag, payload: { document: { ...validDocument('Race'), horizonMonths: i + 1 } } }),
        ),
      );
      const statuses = results.map((r) => r.statusCode).sort((a, b) => a - b);
      expect(statuses).toEqual([200, ...Array<number>(19).fill(412)]);
      const winner = results.find((r) => r.statusCode === 200);
      if (!winner) throw new Error('no winner');
      const winning = body(winner).document['horizonMonths'];
      for (const loser of results.filter((r) => r.statusCode === 412)) {
        expect(body<{ current: ScenarioBody }>(loser).current).toMatchObject({ version: 2 });
      }
      const revisions = await t.db.prisma.scenarioRevision.findMany({ where: { scenarioId: s.id }, orderBy: { version: 'asc' } });
      expect(revisions.map((r) => r.version)).toEqual([1, 2]);
      expect((revisions[1]?.document as Record<string, unknown>)['horizonMonths']).toBe(winning);
      const after = await counts();
      expect(after).toEqual({ scenarios: before.scenarios, revisions: before.revisions + 1, audit: before.audit + 1 });
    });

    it('answers 404 (not 403, not 412) for another user’s private scenario on every route', async () => {
      const s = await create(asAlice, 'Alice only');
      const stale = `"${s.id}.99"`;
      const attempts = [
        asBob('GET', `/api/v1/scenarios/${s.id}`),
        asBob('PUT', `/api/v1/scenarios/${s.id}`, { ifMatch: stale, payload: { document: validDocument('x') } }),
        asBob('PATCH', `/api/v1/scenarios/${s.id}`, { ifMatch: s.etag, payload: { name: 'mine now' } }),
        asBob('DELETE', `/api/v1/scenarios/${s.id}`, { ifMatch: s.etag }),
        asBob('POST', `/api/v1/scenarios/${s.id}/duplicate`),
        asBob('GET', `/api/v1/scenarios/${s.id}/revisions`),
        asBob('GET', `/api/v1/scenarios/${s.id}/revisions/1`),
        asBob('POST', `/api/v1/scenarios/${s.id}/revisions/1/restore`, { ifMatch: s.etag }),
        asBob('GET', `/api/v1/scenarios/${s.id}/diff?from=1`),
        asBob('GET', `/api/v1/scenarios/${s.id}/projection`),
        asBob('GET', `/api/v1/scenarios/export?ids=${s.id}`),
      ];
      for (const res of await Promise.all(attempts)) {
        expect(res.statusCode, res.body).toBe(404);
        expect(body<{ error: { code: string } }>(res).error.code).toBe('not_found');
      }
      expect(body((await asAlice('GET', `/api/v1/scenarios/${s.id}`))).version).toBe(1);
    });

    it('shares with the workspace: a colleague reads and edits, but only the owner deletes', async () => {
      const s = await create(asAlice, 'Team plan', { visibility: 'WORKSPACE' });
      const seen = await asBob('GET', `/api/v1/scenarios/${s.id}`);
      expect(body(seen).permissions).toEqual({ edit: true, manage: false });
      const edited = await asBob('PATCH', `/api/v1/scenarios/${s.id}`, { ifMatch: s.etag, payload: { document: { horizonMonths: 12 } } });
      expect(edited.statusCode).toBe(200);
      const del = await asBob('DELETE', `/api/v1/scenarios/${s.id}`, { ifMatch: body(edited).etag });
      expect(del.statusCode).toBe(403);
      const unshare = await asBob('PATCH', `/api/v1/scenarios/${s.id}`, { ifMatch: body(edited).etag, payload: { visibility: 'PRIVATE' } });
      expect(unshare.statusCode).toBe(403);
      expect((await asViewer('GET', `/api/v1/scenarios/${s.id}`)).statusCode).toBe(200);
      const viewerWrite = await asViewer('PATCH', `/api/v1/scenarios/${s.id}`, { ifMatch: body(edited).etag, payload: { name: 'no' } });
      expect(viewerWrite.statusCode).toBe(403);
    });

    it('refuses writes with a read-only API token and anonymous requests', async () => {
      const token = await createToken(t, alice, 'READ');
      const asToken = client(t, { headers: token.headers });
      expect((await asToken('GET', '/api/v1/scenarios')).statusCode).toBe(200);
      expect((await asToken('POST', '/api/v1/scenarios', { payload: { document: validDocument('Token') } })).statusCode).toBe(403);
      const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/scenarios' });
      expect(anonymous.statusCode).toBe(401);
    });

    it('rejects a duplicate name with 409, renames with PATCH and keeps the name in the document', async () => {
      await create(asAlice, 'Budget A');
      const b = await create(asAlice, 'Budget B');
      const clash = await asAlice('POST', '/api/v1/scenarios', { payload: { document: validDocument('budget a') } });
      expect(clash.statusCode).toBe(409);
      expect(body<{ error: { code: string; details: unknown } }>(clash).error).toMatchObject({
        code: 'name_taken',
        details: [{ path: 'document.name', message: '"budget a" is already used by another of your scenarios' }],
      });
      expect((await asAlice('PATCH', `/api/v1/scenarios/${b.id}`, { ifMatch: b.etag, payload: { name: 'Budget A' } })).statusCode).toBe(409);
      const renamed = await asAlice('PATCH', `/api/v1/scenarios/${b.id}`, { ifMatch: b.etag, payload: { name: 'Budget C' } });
      expect(body(renamed)).toMatchObject({ name: 'Budget C', version: 2 });
      expect(body(renamed).document['name']).toBe('Budget C');
    });

    it('soft-deletes, hides, lists in the trash and restores with the same version', async () => {
      const s = await create(asAlice, 'Deletable');
      const del = await asAlice('DELETE', `/api/v1/scenarios/${s.id}`, { ifMatch: s.etag });
      expect(del.statusCode).toBe(200);
      const deleted = body<{ id: string; deletedAt: string; restorableUntil: string }>(del);
      expect(Date.parse(deleted.restorableUntil) - Date.parse(deleted.deletedAt)).toBe(30 * 24 * 3600 * 1000);
      expect((await asAlice('GET', `/api/v1/scenarios/${s.id}`)).statusCode).toBe(404);
      expect((await asAlice('PUT', `/api/v1/scenarios/${s.id}`, { ifMatch: s.etag, payload: { document: validDocument('Deletable') } })).statusCode).toBe(404);
      const trash = body<{ items: { id: string }[] }>(await asAlice('GET', '/api/v1/scenarios/trash'));
      expect(trash.items.map((i) => i.id)).toContain(s.id);
      expect(body<{ items: { id: string }[] }>(await asBob('GET', '/api/v1/scenarios/trash')).items.map((i) => i.id)).not.toContain(s.id);
      const restored = await asAlice('POST', `/api/v1/scenarios/${s.id}/restore`);
      expect(restored.statusCode).toBe(200);
      expect(body(restored)).toMatchObject({ id: s.id, version: 1, deletedAt: null });
      expect((await asAlice('POST', `/api/v1/scenarios/${s.id}/restore`)).statusCode).toBe(404);
    });

    it('duplicates into a private copy with a free name', async () => {
      const s = await create(asAlice, 'Dup source', { visibility: 'WORKSPACE' });
      const copy = await asBob('POST', `/api/v1/scenarios/${s.id}/duplicate`);
      expect(copy.statusCode).toBe(201);
      expect(body(copy)).toMatchObject({ name: 'Dup source (copy)', ownerId: bob.userId, visibility: 'PRIVATE', version: 1 });
      const named = await asBob('POST', `/api/v1/scenarios/${s.id}/duplicate`, { payload: { name: 'My variant' } });
      expect(body(named).name).toBe('My variant');
    });
  });

  describe('drafts', () => {
    it('refuses an incomplete scenario unless it is an explicit draft, naming every field', async () => {
      const incomplete = { name: 'Half done', start: '2027-01', horizonMonths: 'soon' };
      const res = await asAlice('POST', '/api/v1/scenarios', { payload: { document: incomplete } });
      expect(res.statusCode).toBe(400);
      const err = body<{ error: { code: string; details: { path: string; message: string }[] } }>(res).error;
      expect(err.code).toBe('validation_failed');
      expect(err.details).toEqual(
        expect.arrayContaining([
          { path: 'document.horizonMonths', message: 'must be a number' },
          { path: 'document.energy', message: 'is required' },
        ]),
      );
      const draft = await asAlice('POST', '/api/v1/scenarios', { payload: { document: incomplete, draft: true } });
      expect(draft.statusCode).toBe(201);
      const saved = body(draft);
      expect(saved).toMatchObject({ draft: true, name: 'Half done' });
      expect(saved.document).toEqual(incomplete);
      expect(saved.missing).toEqual(expect.arrayContaining(['energy', 'hosting', 'apiOptions', 'applications', 'discountRateAnnual']));
      expect(saved.missing).not.toContain('horizonMonths');
      expect(saved.issues).toEqual(expect.arrayContaining([{ code: 'invalid_type', path: 'horizonMonths', message: 'must be a number' }]));
      const projection = await asAlice('GET', `/api/v1/scenarios/${saved.id}/projection`);
      expect(projection.statusCode).toBe(409);
      expect(body<{ error: { code: string } }>(projection).error.code).toBe('scenario_incomplete');
    });

    it('needs a name even for a draft, and completes a draft by PATCHing draft: false', async () => {
      const nameless = await asAlice('POST', '/api/v1/scenarios', { payload: { document: { start: '2027-01' }, draft: true } });
      expect(nameless.statusCode).toBe(400);
      expect(body<{ error: { details: unknown } }>(nameless).error.details).toEqual([
        { path: 'document.name', message: 'is required for a draft (1 to 120 characters)' },
      ]);
      const { platforms: _p, applications: _a, ...partial } = validDocument('Finish me');
      const draft = await create(asAlice, 'ignored', { document: partial, draft: true });
      expect(draft.missing).toEqual(['platforms', 'applications']);
      const stillBad = await asAlice('PATCH', `/api/v1/scenarios/${draft.id}`, { ifMatch: draft.etag, payload: { draft: false } });
      expect(stillBad.statusCode).toBe(400);
      const { platforms, applications } = validDocument('Finish me');
      const done = await asAlice('PATCH', `/api/v1/scenarios/${draft.id}`, { ifMatch: draft.etag, payload: { draft: false, document: { platforms, applications } } });
      expect(done.statusCode, done.body).toBe(200);
      expect(body(done)).toMatchObject({ draft: false, version: 2 });
      expect(body(done)).not.toHaveProperty('missing');
      expect(body(done).document).toEqual(normalised('Finish me'));
    });
  });

  describe('list', () => {
    it('searches by name, sorts by update time and paginates', async () => {
      const carol = await createUser(t, 'EDITOR');
      const asCarol = client(t, carol);
      const names = ['Fleet one', 'Fleet two', 'Fleet three', 'API only'];
      const created: ScenarioBody[] = [];
      for (const name of names) created.push(await create(asCarol, name));
      const first = created[0];
      if (!first) throw new Error('nothing created');
      await asCarol('PATCH', `/api/v1/scenarios/${first.id}`, { ifMatch: first.etag, payload: { document: { horizonMonths: 12 } } });
      const page1 = body<{ items: { name: string }[]; total: number; limit: number; offset: number }>(
        await asCarol('GET', '/api/v1/scenarios?scope=mine&search=fleet&limit=2'),
      );
      expect(page1.total).toBe(3);
      expect(page1.items.map((i) => i.name)).toEqual(['Fleet one', 'Fleet three']);
      const page2 = body<{ items: { name: string }[] }>(await asCarol('GET', '/api/v1/scenarios?scope=mine&search=fleet&limit=2&offset=2'));
      expect(page2.items.map((i) => i.name)).toEqual(['Fleet two']);
      const byName = body<{ items: { name: string }[] }>(await asCarol('GET', '/api/v1/scenarios?scope=mine&sort=name&order=asc'));
      expect(byName.items.map((i) => i.name)).toEqual(['API only', 'Fleet one', 'Fleet three', 'Fleet two']);
      const bobsView = body<{ items: { name: string }[] }>(await asBob('GET', '/api/v1/scenarios?search=fleet'));
      expect(bobsView.items.map((i) => i.name)).not.toContain('Fleet one');
    });
  });

  describe('revisions', () => {
    it('keeps every save, shows one, diffs two and restores an old one as a new version', async () => {
      const s = await create(asAlice, 'History', { message: 'v1' });
      const v2 = await asAlice('PATCH', `/api/v1/scenarios/${s.id}`, { ifMatch: s.etag, payload: { document: { horizonMonths: 36 }, message: 'longer' } });
      const v3 = await asAlice('PATCH', `/api/v1/scenarios/${s.id}`, {
        ifMatch: body(v2).etag,
        payload: { document: { energy: { pue: 1.2 }, contingencyPct: '0.1' }, message: 'greener' },
      });
      expect(body(v3).version).toBe(3);
      const list = body<{ items: { version: number; message: string | null; authorId: string }[]; total: number }>(
        await asAlice('GET', `/api/v1/scenarios/${s.id}/revisions`),
      );
      expect(list.total).toBe(3);
      expect(list.items.map((r) => [r.version, r.message])).toEqual([[3, 'greener'], [2, 'longer'], [1, 'v1']]);
      expect(list.items[0]?.authorId).toBe(alice.userId);
      const one = body<{ version: number; document: Record<string, unknown> }>(await asAlice('GET', `/api/v1/scenarios/${s.id}/revisions/2`));
      expect(one.version).toBe(2);
      expect(one.document['horizonMonths']).toBe(36);
      expect((await asAlice('GET', `/api/v1/scenarios/${s.id}/revisions/9`)).statusCode).toBe(404);

      const diff = body<{ from: number; to: number; changes: unknown[] }>(await asAlice('GET', `/api/v1/scenarios/${s.id}/diff?from=1&to=3`));
      expect(diff).toEqual({
        from: 1,
        to: 3,
        changes: [
          { path: 'contingencyPct', kind: 'changed', before: '0', after: '0.1' },
          { path: 'energy.pue', kind: 'changed', before: '1.3', after: '1.2' },
          { path: 'horizonMonths', kind: 'changed', before: 24, after: 36 },
        ],
      });
      const toCurrent = body<{ to: number }>(await asAlice('GET', `/api/v1/scenarios/${s.id}/diff?from=2`));
      expect(toCurrent.to).toBe(3);

      const restored = await asAlice('POST', `/api/v1/scenarios/${s.id}/revisions/1/restore`, { ifMatch: body(v3).etag });
      expect(restored.statusCode, restored.body).toBe(200);
      expect(body(restored)).toMatchObject({ version: 4 });
      expect(body(restored).document).toEqual(normalised('History'));
      const latest = body<{ items: { version: number; message: string | null }[] }>(await asAlice('GET', `/api/v1/scenarios/${s.id}/revisions?limit=1`));
      expect(latest.items).toEqual([expect.objectContaining({ version: 4, message: 'Restored revision 1' })]);
      const events = await t.db.prisma.auditEvent.findMany({ where: { entityId: s.id }, orderBy: { createdAt: 'asc' } });
      expect(events.map((e) => e.action)).toEqual(['scenario.create', 'scenario.update', 'scenario.update', 'scenario.revision_restore']);
      expect(events[3]?.details).toEqual({ version: 4, restoredVersion: 1 });
    });
  });

  describe('projection', () => {
    it('projects the current version and any revision, and caches per revision', async () => {
      const s = await create(asAlice, 'Projected');
      const v2 = await asAlice('PATCH', `/api/v1/scenarios/${s.id}`, { ifMatch: s.etag, payload: { document: { horizonMonths: 12 } } });
      expect(v2.statusCode).toBe(200);
      const current = await asAlice('GET', `/api/v1/scenarios/${s.id}/projection`);
      expect(current.statusCode, current.body).toBe(200);
      const now = body<{ scenarioId: string; version: number; projection: Record<string, unknown> }>(current);
      expect(now).toMatchObject({ scenarioId: s.id, version: 2 });
      const old = body<{ version: number; projection: Record<string, unknown> }>(await asAlice('GET', `/api/v1/scenarios/${s.id}/projection?revision=1`));
      expect(old.version).toBe(1);
      expect(old.projection).not.toEqual(now.projection);
      const again = await asAlice('GET', `/api/v1/scenarios/${s.id}/projection`);
      expect(again.body).toBe(current.body);
      expect((await asAlice('GET', `/api/v1/scenarios/${s.id}/projection?revision=5`)).statusCode).toBe(404);
    });
  });

  describe('templates', () => {
    it('lists templates and creates the Blackwell vs Hopper pair from one', async () => {
      const list = body<{ items: { id: string; scenarioNames: string[] }[] }>(await asAlice('GET', '/api/v1/scenarios/templates'));
      expect(list.items.map((i) => i.id)).toEqual(expect.arrayContaining(['blackwell-vs-hopper', 'own-vs-api']));
      const res = await asBob('POST', '/api/v1/scenarios/from-template', { payload: { templateId: 'blackwell-vs-hopper' } });
      expect(res.statusCode, res.body).toBe(201);
      const items = body<{ items: ScenarioBody[] }>(res).items;
      expect(items.map((i) => [i.name, i.version, i.draft])).toEqual([
        ['Blackwell B200 — owned fleet', 1, false],
        ['Hopper H100 — owned fleet', 1, false],
      ]);
      const again = body<{ items: ScenarioBody[] }>(await asBob('POST', '/api/v1/scenarios/from-template', { payload: { templateId: 'blackwell-vs-hopper' } }));
      expect(again.items.map((i) => i.name)).toEqual(['Blackwell B200 — owned fleet (2)', 'Hopper H100 — owned fleet (2)']);
      const unknown = await asBob('POST', '/api/v1/scenarios/from-template', { payload: { templateId: 'nope' } });
      expect(unknown.statusCode).toBe(404);
    });
  });

  describe('import and export', () => {
    it('exports scenarios and imports the file back (names taken get a suffix)', async () => {
      const dave = await createUser(t, 'EDITOR');
      const asDave = client(t, dave);
      const a = await create(asDave, 'Export A');
      await create(asDave, 'Draft B', { document: { name: 'Draft B', horizonMonths: 12 }, draft: true });
      const exported = await asDave('GET', '/api/v1/scenarios/export');
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-disposition']).toMatch(/^attachment; filename="tokenplan-scenarios-\d{4}-\d{2}-\d{2}\.json"$/);
      const file = body<{ format: string; schemaVersion: number; scenarios: { draft: boolean; document: Record<string, unknown>; source: { id: string } }[] }>(exported);
      expect(file.format).toBe('tokenplan.scenarios');
      expect(file.schemaVersion).toBe(1);
      expect(file.scenarios.map((e) => [e.document['name'], e.draft])).toEqual([['Draft B', true], ['Export A', false]]);
      expect(file.scenarios[1]?.source.id).toBe(a.id);

      const imported = await asDave('POST', '/api/v1/scenarios/import', { payload: file });
      expect(imported.statusCode, imported.body).toBe(201);
      const items = body<{ items: ScenarioBody[]; migratedFrom: number | null }>(imported);
      expect(items.migratedFrom).toBeNull();
      expect(items.items.map((i) => [i.name, i.draft, i.version])).toEqual([['Draft B (2)', true, 1], ['Export A (2)', false, 1]]);
      expect(items.items[1]?.document).toEqual({ ...normalised('Export A'), name: 'Export A (2)' });
      const strict = await asDave('POST', '/api/v1/scenarios/import?onNameConflict=fail', { payload: file });
      expect(strict.statusCode).toBe(409);

      const one = body<{ scenarios: unknown[] }>(await asDave('GET', `/api/v1/scenarios/export?ids=${a.id}`));
      expect(one.scenarios).toHaveLength(1);
    });

    it('migrates a version 0 file (title, horizonYears, discountRatePct, pricePerKWh)', async () => {
      const { name: _name, horizonMonths: _h, discountRateAnnual: _d, energy: _e, ...rest } = validDocument('unused');
      const v0 = {
        format: 'tokenplan.scenarios',
        schemaVersion: 0,
        scenarios: [
          { title: 'Legacy plan', scenario: { ...rest, horizonYears: 2, discountRatePct: 10, energy: { pricePerKWh: 0.085, annualEscalation: '0.04', pue: '1.3' } } },
        ],
      };
      const res = await asAlice('POST', '/api/v1/scenarios/import', { payload: v0 });
      expect(res.statusCode, res.body).toBe(201);
      const out = body<{ items: ScenarioBody[]; migratedFrom: number }>(res);
      expect(out.migratedFrom).toBe(0);
      expect(out.items[0]?.document).toEqual(normalised('Legacy plan'));
      const bad = structuredClone(v0);
      (bad.scenarios[0] as { scenario: Record<string, unknown> }).scenario['horizonYears'] = 2.5;
      const refused = await asAlice('POST', '/api/v1/scenarios/import', { payload: bad });
      expect(refused.statusCode).toBe(400);
      expect(body<{ error: { details: { path: string }[] } }>(refused).error.details.map((d) => d.path)).toContain('scenarios[0].scenario.horizonYears');
    });

    it('rejects a file whose 10th scenario is invalid as a whole: nothing is written', async () => {
      const entries = Array.from({ length: 10 }, (_, i) => ({ document: validDocument(`Batch ${i + 1}`) }));
      (entries[9] as { document: Record<string, unknown> }).document['horizonMonths'] = 0;
      (entries[9] as { document: Record<string, unknown> }).document['colour'] = 'blue';
      const before = await counts();
      const res = await asAlice('POST', '/api/v1/scenarios/import', { payload: { format: 'tokenplan.scenarios', schemaVersion: 1, scenarios: entries } });
      expect(res.statusCode).toBe(400);
      const err = body<{ error: { code: string; message: string; details: { path: string; message: string }[] } }>(res).error;
      expect(err.code).toBe('validation_failed');
      expect(err.message).toBe('The file is invalid: 2 problem(s) in 1 scenario(s). Nothing was imported.');
      expect(err.details).toEqual(
        expect.arrayContaining([
          { path: 'scenarios[9].document.horizonMonths', message: 'must be at least 1' },
          { path: 'scenarios[9].document.colour', message: 'is not a known field (check the spelling)' },
        ]),
      );
      expect(await counts()).toEqual(before);
    });

    it('rolls back a batch that fails in the database half-way (a name taken by a racing writer)', async () => {
      const erin = await createUser(t, 'EDITOR');
      const asErin = client(t, erin);
      await create(asErin, 'Batch taken');
      const before = await counts();
      const file = {
        format: 'tokenplan.scenarios',
        schemaVersion: 1,
        scenarios: ['Batch free 1', 'Batch free 2', 'Batch taken'].map((n) => ({ document: validDocument(n) })),
      };
      const res = await asErin('POST', '/api/v1/scenarios/import?onNameConflict=fail', { payload: file });
      expect(res.statusCode).toBe(409);
      expect(body<{ error: { details: unknown } }>(res).error.details).toEqual([
        { path: 'scenarios[2].document.name', message: '"Batch taken" is already used by another of your scenarios' },
      ]);
      expect(await counts()).toEqual(before);
    });
  });
});
