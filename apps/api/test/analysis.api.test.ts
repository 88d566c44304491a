import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiOnly, createTestApp, createUser, type TestApp, type TestUser } from './helpers';

let t: TestApp;
let analyst: TestUser;
let editor: TestUser;
let otherEditor: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  analyst = await createUser(t, 'VIEWER');
  editor = await createUser(t, 'EDITOR');
  otherEditor = await createUser(t, 'EDITOR');
});
afterAll(async () => {
  await t.close();
});

const doubledApi = { ...apiOnly, name: 'API at twice the price', apiOptions: [{ ...apiOnly.apiOptions[0], inputPricePerMTokens: 8, outputPricePerMTokens: 8 }] };

const post = (user: TestUser, url: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url, headers: user.headers, payload });

describe('POST /api/v1/analysis/compare', () => {
  it('compares posted scenarios: KPIs as decimal strings, deltas and ratios against the first', async () => {
    const res = await post(analyst, '/api/v1/analysis/compare', { scenarios: [{ scenario: apiOnly }, { scenario: doubledApi }] });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.scenarios.map((s: { kpis: { npv: string } }) => s.kpis.npv)).toEqual(['111600', '37200']);
    expect(body.deltas[0].kpis.npv.absolute).toBe('-74400');
    expect(body.ratios[0]).toEqual({ scenario: 1, costPerMTokens: '2', tokensPerMWh: null, capexPerTokenPerSecond: null });
  });

  it('names the problems of an invalid scenario under its place in the list, and needs two scenarios', async () => {
    const bad = await post(analyst, '/api/v1/analysis/compare', { scenarios: [{ scenario: apiOnly }, { scenario: { ...apiOnly, horizonMonths: 0 } }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toEqual(['scenarios[1].scenario.horizonMonths']);
    const one = await post(analyst, '/api/v1/analysis/compare', { scenarios: [{ scenario: apiOnly }] });
    expect(one.statusCode).toBe(400);
    expect(one.json().error.code).toBe('validation_failed');
  });
});

describe('POST /api/v1/analysis/tornado', () => {
  it('ranks revenue price above demand growth with the spreads worked by hand', async () => {
    // ±20 %: revenue 186,000 → spread 74,400; growth moves Σ tokens ±1.32e9 → NPV ±7,920.
    const res = await post(analyst, '/api/v1/analysis/tornado', { scenario: apiOnly });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.base).toBe('111600');
    expect(body.bars.slice(0, 2).map((b: { driver: string; spread: string }) => [b.driver, b.spread])).toEqual([
      ['revenuePrice', '74400'],
      ['demandGrowth', '15840'],
    ]);
  });

  it('rejects a swing outside (0, 1) and unknown fields', async () => {
    const swing = await post(analyst, '/api/v1/analysis/tornado', { scenario: apiOnly, swing: 1.5 });
    expect(swing.statusCode).toBe(400);
    expect(swing.json().error.details[0].path).toBe('swing');
    const unknown = await post(analyst, '/api/v1/analysis/tornado', { scenario: apiOnly, swings: 0.1 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([{ path: 'swings', message: 'Unknown field.' }]);
  });
});

describe('POST /api/v1/analysis/montecarlo', () => {
  it('is reproducible by seed and answers percentiles, fans with month labels and a histogram', async () => {
    const payload = { scenario: apiOnly, paths: 300, seed: 7 };
    const a = await post(analyst, '/api/v1/analysis/montecarlo', payload);
    const b = await post(analyst, '/api/v1/analysis/montecarlo', payload);
    const c = await post(analyst, '/api/v1/analysis/montecarlo', { ...payload, seed: 8 });
    expect(a.statusCode).toBe(200);
    expect(b.body).toBe(a.body);
    expect(c.json().npv.p50).not.toBe(a.json().npv.p50);
    const body = a.json();
    expect(body.months.labels).toHaveLength(12);
    expect(body.months.labels[0]).toBe('2027-01');
    expect(body.months.cashFlow.p50).toHaveLength(12);
    expect(Number(body.npv.p10)).toBeLessThanOrEqual(Number(body.npv.p50));
    expect(Number(body.npv.p50)).toBeLessThanOrEqual(Number(body.npv.p90));
    expect(body.npvHistogram.reduce((n: number, bin: { count: number }) => n + bin.count, 0)).toBe(300);
    expect(body.base.npv).toBe('111600');
  });

  it('equals the deterministic NPV with degenerate distributions', async () => {
    const res = await post(analyst, '/api/v1/analysis/montecarlo', {
      scenario: apiOnly,
      paths: 10,
      distributions: { revenuePrice: { low: 1.5, mode: 1.5, high: 1.5 } },
    });
    // 18,600 · (15 − 4) = 204,600
    expect(Number(res.json().npv.p10)).toBeCloseTo(204600, 6);
    expect(Number(res.json().npv.p90)).toBeCloseTo(204600, 6);
  });

  it('caps paths at 50,000 and checks the distributions', async () => {
    expect((await post(analyst, '/api/v1/analysis/montecarlo', { scenario: apiOnly, paths: 50001 })).statusCode).toBe(400);
    const res = await post(analyst, '/api/v1/analysis/montecarlo', { scenario: apiOnly, distributions: { capex: { low: 1.2, mode: 1, high: 1.3 } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('distributions.capex');
  });
});

describe('POST /api/v1/analysis/goal-seek', () => {
  it('finds the revenue price for a target NPV, and says when no factor reaches it', async () => {
    const found = await post(analyst, '/api/v1/analysis/goal-seek', { scenario: apiOnly, driver: 'revenuePrice', kpi: 'npv', target: '150000' });
    expect(found.statusCode).toBe(200);
    // 18,600 · (10f − 4) = 150,000 ⇔ f = 1.2064516…
    expect(found.json().status).toBe('found');
    expect(Number(found.json().factor)).toBeCloseTo(1.2064516129, 9);
    const none = await post(analyst, '/api/v1/analysis/goal-seek', { scenario: apiOnly, driver: 'energyPrice', kpi: 'npv', target: 0 });
    expect(none.json()).toMatchObject({ status: 'unreachable', factor: null });
    expect(none.json().message).toContain('No energyPrice factor');
  });
});

describe('an invalid posted scenario', () => {
  // The same answer as saving that document (POST /api/v1/scenarios): 400 validation_failed, one
  // { path, message } per problem, the path pointing into this request's body.
  const invalid = { ...apiOnly, horizonMonths: 0 };
  const bodies: [string, Record<string, unknown>, string][] = [
    ['compare', { scenarios: [{ scenario: apiOnly }, { scenario: invalid }] }, 'scenarios[1].scenario'],
    ['tornado', { scenario: invalid }, 'scenario'],
    ['montecarlo', { scenario: invalid, paths: 10 }, 'scenario'],
    ['goal-seek', { scenario: invalid, driver: 'revenuePrice', kpi: 'npv', target: 0 }, 'scenario'],
  ];

  it.each(bodies)('is a 400 validation_failed on /analysis/%s, as on a save', async (path, body, prefix) => {
    const saved = await post(editor, '/api/v1/scenarios', { document: invalid });
    expect(saved.statusCode).toBe(400);
    const savedError = saved.json().error;
    expect(savedError.code).toBe('validation_failed');
    const res = await post(analyst, `/api/v1/analysis/${path}`, body);
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(Object.keys(error).sort()).toEqual(['code', 'details', 'message']);
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual(
      savedError.details.map((d: { path: string; message: string }) => ({ path: d.path.replace(/^document/, prefix), message: d.message })),
    );
    expect(error.details).toEqual([{ path: `${prefix}.horizonMonths`, message: expect.any(String) }]);
  });
});

describe('analyses of stored scenarios', () => {
  it('analyses a scenario the caller may read; another user’s private scenario is 404', async () => {
    const created = await post(editor, '/api/v1/scenarios', { document: { ...apiOnly, name: `Analysed ${Date.now()}` }, visibility: 'PRIVATE' });
    expect(created.statusCode).toBe(201);
    const url = `/api/v1/scenarios/${created.json().id}/analysis`;
    const mine = await post(editor, `${url}/tornado`, { swing: 0.1 });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().bars[0]).toMatchObject({ driver: 'revenuePrice', spread: '37200' });
    const compared = await post(editor, '/api/v1/analysis/compare', { scenarios: [{ id: created.json().id }, { scenario: doubledApi }] });
    expect(compared.json().deltas[0].kpis.npv.absolute).toBe('-74400');
    for (const path of ['tornado', 'montecarlo', 'goal-seek']) {
      const body = path === 'goal-seek' ? { driver: 'capex', kpi: 'npv', target: 0 } : {};
      const theirs = await post(otherEditor, `${url}/${path}`, body);
      expect(theirs.statusCode, path).toBe(404);
    }
    const compareTheirs = await post(otherEditor, '/api/v1/analysis/compare', { scenarios: [{ id: created.json().id }, { scenario: doubledApi }] });
    expect(compareTheirs.statusCode).toBe(404);
  });
});
