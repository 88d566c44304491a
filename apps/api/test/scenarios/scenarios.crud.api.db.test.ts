// The scenario API end to end (app.inject) on PGlite and, when it answers, PostgreSQL: create, read, update (If-Match, 412 races) and delete;
// private scenarios, workspace sharing, read-only tokens, names, the trash and duplicates.
import { describe, expect, it } from 'vitest';
import { createToken } from '../helpers';
import { body, client, type ScenarioBody } from './api';
import { validDocument } from './fixtures';
import { targets, useScenarioSuite, normalised } from './suite';

describe.each(targets)('scenario API on $kind', ({ open }) => {
  const suite = useScenarioSuite(open);
  const { asAlice, asBob, asViewer, create, counts } = suite;

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
        ownerId: suite.alice.userId,
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
      expect(await suite.t.db.prisma.scenarioRevision.count({ where: { scenarioId: s.id } })).toBe(2);
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
      const revisions = await suite.t.db.prisma.scenarioRevision.findMany({ where: { scenarioId: s.id }, orderBy: { version: 'asc' } });
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
      const token = await createToken(suite.t, suite.alice, 'READ');
      const asToken = client(suite.t, { headers: token.headers });
      expect((await asToken('GET', '/api/v1/scenarios')).statusCode).toBe(200);
      expect((await asToken('POST', '/api/v1/scenarios', { payload: { document: validDocument('Token') } })).statusCode).toBe(403);
      const anonymous = await suite.t.app.inject({ method: 'GET', url: '/api/v1/scenarios' });
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
      expect(body(copy)).toMatchObject({ name: 'Dup source (copy)', ownerId: suite.bob.userId, visibility: 'PRIVATE', version: 1 });
      const named = await asBob('POST', `/api/v1/scenarios/${s.id}/duplicate`, { payload: { name: 'My variant' } });
      expect(body(named).name).toBe('My variant');
    });
  });
});
