import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp, type TestUser } from './helpers';

let t: TestApp;
let analyst: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  analyst = await createUser(t, 'VIEWER');
});
afterAll(async () => t.close());

/**
 * Worked by hand (docs/model.md conventions):
 * Jan 2027 = 744 h, Feb 2027 = 672 h. Demand D = 16,070,400,000 tokens each month (growth 0).
 * Busy GPU-hours B = D / 1000 tok/s / 3600 = 4,464. Capacity per node: Jan 8·744·0.5 = 2,976,
 * Feb 8·672·0.5 = 2,688. Nodes: Jan ceil(1.5) = 2, Feb max(2, ceil(1.66)) = 2. All demand served.
 * U: Jan 4464 / (2·8·744) = 0.375; Feb 4464 / (2·8·672) = 0.41517857…
 * Energy MWh: Jan 2·10·(0.5 + 0.5·0.375)·744·1.5/1000 = 15.345; Feb 20.16·(0.5 + 0.5·U) = 14.265.
 * Energy cost at $100/MWh: 1,534.5 and 1,426.5. Hosting 2·10 kW·$10 = 200. Maintenance 2·1000·0.12/12 = 20.
 * Capex Jan 2·1000 = 2,000; depreciation 2000·(1 − 0)/10 = 200 a month. Revenue D/1e6·$1 = 16,070.4.
 * Cash flow: Jan 16,070.4 − 1,754.5 − 2,000 = 12,315.9; Feb 16,070.4 − 1,646.5 = 14,423.9.
 * NPV at 0 % = 26,739.8; payback 0 (cumulative_0 ≥ 0).
 */
const handWorked = {
  name: 'Hand-worked',
  start: '2027-01',
  horizonMonths: 2,
  discountRateAnnual: 0,
  fiscalYearStartMonth: 1,
  energy: { pricePerMWh: 100, annualEscalation: 0, pue: 1.5 },
  hosting: { perKwMonth: 10 },
  platforms: [
    {
      id: 'p', name: 'Node', gpusPerNode: 8, powerKwPerNode: 10, idlePowerFraction: 0.5,
      capexPerNode: 1000, maintenancePctPerYear: 0.12, depreciationMonths: 10, residualValuePct: 0,
      throughput: { m: 1000 }, softwareCurve: { type: 'none' }, fleet: { mode: 'auto', targetUtilization: 0.5 },
    },
  ],
  apiOptions: [],
  applications: [
    {
      id: 'a', name: 'App', team: 'T', model: 'm', servedBy: { platform: 'p' }, tokensMonth0: '16070400000',
      outputShare: 0.3, growth: { type: 'compound', monthlyRate: 0 }, revenuePerMTokens: 1, annualPriceErosion: 0,
      tokensPerQuery: 1000, queriesPerTask: 1,
    },
  ],
};

const close = (actual: string | null | undefined, expected: string) =>
  expect(Math.abs(Number(actual) - Number(expected))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(Number(expected))));

describe('POST /api/v1/projections', () => {
  it('projects a hand-worked scenario to the expected months and KPIs', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/projections', headers: analyst.headers, payload: handWorked });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.scenarioName).toBe('Hand-worked');
    const [jan, feb] = body.months;
    expect(jan.month).toBe('2027-01');
    expect(feb.hours).toBe('672');
    expect(jan.platforms[0].nodes).toBe(2);
    close(jan.platforms[0].utilization, '0.375');
    close(jan.energyMWh, '15.345');
    close(feb.energyMWh, '14.265');
    close(jan.energyCost, '1534.5');
    close(jan.hosting, '200');
    close(jan.maintenance, '20');
    close(jan.capex, '2000');
    close(feb.capex, '0');
    close(feb.depreciation, '200');
    close(jan.revenue, '16070.4');
    close(jan.cashFlow, '12315.9');
    close(feb.cashFlow, '14423.9');
    close(feb.cumulativeCashFlow, '26739.8');
    close(body.kpis.npv, '26739.8');
    expect(body.kpis.paybackMonths).toBe('0');
    expect(typeof jan.revenue).toBe('string');
  });

  it('answers an invalid scenario with 400 and one detail per problem, with field paths', async () => {
    const bad = {
      ...handWorked,
      surprise: true,
      applications: [{ ...handWorked.applications[0], model: 'unknown-model' }],
    };
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/projections', headers: analyst.headers, payload: bad });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    const paths = error.details.map((d: { path: string }) => d.path);
    expect(paths).toContain('surprise');
    for (const detail of error.details) expect(Object.keys(detail).sort()).toEqual(['message', 'path']);
  });

  it('reports a platform without throughput for a model it serves at the platform throughput path', async () => {
    const bad = { ...handWorked, applications: [{ ...handWorked.applications[0], model: 'unknown-model' }] };
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/projections', headers: analyst.headers, payload: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { path: string }) => d.path).join(' ')).toMatch(/platforms\[0\]\.throughput/);
  });

  it.each([
    ['malformed JSON', '{"name": ', 'application/json'],
    ['a JSON array', '[]', 'application/json'],
    ['null', 'null', 'application/json'],
    ['a string', '"scenario"', 'application/json'],
    ['NaN strings', JSON.stringify({ ...handWorked, discountRateAnnual: 'NaN' }), 'application/json'],
    ['Infinity strings', JSON.stringify({ ...handWorked, energy: { ...handWorked.energy, pricePerMWh: 'Infinity' } }), 'application/json'],
    ['huge numbers', JSON.stringify({ ...handWorked, horizonMonths: 1e308 }), 'application/json'],
    ['wrong types', JSON.stringify({ ...handWorked, platforms: 'many' }), 'application/json'],
    ['missing fields', JSON.stringify({ name: 'x' }), 'application/json'],
  ])('answers %s with a 4xx and a clear message, never a 5xx', async (_label, payload, contentType) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/projections',
      headers: { ...analyst.headers, 'content-type': contentType },
      payload,
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().error.message).toMatch(/\w/);
  });

  it('requires a session or token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/projections', payload: handWorked });
    expect(res.statusCode).toBe(401);
  });
});

describe('the Projection response is the model output contract', () => {
  it('sends exactly the JSON project() returns, byte for byte', async () => {
    const { project, validateScenario } = await import('@tokenplan/model');
    const valid = validateScenario(handWorked);
    if (!valid.ok) throw new Error('fixture invalid');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/projections', headers: analyst.headers, payload: handWorked });
    expect(res.body).toBe(JSON.stringify(project(valid.scenario)));
  });

  it('documents every projection field with a title, unit and description in OpenAPI', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    const doc = res.json<{ components: { schemas: Record<string, { properties: Record<string, Record<string, string>> }> } }>();
    const platformMonth = doc.components.schemas['PlatformMonth']?.properties;
    expect(platformMonth?.['rentalCost']).toMatchObject({ title: 'GPU rental', 'x-unit': 'USD', description: 'Rented GPU-hours × price per GPU-hour.' });
    expect(doc.components.schemas['Kpis']?.properties['npv']?.['title']).toBe('NPV');
  });
});
