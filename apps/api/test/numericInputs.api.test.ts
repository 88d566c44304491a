// Every numeric input of every route family is bounded and checked for format before it is parsed
// (issue 14 finding 5): a huge or malformed number is a 400 naming the field, never a 500, a hang
// or a memory spike (`"1e99999999"` as a goal-seek target used to grow memory by 2.7 GB).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp, type TestUser } from './helpers';

let t: TestApp;
let owner: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  owner = await createUser(t, 'OWNER');
});
afterAll(async () => t.close());

const scenario = {
  name: 'API only', start: '2027-01', horizonMonths: 12, discountRateAnnual: 0, fiscalYearStartMonth: 1,
  energy: { pricePerMWh: 100, annualEscalation: 0, pue: 1 }, hosting: { perKwMonth: 0 }, platforms: [],
  apiOptions: [{ id: 'api', name: 'API', inputPricePerMTokens: 4, outputPricePerMTokens: 4, annualPriceDecline: 0 }],
  applications: [
    { id: 'chat', name: 'Chat', team: 'Team', model: 'm', servedBy: { api: 'api' }, tokensMonth0: 1e9, outputShare: 0.5,
      growth: { type: 'linear', monthlyIncrement: 1e8 }, revenuePerMTokens: 10, annualPriceErosion: 0, tokensPerQuery: 1000, queriesPerTask: 1 },
  ],
};

async function expect400(method: 'GET' | 'POST', url: string, field: string, payload?: Record<string, unknown>) {
  const res = await t.app.inject({ method, url, headers: owner.headers, ...(payload ? { payload } : {}) });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(400);
  const paths = (res.json().error.details as { path: string }[]).map((d) => d.path);
  expect(paths.some((p) => p === field || p.endsWith(`.${field}`)), `${url} names ${field}: ${paths.join(', ')}`).toBe(true);
}

describe('numeric inputs are capped and format-checked', () => {
  it.each(['1e99999999', '-1e99999999', '1e-99999999', `1${'0'.repeat(200)}`, '0x10', 'NaN'])('goal seek target %s → 400 naming target', async (target) => {
    await expect400('POST', '/api/v1/analysis/goal-seek', 'target', { scenario, driver: 'demandGrowth', kpi: 'npv', target });
  });

  it('tornado swing as a huge decimal string → 400 naming swing', async () => {
    await expect400('POST', '/api/v1/analysis/tornado', 'swing', { scenario, swing: '1e-99999999' });
    await expect400('POST', '/api/v1/analysis/tornado', 'swing', { scenario, swing: `0.${'1'.repeat(500)}` });
  });

  it('Monte Carlo paths, seed and distribution factors out of range → 400 naming the field', async () => {
    await expect400('POST', '/api/v1/analysis/montecarlo', 'paths', { scenario, paths: 1e20 });
    await expect400('POST', '/api/v1/analysis/montecarlo', 'seed', { scenario, seed: 2 ** 40 });
    await expect400('POST', '/api/v1/analysis/montecarlo', 'high', { scenario, distributions: { demandGrowth: { low: 0.5, mode: 1, high: 1e300 } } });
  });

  it.each([
    ['/api/v1/scenarios?limit=0x10', 'limit'],
    ['/api/v1/scenarios?limit=1e1', 'limit'],
    [`/api/v1/scenarios?offset=${'9'.repeat(400)}`, 'offset'],
    ['/api/v1/audit?limit=0x10', 'limit'],
    ['/api/v1/audit?limit=%201', 'limit'],
  ])('query %s → 400 naming %s', async (url, field) => {
    await expect400('GET', url, field);
  });

  it('revision numbers and export query numbers are plain digits only', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/scenarios', headers: owner.headers, payload: { document: scenario } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    await expect400('GET', `/api/v1/scenarios/${id}/revisions/1e0`, 'version');
    await expect400('GET', `/api/v1/scenarios/${id}/diff?from=0x1`, 'from');
    await expect400('GET', `/api/v1/scenarios/${id}/export.pdf?monteCarloPaths=1e3`, 'monteCarloPaths');
    await expect400('GET', `/api/v1/scenarios/${id}/export.pdf?monteCarloPaths=100&monteCarloSeed=${'9'.repeat(300)}`, 'monteCarloSeed');
  });

  it('a compound monthlyRate of 100 is refused at save (it used to save and then 500 on every projection)', async () => {
    const app = { ...scenario.applications[0], growth: { type: 'compound', monthlyRate: 100 } };
    await expect400('POST', '/api/v1/scenarios', 'document.applications[0].growth.monthlyRate', { document: { ...scenario, applications: [app] } });
    await expect400('POST', '/api/v1/projections', 'applications[0].growth.monthlyRate', { ...scenario, applications: [app] });
  });

  it('account routes: token and invite lifetimes out of range or not numbers → 400 naming the field', async () => {
    await expect400('POST', '/api/v1/tokens', 'expiresInDays', { name: 'ci', scope: 'READ', expiresInDays: 1e300 });
    await expect400('POST', '/api/v1/tokens', 'expiresInDays', { name: 'ci', scope: 'READ', expiresInDays: '30' });
    await expect400('POST', '/api/v1/invites', 'expiresInHours', { role: 'VIEWER', expiresInHours: 1e300 });
  });
});
