// Defence in depth: if the engine throws on a scenario that passed validation, or returns node
// counts JSON cannot carry, the API answers 422 naming the problem, never a 500.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Model from '@tokenplan/model';
import { createTestApp, createUser, type TestApp, type TestUser } from './helpers';

const engine = vi.hoisted(() => ({ mode: 'ok' as 'ok' | 'throw' | 'huge' }));
vi.mock('@tokenplan/model', async (importOriginal) => {
  const model = await importOriginal<typeof Model>();
  return {
    ...model,
    project: (scenario: Parameters<typeof model.project>[0]) => {
      if (engine.mode === 'throw') throw new RangeError('demand beyond the decimal range');
      const projection = model.project(scenario);
      if (engine.mode !== 'huge') return projection;
      const months = projection.months.map((m) => ({ ...m, platforms: m.platforms.map((p) => ({ ...p, nodes: 2 ** 60 })) }));
      return { ...projection, months };
    },
  };
});

let t: TestApp;
let editor: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  editor = await createUser(t, 'EDITOR');
});
afterAll(async () => t.close());

const scenario = {
  name: 'One platform', start: '2027-01', horizonMonths: 2, discountRateAnnual: 0, fiscalYearStartMonth: 1,
  energy: { pricePerMWh: 100, annualEscalation: 0, pue: 1 }, hosting: { perKwMonth: 0 }, apiOptions: [],
  platforms: [{ id: 'p', name: 'P', acquisition: { type: 'rent', pricePerGpuHour: 2, annualPriceDecline: 0 }, gpusPerNode: 8, powerKwPerNode: 10,
    idlePowerFraction: 0.3, throughput: { m: 1000 }, softwareCurve: { type: 'none' }, fleet: { mode: 'auto', targetUtilization: 0.7 } }],
  applications: [{ id: 'a', name: 'A', team: 'T', model: 'm', servedBy: { platform: 'p' }, tokensMonth0: 1e9, outputShare: 0.5,
    growth: { type: 'compound', monthlyRate: 0 }, revenuePerMTokens: 10, annualPriceErosion: 0, tokensPerQuery: 1000, queriesPerTask: 1 }],
};

describe('a scenario that validates but cannot be projected', () => {
  it.each(['throw', 'huge'] as const)('engine %s: posted and stored projections answer 422, not 500', async (mode) => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/scenarios', headers: editor.headers, payload: { document: { ...scenario, name: `One platform (${mode})` } } });
    expect(created.statusCode, created.body).toBe(201);
    engine.mode = mode;
    try {
      const posted = await t.app.inject({ method: 'POST', url: '/api/v1/projections', headers: editor.headers, payload: scenario });
      const stored = await t.app.inject({ method: 'GET', url: `/api/v1/scenarios/${created.json().id}/projection`, headers: editor.headers });
      for (const res of [posted, stored]) {
        expect(res.statusCode, res.body).toBe(422);
        expect(res.json().error.code).toBe('unprojectable_scenario');
      }
    } finally {
      engine.mode = 'ok';
    }
  });
});
