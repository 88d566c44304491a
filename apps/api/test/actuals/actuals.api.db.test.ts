// Actuals on both databases: import totals equal the file's to the cent, re-import changes nothing,
// a bad row stores nothing and names the row, undo, mapping ETags, authorization.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '@tokenplan/db/testing';
import { createTestApp, createUser, type TestApp, type TestUser } from '../helpers';
import { client, type Client } from '../scenarios/api';

const targets = await testDatabaseTargets();
const sample = (name: string) => readFileSync(new URL(`../../../../samples/actuals/${name}`, import.meta.url), 'utf8');

interface MonthBody { month: string; cost: string; tokens: string; rows: number; unmapped: { cost: string; rows: number } }

describe.each(targets)('actuals imports on $kind', ({ open }) => {
  let t: TestApp;
  let editor: TestUser;
  let viewer: TestUser;
  let as: Client;

  beforeAll(async () => {
    t = await createTestApp(await open());
    editor = await createUser(t, 'EDITOR');
    viewer = await createUser(t, 'VIEWER');
    as = client(t, editor);
  });
  afterAll(async () => t.close());

  const months = async (): Promise<MonthBody[]> => (await as('GET', '/api/v1/actuals/months')).json<{ months: MonthBody[] }>().months;

  it('previews the FOCUS sample without storing it: totals, months, unmapped spend', async () => {
    const res = await as('POST', '/api/v1/actuals/imports?dryRun=true', { payload: { format: 'focus', fileName: 'focus-2027.csv', content: sample('focus-2027.csv') } });
    expect(res.statusCode).toBe(200);
    const { preview } = res.json<{ preview: Record<string, unknown> & { unmapped: { cost: string; rows: number; samples: unknown[] } } }>();
    // README: 24 rows, cost 285,289.20, tokens 3,088,000,000; untagged rows (storage, support) 6 rows, 12,473.65.
    expect(preview).toMatchObject({ format: 'focus', rows: 24, newRows: 24, duplicateRows: 0, months: ['2027-01', '2027-02', '2027-03'], totals: { cost: '285289.2', tokens: '3088000000' }, errors: [] });
    expect(preview.unmapped).toMatchObject({ cost: '12473.65', rows: 6 });
    expect(preview.unmapped.samples).toHaveLength(6);
    expect(await months()).toEqual([]);
  });

  it('imports the three samples: stored totals equal the files to the cent', async () => {
    const files = [
      ['focus', 'focus-2027.csv', 24, '285289.2', '3088000000'],
      ['litellm', 'litellm-spend-logs.json', 36, '23.53874116', '95259948'],
      ['opencost', 'opencost-allocation.json', 21, '1060099.38', '0'],
    ] as const;
    for (const [format, fileName, rows, cost, tokens] of files) {
      const res = await as('POST', '/api/v1/actuals/imports', { payload: { format, fileName, content: sample(fileName) } });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<{ import: unknown }>().import).toMatchObject({ format, fileName, rows, insertedRows: rows, duplicateRows: 0, totals: { cost, tokens }, createdBy: editor.userId, undoneAt: null });
    }
    // Per month, by Python over the three files (README): Jan 90,296.19 + 8.01596215 + 401,396.82, …
    const m = await months();
    expect(m.map((x) => [x.month, x.cost, x.rows])).toEqual([
      ['2027-01', '491701.02596215', 8 + 12 + 7],
      ['2027-02', '466610.42891888', 8 + 12 + 7],
      ['2027-03', '387100.66386013', 8 + 12 + 7],
    ]);
    // Σ = 285,289.20 + 23.53874116 + 1,060,099.38 = 1,345,412.11874116.
    // Unmapped with the default rules: FOCUS 12,473.65 + LiteLLM 2.22745815 + OpenCost 28,892.68 = 41,368.55745815.
    const sum = (xs: string[]) => xs.reduce((s, x) => s + BigInt(x.replace('.', '')) * 10n ** BigInt(8 - (x.split('.')[1]?.length ?? 0)), 0n);
    expect(sum(m.map((x) => x.cost))).toBe(134541211874116n);
    expect(sum(m.map((x) => x.unmapped.cost))).toBe(4136855745815n);
  });

  it('re-importing a file changes nothing', async () => {
    const before = await months();
    const res = await as('POST', '/api/v1/actuals/imports', { payload: { format: 'litellm', fileName: 'again.json', content: sample('litellm-spend-logs.json') } });
    expect(res.statusCode).toBe(201);
    expect(res.json<{ import: unknown }>().import).toMatchObject({ rows: 36, insertedRows: 0, duplicateRows: 36 });
    expect(await months()).toEqual(before);
    const preview = await as('POST', '/api/v1/actuals/imports?dryRun=true', { payload: { format: 'opencost', fileName: 'x.json', content: sample('opencost-allocation.json') } });
    expect(preview.json<{ preview: unknown }>().preview).toMatchObject({ newRows: 0, duplicateRows: 21 });
  });

  it('a file with a bad row is refused whole, naming the row and field', async () => {
    const before = await months();
    const imports = (await as('GET', '/api/v1/actuals/imports')).json<{ imports: unknown[] }>().imports.length;
    const lines = sample('focus-2027.csv').split('\n');
    lines[3] = (lines[3] ?? '').replace('2027-01-01T00:00:00Z,2027-02-01', 'not-a-date,2027-02-01'); // file row 4
    const content = `${lines.join('\n')}\n2027-04-01,2027-05-01,Usage,x,AWS,EC2,Compute,i-9,S,1,1,1,,,USD,,\n`;
    const res = await as('POST', '/api/v1/actuals/imports', { payload: { format: 'focus', fileName: 'bad.csv', content } });
    expect(res.statusCode).toBe(400);
    const { error } = res.json<{ error: { code: string; message: string; issues: { row: number; field: string }[] } }>();
    expect(error.code).toBe('invalid_actuals_file');
    expect(error.message).toMatch(/row 4/);
    expect(error.issues).toEqual([{ row: 4, field: 'ChargePeriodStart', message: expect.stringContaining('not-a-date') }]);
    expect(await months()).toEqual(before); // the good April row was not stored either
    expect((await as('GET', '/api/v1/actuals/imports')).json<{ imports: unknown[] }>().imports).toHaveLength(imports);
  });

  it('a file of the wrong format is a 400 saying which format it looks like', async () => {
    const res = await as('POST', '/api/v1/actuals/imports', { payload: { format: 'opencost', fileName: 'f.csv', content: sample('focus-2027.csv') } });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { issues: { message: string }[] } }>().error.issues[0]?.message).toMatch(/FOCUS/);
  });

  it('undo removes the rows of that import only and keeps it as undone', async () => {
    const list = (await as('GET', '/api/v1/actuals/imports')).json<{ imports: { id: string; fileName: string; undoneAt: string | null }[] }>().imports;
    expect(list[0]?.fileName).toBe('again.json'); // newest first
    const opencost = list.find((i) => i.fileName === 'opencost-allocation.json');
    expect((await client(t, viewer)('DELETE', `/api/v1/actuals/imports/${opencost?.id}`)).statusCode).toBe(403);
    const res = await as('DELETE', `/api/v1/actuals/imports/${opencost?.id}`);
    expect(res.statusCode).toBe(204);
    // Jan 491,701.02596215 − 401,396.82 = 90,304.20596215 (FOCUS + LiteLLM left).
    expect((await months())[0]).toMatchObject({ month: '2027-01', cost: '90304.20596215', rows: 20 });
    const after = (await as('GET', '/api/v1/actuals/imports')).json<{ imports: { id: string; undoneAt: string | null }[] }>().imports;
    expect(after.find((i) => i.id === opencost?.id)?.undoneAt).toEqual(expect.any(String));
    expect((await as('DELETE', `/api/v1/actuals/imports/${opencost?.id}`)).statusCode).toBe(409);
    // Importing it again after the undo stores it again.
    const again = await as('POST', '/api/v1/actuals/imports', { payload: { format: 'opencost', fileName: 'o.json', content: sample('opencost-allocation.json') } });
    expect(again.json<{ import: unknown }>().import).toMatchObject({ insertedRows: 21 });
    const audit = await t.db.prisma.auditEvent.findMany({ where: { action: { startsWith: 'actuals.' } } });
    expect(audit.map((a) => a.action).sort()).toEqual(['actuals.import', 'actuals.import', 'actuals.import', 'actuals.import', 'actuals.import', 'actuals.undo']);
  });

  it('stores text PostgreSQL cannot hold (NUL, a lone surrogate) as U+FFFD, not a 500', async () => {
    const content = JSON.stringify([{ request_id: 'nul-1', startTime: '2026-06-01T00:00:00', spend: 1, team_id: 'a\u0000b', request_tags: ['k:\udc00'] }]);
    const res = await as('POST', '/api/v1/actuals/imports', { payload: { format: 'litellm', fileName: 'nul.json', content } });
    expect(res.statusCode, res.body).toBe(201);
    const row = await t.db.prisma.actualRow.findFirstOrThrow({ where: { month: '2026-06' } });
    expect(row.dimensions).toMatchObject({ team: 'a\ufffdb', tags: { k: '\ufffd' } });
    expect((await as('DELETE', `/api/v1/actuals/imports/${res.json<{ import: { id: string } }>().import.id}`)).statusCode).toBe(204);
  });

  it('takes a file over 1 MiB on the import route only; over 12 MiB is a 413', async () => {
    const big = JSON.stringify([{ request_id: 'big-1', startTime: '2027-01-01T00:00:00', spend: 1, note: 'x'.repeat(2 * 1024 * 1024) }]);
    const ok = await as('POST', '/api/v1/actuals/imports?dryRun=true', { payload: { format: 'litellm', fileName: 'big.json', content: big } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ preview: unknown }>().preview).toMatchObject({ rows: 1, totals: { cost: '1' } });
    const elsewhere = await as('PUT', '/api/v1/actuals/mappings', { payload: { rules: [], padding: big }, ifMatch: '"mappings-0"' });
    expect(elsewhere.statusCode).toBe(413);
    const huge = await as('POST', '/api/v1/actuals/imports?dryRun=true', { payload: { format: 'litellm', fileName: 'huge.json', content: 'x'.repeat(13 * 1024 * 1024) } });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ error: { code: 'payload_too_large', message: expect.stringContaining('12 MiB for an actuals import') } });
  });

  it('viewers read but may not import', async () => {
    const v = client(t, viewer);
    expect((await v('GET', '/api/v1/actuals/imports')).statusCode).toBe(200);
    expect((await v('GET', '/api/v1/actuals/months?from=2027-02&to=2027-02')).json<{ months: unknown[] }>().months).toHaveLength(1);
    expect((await v('POST', '/api/v1/actuals/imports?dryRun=true', { payload: { format: 'focus', fileName: 'f', content: 'x' } })).statusCode).toBe(403);
  });

  it('mapping rules: defaults, If-Match, 412 when stale, 428 without', async () => {
    const get = await as('GET', '/api/v1/actuals/mappings');
    const { rules, etag } = get.json<{ rules: { source: string }[]; etag: string }>();
    expect(etag).toBe('"mappings-0"');
    expect(rules.length).toBeGreaterThan(0);
    const next = [{ source: 'tag', key: 'application', value: 'support-assistant', target: { application: 'support-assistant' } }];
    expect((await as('PUT', '/api/v1/actuals/mappings', { payload: { rules: next } })).statusCode).toBe(428);
    expect((await client(t, viewer)('PUT', '/api/v1/actuals/mappings', { payload: { rules: next }, ifMatch: etag })).statusCode).toBe(403);
    const put = await as('PUT', '/api/v1/actuals/mappings', { payload: { rules: next }, ifMatch: etag });
    expect(put.statusCode).toBe(200);
    const saved = put.json<{ rules: { id: string; key: string | null }[]; etag: string }>();
    expect(saved.etag).toBe('"mappings-1"');
    expect(saved.rules).toEqual([{ id: expect.any(String), ...next[0] }]);
    const stale = await as('PUT', '/api/v1/actuals/mappings', { payload: { rules: [] }, ifMatch: etag });
    expect(stale.statusCode).toBe(412);
    expect((await as('GET', '/api/v1/actuals/mappings')).json<{ rules: unknown[] }>().rules).toHaveLength(1);
    const bad = await as('PUT', '/api/v1/actuals/mappings', { payload: { rules: [{ source: 'colour', value: 'x', target: { application: 'a' } }] }, ifMatch: saved.etag });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('rules[0].source');
  });
});
