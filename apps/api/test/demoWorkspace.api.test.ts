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

describe('demo workspace at first setup', () => {
  it('gives the new owner the Blackwell vs Hopper pair, shared with the workspace', async () => {
    const { cookie } = await setUp(true);
    const res = await t?.app.inject({ method: 'GET', url: '/api/v1/scenarios?sort=name&order=asc', headers: { ...sameOrigin, cookie } });
    expect(res?.statusCode).toBe(200);
    const items = res?.json().items as { name: string; visibility: string; version: number }[];
    expect(items.map((i) => i.name)).toEqual(['Blackwell B200 — owned fleet', 'Hopper H100 — owned fleet']);
    expect(items.every((i) => i.visibility === 'WORKSPACE' && i.version === 1)).toBe(true);
  });

  it('creates nothing when switched off', async () => {
    const { cookie } = await setUp(false);
    const res = await t?.app.inject({ method: 'GET', url: '/api/v1/scenarios', headers: { ...sameOrigin, cookie } });
    expect(res?.json().items).toEqual([]);
  });
});
