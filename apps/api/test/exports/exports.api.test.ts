import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { OUTPUT_LABELS } from '@tokenplan/model';
import { ScenarioRepository } from '../../src/repositories/scenarios';
import { createTestApp, createUser, type TestApp, type TestUser } from '../helpers';
import { parseCsv, presetDocuments, upfrontDocument } from './fixtures';

let t: TestApp;
let alice: TestUser;
let bob: TestUser;
let privateId: string;
let draftId: string;
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  alice = await createUser(t, 'EDITOR');
  bob = await createUser(t, 'EDITOR');
  const repo = new ScenarioRepository(t.db);
  const actor = { userId: alice.userId, role: 'EDITOR' as const, via: 'session' as const, canWrite: true };
  const doc = presetDocuments()[0] as Record<string, unknown>;
  privateId = (await repo.create(actor, { name: String(doc['name']), document: doc, isDraft: false, visibility: 'PRIVATE' })).id;
  draftId = (await repo.create(actor, { name: 'Half done', document: { name: 'Half done', horizonMonths: 12 }, isDraft: true })).id;
});
afterAll(async () => t.close());

describe('GET /api/v1/scenarios/:id/export.*', () => {
  it('xlsx: content type, file name, a workbook whose NPV equals the projection endpoint’s', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/scenarios/${privateId}/export.xlsx`, headers: alice.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="tokenplan-blackwell-b200-owned-fleet-${today()}.xlsx"; filename*=UTF-8''tokenplan-blackwell-b200-owned-fleet-${today()}.xlsx`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const projection = await t.app.inject({ method: 'POST', url: '/api/v1/projections', headers: alice.headers, payload: presetDocuments()[0] });
    expect(projection.statusCode).toBe(200);
    const body = projection.json<{ kpis?: { npv: string }; projection?: { kpis: { npv: string } } }>();
    const npv = body.kpis?.npv ?? body.projection?.kpis.npv;
    let found: unknown;
    wb.getWorksheet('KPIs')?.eachRow((row) => {
      if (row.getCell(1).value === OUTPUT_LABELS.npv.label) found = (row.getCell(2).value as { result: number }).result;
    });
    expect(found).toBe(Number(npv));
  });

  it('csv: RFC 4180 text with the table in the file name', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/scenarios/${privateId}/export.csv?table=allocation`, headers: alice.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers['content-disposition']).toContain(`tokenplan-blackwell-b200-owned-fleet-allocation-${today()}.csv`);
    const rows = parseCsv(res.body);
    expect(rows[0]?.[3]).toBe('kind');
    expect(rows.length).toBe(1 + 60 * (5 + 1));
  });

  it('pdf: the Monte Carlo page is added for the run given (paths and seed), in the query or the body', async () => {
    const plain = await t.app.inject({ method: 'GET', url: `/api/v1/scenarios/${privateId}/export.pdf`, headers: alice.headers });
    const withRun = await t.app.inject({ method: 'GET', url: `/api/v1/scenarios/${privateId}/export.pdf?monteCarloPaths=300&monteCarloSeed=3`, headers: alice.headers });
    const posted = await t.app.inject({ method: 'POST', url: '/api/v1/exports/pdf', headers: alice.headers, payload: { scenarios: [{ id: privateId }], monteCarlo: { paths: 300, seed: 3 } } });
    for (const res of [plain, withRun, posted]) expect(res.statusCode).toBe(200);
    const pageCount = (pdf: Buffer) => Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1] ?? Number.NaN);
    expect(pageCount(withRun.rawPayload)).toBe(pageCount(plain.rawPayload) + 1);
    expect(pageCount(posted.rawPayload)).toBe(pageCount(withRun.rawPayload));
  });

  it('pdf: a PDF on Letter paper', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/scenarios/${privateId}/export.pdf?paper=letter`, headers: alice.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.toString('latin1')).toContain('/MediaBox [0 0 792 612]');
  });

  it('someone else’s private scenario is 404; a bad id, table or paper is 400; a draft is 409', async () => {
    const other = await t.app.inject({ method: 'GET', url: `/api/v1/scenarios/${privateId}/export.xlsx`, headers: bob.headers });
    expect(other.statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/v1/scenarios/${privateId}/export.csv` });
    expect(anonymous.statusCode).toBe(401);
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/scenarios/not-a-uuid/export.pdf', headers: alice.headers });
    expect(bad.statusCode).toBe(400);
    const table = await t.app.inject({ method: 'GET', url: `/api/v1/scenarios/${privateId}/export.csv?table=nope`, headers: alice.headers });
    expect(table.statusCode).toBe(400);
    expect(table.json().error.details[0].path).toBe('table');
    const paper = await t.app.inject({ method: 'GET', url: `/api/v1/scenarios/${privateId}/export.pdf?paper=a3`, headers: alice.headers });
    expect(paper.statusCode).toBe(400);
    const paths = await t.app.inject({ method: 'GET', url: `/api/v1/scenarios/${privateId}/export.pdf?monteCarloPaths=0`, headers: alice.headers });
    expect(paths.statusCode).toBe(400);
    expect(paths.json().error.details[0].path).toBe('monteCarloPaths');
    const draft = await t.app.inject({ method: 'GET', url: `/api/v1/scenarios/${draftId}/export.xlsx`, headers: alice.headers });
    expect(draft.statusCode).toBe(409);
    expect(draft.json().error.code).toBe('scenario_incomplete');
  });
});

describe('POST /api/v1/exports/*', () => {
  it('exports an unsaved scenario', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/exports/csv', headers: bob.headers, payload: { scenario: upfrontDocument(), table: 'fiscal-years' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`tokenplan-b200-up-front-fleet-300-nodes-fiscal-years-${today()}.csv`);
    expect(parseCsv(res.body)).toHaveLength(1 + 5);
  });

  it('compares stored ids and unsaved documents', async () => {
    const hopper = presetDocuments()[1] as Record<string, unknown>;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/exports/xlsx', headers: alice.headers, payload: { scenarios: [{ id: privateId }, { document: hopper }] } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`tokenplan-compare-blackwell-b200-owned-fleet-vs-hopper-h100-owned-fleet-${today()}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]?.name).toBe('Comparison');
  });

  it('answers 400 naming the field for an invalid scenario, too many scenarios, or both shapes; 404 for an unreadable id', async () => {
    const doc = upfrontDocument();
    doc['discountRateAnnual'] = '7';
    const invalid = await t.app.inject({ method: 'POST', url: '/api/v1/exports/pdf', headers: alice.headers, payload: { scenarios: [{ document: doc }] } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.details.map((d: { path: string }) => d.path)).toContain('scenarios[0].document.discountRateAnnual');
    const many = await t.app.inject({ method: 'POST', url: '/api/v1/exports/xlsx', headers: alice.headers, payload: { scenarios: Array.from({ length: 7 }, () => ({ document: doc })) } });
    expect(many.statusCode).toBe(400);
    const both = await t.app.inject({ method: 'POST', url: '/api/v1/exports/csv', headers: alice.headers, payload: { scenario: doc, scenarios: [{ id: privateId }] } });
    expect(both.statusCode).toBe(400);
    const none = await t.app.inject({ method: 'POST', url: '/api/v1/exports/csv', headers: alice.headers, payload: {} });
    expect(none.statusCode).toBe(400);
    const hidden = await t.app.inject({ method: 'POST', url: '/api/v1/exports/csv', headers: bob.headers, payload: { scenarios: [{ id: privateId }] } });
    expect(hidden.statusCode).toBe(404);
    const notJson = await t.app.inject({ method: 'POST', url: '/api/v1/exports/csv', headers: { ...alice.headers, 'content-type': 'application/json' }, payload: '{' });
    expect(notJson.statusCode).toBe(400);
  });
});
