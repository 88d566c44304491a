import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_HOST, TEST_ORIGIN, type TestApp } from './helpers';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const owner = { email: 'cfo@example.com', name: 'Casey CFO', password: 'budget-cycle-planning-9' };
const sameOrigin = { host: TEST_HOST, origin: TEST_ORIGIN };

async function setUp(demoWorkspace: boolean): Promise<{ cookie: string }> {
  t = await createTestApp(undefined, { demoWorkspace });
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/setup', headers: sameOrigin, payload: owner });
  expect(res.statusCode).toBe(201);
  const cookie = String(res.headers['set-cookie']).split(';')[0] ?? '';
  return { cookie };
}

describe('demo workspace at first setup', { timeout: 120_000 }, () => {
  it('gives the new owner the two Blackwell vs Hopper pairs (internal budget, inference service), shared with the workspace', async () => {
    const { cookie } = await setUp(true);
    const res = await t?.app.inject({ method: 'GET', url: '/api/v1/scenarios?sort=name&order=asc', headers: { ...sameOrigin, cookie } });
    expect(res?.statusCode).toBe(200);
    const items = res?.json().items as { name: string; visibility: string; version: number }[];
    expect(items.map((i) => i.name)).toEqual([
      'Blackwell B200 — inference service',
      'Blackwell B200 — internal budget',
      'Hopper H100 — inference service',
      'Hopper H100 — internal budget',
    ]);
    expect(items.every((i) => i.visibility === 'WORKSPACE' && i.version === 1)).toBe(true);
  });

  it('creates the budget pair last, so it is the newest pair, and the budget projects with no revenue', async () => {
    const { cookie } = await setUp(true);
    const headers = { ...sameOrigin, cookie };
    const list = await t?.app.inject({ method: 'GET', url: '/api/v1/scenarios?sort=createdAt&order=desc', headers });
    const items = list?.json().items as { id: string; name: string; createdAt: string }[];
    const budget = items.filter((i) => i.name.endsWith('internal budget'));
    const service = items.filter((i) => i.name.endsWith('inference service'));
    expect(budget.every((b) => service.every((s) => b.createdAt > s.createdAt))).toBe(true);
    const projection = await t?.app.inject({ method: 'GET', url: `/api/v1/scenarios/${budget[0]?.id ?? ''}/projection`, headers });
    expect(projection?.statusCode).toBe(200);
    const kpis = projection?.json().projection.kpis;
    expect(Number(kpis.totalRevenue)).toBe(0);
    expect(kpis.paybackMonths).toBeNull();
    expect(Number(kpis.presentValueOfCost)).toBeGreaterThan(0);
  });

  it('creates nothing when switched off', async () => {
    const { cookie } = await setUp(false);
    const res = await t?.app.inject({ method: 'GET', url: '/api/v1/scenarios', headers: { ...sameOrigin, cookie } });
    expect(res?.json().items).toEqual([]);
  });
});
