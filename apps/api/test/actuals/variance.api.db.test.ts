// Versions (lock, list, baseline) and variance on both databases, against a hand-worked case.
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '@tokenplan/db/testing';
import { apiOnly, createTestApp, createUser, type TestApp, type TestUser } from '../helpers';
import { client, type Client } from '../scenarios/api';

const targets = await testDatabaseTargets();

// apiOnly (helpers.ts): 2027, one application "chat" (team "Team") on an API at $4/M, demand
// 1e9 + 1e8·t tokens: plan cost of month t = 4 · (1,000 + 100·t) = 4,000 + 400·t, no capex.
// Actuals (LiteLLM): Jan 4,200 for chat (1e9 tokens); Feb 4,000 for chat (1.1e9) + 400 unmapped.
const spendLog = JSON.stringify([
  { request_id: 'a1', startTime: '2027-01-10T00:00:00', spend: 4200, prompt_tokens: 600_000_000, completion_tokens: 400_000_000, team_id: 'chat-team' },
  { request_id: 'a2', startTime: '2027-02-10T00:00:00', spend: '4000.00', total_tokens: 1_100_000_000, team_id: 'chat-team' },
  { request_id: 'a3', startTime: '2027-02-11T00:00:00', spend: 400, team_id: 'someone-else' },
]);

