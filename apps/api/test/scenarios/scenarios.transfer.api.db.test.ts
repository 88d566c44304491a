// The scenario API end to end (app.inject) on PGlite and, when it answers, PostgreSQL: templates, and export / import of scenario files (old
// versions migrated, an invalid or half-failed batch writing nothing).
import { describe, expect, it } from 'vitest';
import { createUser } from '../helpers';
import { body, client, type ScenarioBody } from './api';
import { validDocument } from './fixtures';
import { targets, useScenarioSuite, normalised } from './suite';

describe.each(targets)('scenario API on $kind', ({ open }) => {
  const suite = useScenarioSuite(open);
  const { asAlice, asBob, create, counts } = suite;

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
      const dave = await createUser(suite.t, 'EDITOR');
      const asDave = client(suite.t, dave);
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
      const erin = await createUser(suite.t, 'EDITOR');
      const asErin = client(suite.t, erin);
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
