import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findReferenceEntry } from '@tokenplan/model';
import { createTestApp, createUser, type TestApp, type TestUser } from './helpers';

let t: TestApp;
let editor: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  editor = await createUser(t, 'EDITOR');
});
afterAll(async () => t.close());

const check = (payload: unknown, headers = editor.headers) => t.app.inject({ method: 'POST', url: '/api/v1/claims/check', headers, payload: payload as Record<string, unknown> });
const figure = (list: { key: string; value: string | null }[], key: string) => Number(list.find((f) => f.key === key)?.value);

describe('POST /api/v1/claims/check', () => {
  it('checks the 2-cents preset: $4.32 per GPU-hour at 100 % busy, library references with sources', async () => {
    const res = await check({ preset: 'b200-2-cents' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // 0.02 $/M × 60,000 tok/s × 3,600 s / 1e6 = 4.32
    expect(figure(body.implied, 'gpuHourAtFullBusy')).toBe(4.32);
    expect(body.presetId).toBe('b200-2-cents');
    expect(body.library.length).toBeGreaterThan(0);
    for (const row of body.library) expect(row.reference.source.url).toMatch(/^https:\/\//);
    expect(body.scenarioDocument.revenueMode).toBe('costCentre');
  });

  it('checks a typed revenue claim: $75M over 3 years on 72 GPUs is $39.64 per GPU-hour', async () => {
    const res = await check({ claim: { kind: 'revenueMultiple', investment: 5e6, revenue: '75000000', years: 3, gpus: 72, hardware: 'gb200-nvl72', model: 'deepseek-r1' } });
    expect(res.statusCode).toBe(200);
    // 75e6 / (72 × 3 × 8,760) = 39.637…
    expect(figure(res.json().implied, 'revenuePerGpuHour')).toBeCloseTo(39.637, 3);
  });

  it('holds a claim against a stored scenario, and the built scenario can be stored as it is', async () => {
    const first = await check({ preset: 'b200-2-cents' });
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/scenarios', headers: editor.headers, payload: { document: first.json().scenarioDocument } });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const res = await check({ preset: 'b200-2-cents', scenarioId: id });
    expect(res.statusCode).toBe(200);
    const row = res.json().scenario.rows[0];
    // the built scenario rents B200 at the library's 3-year tier: its all-in $/GPU-hour is that price
    const tier = Number(findReferenceEntry('rent.b200.tco-rent-3yr')?.value);
    expect(tier).toBeGreaterThan(0);
    expect(figure(row.figures, 'allInCostPerGpuHour')).toBeCloseTo(tier, 9);
    expect(figure(row.figures, 'throughput')).toBe(60000);
  });

  it('answers 400 with the field paths of a bad claim', async () => {
    const res = await check({ claim: { kind: 'costPerMTokens', costPerMTokens: '-1', tokensPerSecondPerGpu: 'fast', hardware: 'tpu', model: 'm' } });
    expect(res.statusCode).toBe(400);
    const paths = (res.json().error.details as { path: string }[]).map((d) => d.path).sort();
    expect(paths).toEqual(['claim.costPerMTokens', 'claim.hardware', 'claim.tokensPerSecondPerGpu']);
  });

  it('answers 400 for neither a preset nor a claim, an unknown preset, or an unknown field', async () => {
    expect((await check({})).json().error.details).toEqual([expect.objectContaining({ path: 'claim' })]);
    expect((await check({ preset: 'nope' })).json().error.details).toEqual([expect.objectContaining({ path: 'preset' })]);
    const unknown = await check({ preset: 'gb200-15x', extra: 1 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([expect.objectContaining({ path: 'extra' })]);
  });

  it('answers 404 for a scenario the caller cannot read, and 401 without a session', async () => {
    expect((await check({ preset: 'gb200-15x', scenarioId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    expect((await check({ preset: 'gb200-15x' }, {})).statusCode).toBe(401);
  });
});
