// Bad-input sweep, route by route: every route listed by the app's own OpenAPI document gets bodies
// that are not a JSON object, media types that are not JSON, unknown query keys and path parameters
// that are not ids; then the inputs the sweep found answering 500 (If-Match versions beyond a 32-bit
// integer, NUL in a comment, actuals files whose amounts overflow the stored columns). Each answer is a
// 4xx in our shape, { error: { code, message, … } }, with the field's path where the schema names one.
// Cases already in errorShapes / errorPaths / numericInputs (bad JSON, empty body, XML, too deep,
// bad percent-encoding, overlong param, numeric formats) are not repeated here.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiOnly, createTestApp, createUser, type TestApp, type TestUser } from './helpers';

let t: TestApp;
let owner: TestUser;
let editor: TestUser;
let ids: Record<string, string>;
let routes: { method: string; template: string; query: string[]; params: string[]; body: boolean }[];

beforeAll(async () => {
  t = await createTestApp();
  owner = await createUser(t, 'OWNER');
  editor = await createUser(t, 'EDITOR');
  const post = async (url: string, payload: object) => {
    const res = await t.app.inject({ method: 'POST', url, headers: owner.headers, payload });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };
  const scenario = await post('/api/v1/scenarios', { document: apiOnly });
  const comment = await post(`/api/v1/scenarios/${scenario.id}/comments`, { body: 'first' });
  const invite = await post('/api/v1/invites', { role: 'VIEWER' });
  const token = await post('/api/v1/tokens', { name: 'sweep', scope: 'READ' });
  const file = { format: 'litellm', fileName: 'one.json', content: JSON.stringify([{ request_id: 'r1', spend: 1, startTime: '2027-01-05T00:00:00Z', total_tokens: 10 }]) };
  const imported = await post('/api/v1/actuals/imports', file);
  ids = { scenario: scenario.id, commentId: comment.comment.id, invite: invite.invite.id, token: token.token.id, user: editor.userId, import: imported.import.id };

  const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{ paths: Record<string, Record<string, OpenApiOperation>> }>();
  routes = Object.entries(doc.paths).flatMap(([template, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      template,
      query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      params: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      body: op.requestBody !== undefined,
    })),
  );
});
afterAll(async () => t.close());

interface OpenApiOperation {
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
}

interface ErrorBody {
  error: { code: string; message: string; details?: { path: string; message: string }[] };
}

/** A URL for `template` with real ids of the set-up workspace (`bad` replaces parameter `param`). */
function urlOf(template: string, bad?: { param: string; value: string }): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (bad?.param === name) return bad.value;
    if (name === 'version') return '1';
    if (name === 'commentId') return ids.commentId as string;
    const family = /\/(invites|tokens|users|imports)\/\{id\}/.exec(template)?.[1];
    return (family ? { invites: ids.invite, tokens: ids.token, users: ids.user, imports: ids.import }[family] : ids.scenario) as string;
  });
}