describe.each(targets)('versions and variance on $kind', ({ open }) => {
  let t: TestApp;
  let editor: TestUser;
  let viewer: TestUser;
  let as: Client;
  let scenarioId: string;

  beforeAll(async () => {
    t = await createTestApp(await open());
    editor = await createUser(t, 'EDITOR');
    viewer = await createUser(t, 'VIEWER');
    as = client(t, editor);
    const created = await as('POST', '/api/v1/scenarios', { payload: { document: apiOnly, visibility: 'WORKSPACE' } });
    expect(created.statusCode, created.body).toBe(201);
    scenarioId = created.json<{ id: string }>().id;
  });
  afterAll(async () => t.close());

  it('locks versions, refuses a duplicate name, lists them and sets the baseline', async () => {
    expect((await as('GET', `/api/v1/scenarios/${scenarioId}/variance`)).json()).toMatchObject({ error: { code: 'no_baseline' } });
    expect((await client(t, viewer)('POST', `/api/v1/scenarios/${scenarioId}/versions`, { payload: { name: 'FY2027 Budget', kind: 'budget' } })).statusCode).toBe(403);
    const res = await as('POST', `/api/v1/scenarios/${scenarioId}/versions`, { payload: { name: 'FY2027 Budget', kind: 'budget' } });
    expect(res.statusCode, res.body).toBe(201);
    const { version } = res.json<{ version: { id: string } }>();
    expect(version).toMatchObject({ scenarioId, name: 'FY2027 Budget', kind: 'budget', revision: 1, lockedBy: editor.userId, lockedAt: expect.any(String) });
    const dup = await as('POST', `/api/v1/scenarios/${scenarioId}/versions`, { payload: { name: 'FY2027 Budget', kind: 'forecast' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ error: { code: 'version_name_taken' } });
    expect((await as('POST', `/api/v1/scenarios/${scenarioId}/versions`, { payload: { name: 'Old', kind: 'other', revision: 9 } })).statusCode).toBe(404);
    // No way to change a version: no PUT or DELETE route.
    expect((await as('DELETE', `/api/v1/scenarios/${scenarioId}/versions/${version.id}`)).statusCode).toBe(404);

    const listed = await client(t, viewer)('GET', `/api/v1/scenarios/${scenarioId}/versions`);
    expect(listed.json()).toEqual({ versions: [expect.objectContaining({ id: version.id })], baselineVersionId: null });
    expect((await client(t, viewer)('PUT', `/api/v1/scenarios/${scenarioId}/baseline`, { payload: { versionId: version.id } })).statusCode).toBe(403);
    const set = await as('PUT', `/api/v1/scenarios/${scenarioId}/baseline`, { payload: { versionId: version.id } });
    expect(set.json()).toEqual({ baselineVersionId: version.id });
    expect((await as('PUT', `/api/v1/scenarios/${scenarioId}/baseline`, { payload: { versionId: '00000000-0000-4000-8000-000000000000' } })).statusCode).toBe(400);
    expect((await as('GET', `/api/v1/scenarios/${scenarioId}/versions`)).json()).toMatchObject({ baselineVersionId: version.id });
    const audit = await t.db.prisma.auditEvent.findMany({ where: { entityId: scenarioId, action: { in: ['scenario.version_lock', 'scenario.baseline_set'] } } });
    expect(audit).toHaveLength(2);
  });

  it('variance, forecast and exhaustion match the hand-worked numbers', async () => {
    const rules = await as('GET', '/api/v1/actuals/mappings');
    const put = await as('PUT', '/api/v1/actuals/mappings', { ifMatch: rules.json<{ etag: string }>().etag, payload: { rules: [{ source: 'team', value: 'chat-team', target: { application: 'chat' } }] } });
    expect(put.statusCode).toBe(200);
    expect((await as('POST', '/api/v1/actuals/imports', { payload: { format: 'litellm', fileName: 'spend.json', content: spendLog } })).statusCode).toBe(201);
    // A later edit of the scenario does not move the locked version's plan.
    const current = await as('GET', `/api/v1/scenarios/${scenarioId}`);
    const patched = await as('PATCH', `/api/v1/scenarios/${scenarioId}`, { ifMatch: current.headers.etag as string, payload: { document: { apiOptions: [{ ...apiOnly.apiOptions[0], inputPricePerMTokens: 40, outputPricePerMTokens: 40 }] } } });
    expect(patched.statusCode, patched.body).toBe(200);

    const res = await client(t, viewer)('GET', `/api/v1/scenarios/${scenarioId}/variance`);
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json<{ months: Record<string, unknown>[]; byApplication: unknown[]; byTeam: unknown[]; unmapped: unknown; forecast: { total: string; factor: string; months: unknown[] }; exhaustion: unknown }>();
    expect(v.months).toHaveLength(12);
    // Jan: 4,200 − 4,000 = 200, 5 %; $/M 4,000 / 1,000 = 4 and 4,200 / 1,000 = 4.2.
    expect(v.months[0]).toEqual({ month: '2027-01', planCost: '4000', actualCost: '4200', varianceCost: '200', variancePct: '0.05', cumulativePlanCost: '4000', cumulativeActualCost: '4200', planTokens: '1000000000', actualTokens: '1000000000', varianceTokens: '0', planCostPerMTokens: '4', actualCostPerMTokens: '4.2', hasActuals: true });
    // Feb: 4,000 + 400 = 4,400 against 4,400: 0; cumulative 8,400 vs 8,600; $/M 4,400 / 1,100 = 4.
    expect(v.months[1]).toMatchObject({ planCost: '4400', actualCost: '4400', varianceCost: '0', variancePct: '0', cumulativePlanCost: '8400', cumulativeActualCost: '8600', actualCostPerMTokens: '4' });
    expect(v.months[2]).toMatchObject({ month: '2027-03', planCost: '4800', actualCost: '0', varianceCost: null, hasActuals: false });
    // chat over Jan–Feb: plan 4,000 + 4,400 = 8,400, actual 4,200 + 4,000 = 8,200 → −200.
    expect(v.byApplication).toEqual([{ id: 'chat', name: 'Chat', team: 'Team', planCost: '8400', actualCost: '8200', varianceCost: '-200', variancePct: expect.stringMatching(/^-0\.0238095238/), planTokens: '2100000000', actualTokens: '2100000000' }]);
    expect(v.byTeam).toEqual([expect.objectContaining({ team: 'Team', planCost: '8400', actualCost: '8200' })]);
    expect(v.unmapped).toEqual({ cost: '400', tokens: '0' });
    // Forecast: 4,200 + 4,400 + Σ_{t=2..11} (4,000 + 400·t) = 8,600 + 40,000 + 400·65 = 74,600.
    expect(v.forecast).toMatchObject({ rescaled: false, total: '74600' });
    expect(v.forecast.months[2]).toEqual({ month: '2027-03', cost: '4800', source: 'plan' });
    // Budget FY2027 = Σ_{t=0..11} (4,000 + 400·t) = 48,000 + 400·66 = 74,400. Burn (4,200 + 4,400)/2 = 4,300:
    // 8,600 + k·4,300 > 74,400 first at k = 16 → 2027-02 + 16 = 2028-06. Forecast 74,600 passes 74,400 in December
    // (through November: 74,600 − 8,400 = 66,200).
    expect(v.exhaustion).toEqual({ budget: '74400', atBurnRate: '2028-06', atForecast: '2027-12', fiscalYearEnd: '2027-12', withinFiscalYear: true });

    // Rescaled: factor 8,600 / 8,400; total 8,600 + 66,000 · 8,600 / 8,400 = 76,171.428571…
    const r = (await as('GET', `/api/v1/scenarios/${scenarioId}/variance?rescale=true`)).json<{ forecast: { rescaled: boolean; factor: string; total: string } }>();
    expect(r.forecast.rescaled).toBe(true);
    expect(Number(r.forecast.factor)).toBeCloseTo(8600 / 8400, 12);
    expect(Number(r.forecast.total)).toBeCloseTo(8600 + (66000 * 8600) / 8400, 6);
  });

  // Two exports through the worker pool: slow on a busy machine.
  it('the workbook has a Variance sheet and the board pack a Plan vs actual page', { timeout: 180_000 }, async () => {
    const xlsx = await as('GET', `/api/v1/scenarios/${scenarioId}/export.xlsx`);
    expect(xlsx.statusCode, xlsx.body.slice(0, 200)).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Variance');
    expect(ws).toBeDefined();
    const rowOf = (label: string) => {
      let found: ExcelJS.Row | undefined;
      ws?.eachRow((row) => {
        if (found === undefined && row.getCell(1).value === label) found = row;
      });
      if (!found) throw new Error(`no row ${label}`);
      return found;
    };
    const result = (c: ExcelJS.Cell) => (typeof c.value === 'object' && c.value !== null && 'result' in c.value ? c.value.result : c.value);
    // Same hand-worked numbers as above: Jan plan 4,000, actual 4,200, variance 200 (a live formula), 5 %.
    const jan = rowOf('2027-01');
    expect([2, 3, 4, 5].map((c) => result(jan.getCell(c)))).toEqual([4000, 4200, 200, 0.05]);
    expect(jan.getCell(4).formula).toBe('C' + jan.number + '-B' + jan.number);
    expect(rowOf('Budget (plan, fiscal year)').getCell(2).value).toBe(74400);
    expect(rowOf('Budget exhausted at forecast').getCell(2).value).toBe('2027-12');
    expect(rowOf('Exhausted inside the fiscal year').getCell(2).value).toBe('YES');

    const pdf = await as('GET', `/api/v1/scenarios/${scenarioId}/export.pdf`);
    expect(pdf.statusCode).toBe(200);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), { mergePages: true });
    expect(text).toContain('Plan vs actual');
    expect(text).toContain('measured against "FY2027 Budget"');
    expect(text).toContain('Warning: the budget runs out before the fiscal year ends (2027-12)');
  });

  it('a scenario without a baseline exports no Variance sheet', async () => {
    const created = await as('POST', '/api/v1/scenarios', { payload: { document: { ...apiOnly, name: 'No baseline' } } });
    const xlsx = await as('GET', `/api/v1/scenarios/${created.json<{ id: string }>().id}/export.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Variance')).toBeUndefined();
  });
});
