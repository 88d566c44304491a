// The scenario API end to end (app.inject) on PGlite and, when it answers, PostgreSQL: drafts, the list (search, sort, pages), revisions (show,
// diff, restore) and projections cached per revision.
import { describe, expect, it } from 'vitest';
import { createUser } from '../helpers';
import { body, client, type ScenarioBody } from './api';
import { validDocument } from './fixtures';
import { targets, useScenarioSuite, normalised } from './suite';

describe.each(targets)('scenario API on $kind', ({ open }) => {
  const suite = useScenarioSuite(open);
  const { asAlice, asBob, create } = suite;

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
      const carol = await createUser(suite.t, 'EDITOR');
      const asCarol = client(suite.t, carol);
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
      expect(list.items[0]?.authorId).toBe(suite.alice.userId);
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
      const events = await suite.t.db.prisma.auditEvent.findMany({ where: { entityId: s.id }, orderBy: { createdAt: 'asc' } });
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
});