/** Asserts a 4xx in our error shape; returns the error for further checks. */
function expectClientError(res: { statusCode: number; body: string }, what: string): ErrorBody['error'] {
  expect(res.statusCode, `${what} → ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, `${what} → ${res.body.slice(0, 300)}`).toBeLessThan(500);
  const { error } = JSON.parse(res.body) as ErrorBody;
  expect(typeof error.code, what).toBe('string');
  expect(error.message.length, what).toBeGreaterThan(0);
  return error;
}

const paths = (error: ErrorBody['error']) => (error.details ?? []).map((d) => d.path);
// Bodies that may be absent or null (duplicate, restore a revision): null is a valid body there.
const NULLISH_BODY = /\/(duplicate|restore)$/;
// Routes whose password hashing or session ending would disturb the other cases (covered elsewhere).
const SKIP = /\/auth\/(logout|password)$/;

describe('every JSON-body route: bodies that are not a JSON object', () => {
  const cases: [string, string][] = [
    ['null', 'null'],
    ['a string', '"scenario"'],
    ['a number beyond a double (1e309)', '1e309'],
    ['minus zero', '-0'],
    ['an array of objects', '[{"name":"x"}]'],
  ];
  it.each(cases)('%s → 400 validation_failed at the body itself (path "")', async (_, payload) => {
    let tried = 0;
    for (const route of routes.filter((r) => r.body && !SKIP.test(r.template))) {
      if (payload === 'null' && NULLISH_BODY.test(route.template)) continue;
      const what = `${route.method} ${route.template} ${payload}`;
      const res = await t.app.inject({ method: route.method as 'POST', url: urlOf(route.template), headers: { ...owner.headers, 'content-type': 'application/json', 'if-match': '"0"' }, payload });
      const error = expectClientError(res, what);
      expect(res.statusCode, what).toBe(400);
      expect(error.code, what).toBe('validation_failed');
      expect(paths(error), what).toContain('');
      tried += 1;
    }
    expect(tried).toBeGreaterThan(30);
  });

  const mediaTypes: [string, string][] = [
    ['multipart/form-data; boundary=XX', '--XX\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--XX--\r\n'],
    ['application/x-www-form-urlencoded', 'name=x&draft=true'],
    ['text/csv', 'name,draft\nx,true\n'],
  ];
  it.each(mediaTypes)('%s where JSON is expected → 415 unsupported_media_type', async (contentType, payload) => {
    let tried = 0;
    for (const route of routes.filter((r) => r.body && !SKIP.test(r.template))) {
      const res = await t.app.inject({ method: route.method as 'POST', url: urlOf(route.template), headers: { ...owner.headers, 'content-type': contentType }, payload });
      const what = `${route.method} ${route.template} as ${contentType}`;
      expect(res.statusCode, what).toBe(415);
      expect(expectClientError(res, what).code, what).toBe('unsupported_media_type');
      tried += 1;
    }
    expect(tried).toBeGreaterThan(30);
  });
});

describe('every route with a query string: an unknown key with an odd value', () => {
  it.each(['%00', 'Infinity', '-0', encodeURIComponent('💸'.repeat(50))])('?zz=%s → 400 naming zz', async (value) => {
    let tried = 0;
    // GET routes: a body route validates its body first (its query keys are covered by the body routes' schemas).
    for (const route of routes.filter((r) => r.query.length > 0 && r.method === 'GET')) {
      const what = `${route.method} ${route.template}?zz=${value}`;
      const res = await t.app.inject({ method: route.method as 'GET', url: `${urlOf(route.template)}?zz=${value}`, headers: owner.headers });
      const error = expectClientError(res, what);
      expect(res.statusCode, what).toBe(400);
      expect(error.details, what).toContainEqual({ path: 'zz', message: 'Unknown field.' });
      tried += 1;
    }
    expect(tried).toBeGreaterThanOrEqual(10);
  });
});

describe('every route with path parameters: values that are not ids', () => {
  const values: [string, string][] = [
    ['not a UUID', 'not-a-uuid'],
    ['NUL', '%00'],
    ['unicode', encodeURIComponent('ünï💸')],
    ['a UUID with a NUL after it', '3f1c2a9e-8b7d-4c6e-9a1b-2d3e4f5a6b7c%00'],
    ['99 characters', 'a'.repeat(99)],
  ];
  it.each(values)('%s → 400 validation_failed naming the parameter', async (_, value) => {
    let tried = 0;
    for (const route of routes.filter((r) => r.params.length > 0 && !SKIP.test(r.template))) {
      for (const param of route.params) {
        const url = urlOf(route.template, { param, value });
        const what = `${route.method} ${url.slice(0, 160)}`;
        const res = await t.app.inject({ method: route.method as 'GET', url, headers: { ...owner.headers, 'if-match': '"0"' }, ...(route.body ? { payload: {} } : {}) });
        const error = expectClientError(res, what);
        expect(res.statusCode, what).toBe(400);
        expect(paths(error), what).toContain(param);
        tried += 1;
      }
    }
    expect(tried).toBeGreaterThan(30);
  });
});

describe('If-Match naming a version no 32-bit counter reaches (500 before: the number went to the database)', () => {
  const rules = { rules: [{ source: 'tag', key: 'application', value: 'chat', target: { application: 'chat' } }] };
  it.each(['"mappings-2147483648"', '"mappings-99999999999999999999"', 'W/"mappings-9999999999"'])('PUT /actuals/mappings If-Match %s → 412 stale_mappings', async (ifMatch) => {
    const res = await t.app.inject({ method: 'PUT', url: '/api/v1/actuals/mappings', headers: { ...owner.headers, 'if-match': ifMatch }, payload: rules });
    expect(res.statusCode, res.body).toBe(412);
    expect(expectClientError(res, ifMatch).code).toBe('stale_mappings');
  });

  it.each(['"sharing-2147483648"', '"sharing-99999999999999999999"'])('PUT /scenarios/:id/sharing If-Match %s → 412 stale_sharing', async (ifMatch) => {
    const payload = { visibility: 'PRIVATE', workspaceRole: 'VIEWER', grants: [{ userId: editor.userId, role: 'VIEWER' }] };
    const res = await t.app.inject({ method: 'PUT', url: `/api/v1/scenarios/${ids.scenario}/sharing`, headers: { ...owner.headers, 'if-match': ifMatch }, payload });
    expect(res.statusCode, res.body).toBe(412);
    expect(expectClientError(res, ifMatch).code).toBe('stale_sharing');
  });
});

describe('comments: text that cannot be stored (500 before: PostgreSQL refuses NUL)', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['an unpaired surrogate', 'a\ud800b'],
    ['a control character', 'a\u0007b'],
  ])('%s in a new or edited comment → 400 naming body', async (_, body) => {
    const created = await t.app.inject({ method: 'POST', url: `/api/v1/scenarios/${ids.scenario}/comments`, headers: owner.headers, payload: { body } });
    const edited = await t.app.inject({ method: 'PATCH', url: `/api/v1/scenarios/${ids.scenario}/comments/${ids.commentId}`, headers: owner.headers, payload: { body } });
    for (const res of [created, edited]) {
      const error = expectClientError(res, body);
      expect(res.statusCode).toBe(400);
      expect(paths(error)).toEqual(['body']);
    }
  });

  it('line breaks and tabs stay allowed in a comment', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/scenarios/${ids.scenario}/comments`, headers: owner.headers, payload: { body: 'line 1\r\n\tline 2' } });
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('actuals imports: odd files', () => {
  const sample = readFileSync(new URL('../../../samples/actuals/focus-2027.csv', import.meta.url), 'utf8');
  const header = sample.split('\n')[0] as string;
  const importFile = (content: string, dryRun = false, format = 'focus') =>
    t.app.inject({ method: 'POST', url: `/api/v1/actuals/imports?dryRun=${dryRun}`, headers: owner.headers, payload: { format, fileName: 'odd.csv', content } });

  it('a byte order mark, CRLF or CR line ends read as the plain file (README: 24 rows, 285,289.20)', async () => {
    for (const content of [`\ufeff${sample}`, sample.replace(/\n/g, '\r\n'), sample.replace(/\n/g, '\r')]) {
      const res = await importFile(content, true);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().preview).toMatchObject({ rows: 24, totals: { cost: '285289.2' }, errors: [] });
    }
  });

  it.each([
    ['only the header', header],
    ['the header and empty lines', `${header}\n\n\r\n\n`],
    ['10,000 columns and no row', Array.from({ length: 10_000 }, (_, i) => `x_c${i}`).join(',')],
  ])('%s → 400 invalid_actuals_file on the header row, nothing imported', async (_, content) => {
    const error = expectClientError(await importFile(content), 'file');
    expect(error.code).toBe('invalid_actuals_file');
    expect(paths(error)[0]).toMatch(/^content\.rows\[1\]/);
  });

  it('an unclosed quote runs to the end of the file: the cell it swallowed is named', async () => {
    const error = expectClientError(await importFile('ChargePeriodStart,BilledCost,Tags\n2027-01-01,1,"{}\n2027-02-01,2,"{}"'), 'quote');
    expect(error.code).toBe('invalid_actuals_file');
    expect(paths(error)).toEqual(['content.rows[2].Tags']);
  });

  // Each row within the per-row bound (< 1e17), 12 rows of 99,999,999,999,999,999 total
  // 1,199,999,999,999,999,988 ≥ 1e18: the import's total no longer fits NUMERIC(38, 20).
  const big = '99999999999999999';
  it.each([
    ['focus', `ChargePeriodStart,BilledCost,ResourceId\n${Array.from({ length: 12 }, (_, i) => `2027-01-01,${big},r${i}`).join('\n')}`],
    // 99,999,999,999,999,984 is the double nearest below 1e17 (12 × it = 1,199,999,999,999,999,808).
    ['litellm', JSON.stringify(Array.from({ length: 12 }, (_, i) => ({ request_id: `big${i}`, spend: 99999999999999984, startTime: '2027-01-01T00:00:00Z' })))],
  ])('%s: a file whose total cost reaches 1e18 → 400 naming the file, and the preview says so (500 before)', async (format, content) => {
    const error = expectClientError(await importFile(content, false, format), format);
    expect(error.code).toBe('invalid_actuals_file');
    expect(paths(error)).toEqual(['content']);
    expect(error.message).not.toContain('row 0');
    const preview = await importFile(content, true, format);
    expect(preview.statusCode).toBe(200);
    expect(preview.json().preview.errors).toEqual([{ row: 0, field: '', message: expect.stringContaining('1e18') }]);
  });

  it.each(['litellm', 'opencost'])('%s: 10 MB of nested brackets → 400 at row 1 (503 job_memory_limit after ~10 s before: parsed twice)', async (format) => {
    const half = 5 * 1024 * 1024 - 16;
    const error = expectClientError(await importFile('['.repeat(half) + ']'.repeat(half), false, format), format);
    expect(error.code).toBe('invalid_actuals_file');
    expect(paths(error)).toEqual(['content.rows[1]']);
    expect(error.details?.[0]?.message).toContain('nested more than 64 levels');
  });

  it('a period that starts after year 9999 in UTC → 400 naming the cell (it was stored as month "10000-01", sorted before 2027-01)', async () => {
    const error = expectClientError(await importFile('ChargePeriodStart,BilledCost\n9999-12-31T23:00:00-05:00,1'), 'year');
    expect(error.code).toBe('invalid_actuals_file');
    expect(paths(error)).toEqual(['content.rows[2].ChargePeriodStart']);
  });

  it('FOCUS: tokens of a row beyond the stored range (a huge ConsumedUnit) → 400 naming the cell (500 before)', async () => {
    // 10 × 1e40 tokens per unit = 1e41 tokens: beyond NUMERIC(38, 6) and the per-row bound of 1e17.
    const content = `ChargePeriodStart,BilledCost,ConsumedQuantity,ConsumedUnit\n2027-01-01,1,10,1${'0'.repeat(40)} tokens`;
    const error = expectClientError(await importFile(content), 'tokens');
    expect(error.code).toBe('invalid_actuals_file');
    expect(paths(error)).toEqual(['content.rows[2].ConsumedQuantity']);
  });
});
