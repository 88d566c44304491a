// Bad input on every scenario endpoint: a 4xx in the common error shape with a useful message and
// field paths, never a 5xx. On PGlite and PostgreSQL (some problems, e.g. NUL characters, only show
// up when the database refuses them).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '@tokenplan/db/testing';
import { createTestApp, createUser, type TestApp, type TestUser } from '../helpers';
import { body, type ScenarioBody } from './api';
import { validDocument } from './fixtures';

const targets = await testDatabaseTargets();

interface ErrorShape {
  error: { code: string; message: string; details?: { path: string; message: string }[] };
}

interface Probe {
  label: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  /** A raw JSON text (sent as is) or a value (serialised). */
  payload?: string | unknown;
  contentType?: string;
}

describe.each(targets)('scenario API input checks on $kind', ({ open }) => {
  let t: TestApp;
  let user: TestUser;
  let scenario: ScenarioBody;

  beforeAll(async () => {
    t = await createTestApp(await open());
    user = await createUser(t, 'EDITOR');
    const res = await send({ label: 'seed', method: 'POST', url: '/api/v1/scenarios', payload: { document: validDocument('Target') } });
    scenario = body(res);
  });
  afterAll(async () => t.close());

  function send(probe: Probe, extraHeaders: Record<string, string> = {}) {
    const raw = typeof probe.payload === 'string';
    return t.app.inject({
      method: probe.method,
      url: probe.url,
      headers: {
        ...user.headers,
        ...(scenario ? { 'if-match': scenario.etag } : {}),
        ...(probe.payload === undefined ? {} : { 'content-type': probe.contentType ?? 'application/json' }),
        ...extraHeaders,
      },
      ...(probe.payload === undefined ? {} : { payload: raw ? (probe.payload as string) : JSON.stringify(probe.payload) }),
    });
  }

  async function expectClientError(probe: Probe, status?: number): Promise<ErrorShape> {
    const res = await send(probe);
    expect(res.statusCode, `${probe.label}: ${res.body}`).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, `${probe.label}: ${res.body}`).toBeLessThan(500);
    if (status !== undefined) expect(res.statusCode, `${probe.label}: ${res.body}`).toBe(status);
    const parsed = res.json<ErrorShape>();
    expect(Object.keys(parsed)).toEqual(['error']);
    expect(typeof parsed.error.code).toBe('string');
    expect(parsed.error.message.length).toBeGreaterThan(10);
    return parsed;
  }

  const bodyRoutes = () => [
    { method: 'POST' as const, url: '/api/v1/scenarios', valid: { document: validDocument('Probe') } },
    { method: 'PUT' as const, url: `/api/v1/scenarios/${scenario.id}`, valid: { document: validDocument('Target') } },
    { method: 'PATCH' as const, url: `/api/v1/scenarios/${scenario.id}`, valid: { name: 'Target 2' } },
    { method: 'POST' as const, url: '/api/v1/scenarios/from-template', valid: { templateId: 'own-vs-api' } },
    {
      method: 'POST' as const,
      url: '/api/v1/scenarios/import',
      valid: { format: 'tokenplan.scenarios', schemaVersion: 1, scenarios: [{ document: validDocument('Imported probe') }] },
    },
    // Optional bodies: no body (or JSON null) means no options.
    { method: 'POST' as const, url: `/api/v1/scenarios/${scenario.id}/duplicate`, valid: { name: 'Copy probe' }, optional: true },
    { method: 'POST' as const, url: `/api/v1/scenarios/${scenario.id}/revisions/1/restore`, valid: { message: 'back' }, optional: true },
  ];

  it('answers malformed JSON, non-object bodies and unknown fields on every body route with 400', async () => {
    for (const route of bodyRoutes()) {
      const at = `${route.method} ${route.url}`;
      const malformed = await expectClientError({ label: `${at} malformed`, method: route.method, url: route.url, payload: '{"document": {' }, 400);
      expect(malformed.error.message).toMatch(/JSON/i);
      for (const payload of ['[]', '"text"', '42', ...('optional' in route ? [] : ['null'])]) {
        await expectClientError({ label: `${at} ${payload}`, method: route.method, url: route.url, payload }, 400);
      }
      const unknown = await expectClientError({ label: `${at} unknown`, method: route.method, url: route.url, payload: { ...route.valid, colour: 'blue' } }, 400);
      expect(unknown.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(/colour/) })]));
      await expectClientError({ label: `${at} proto`, method: route.method, url: route.url, payload: `{"__proto__": {"admin": true}}` }, 400);
      await expectClientError({ label: `${at} text/plain`, method: route.method, url: route.url, payload: 'hello', contentType: 'text/plain' }, 415);
    }
  });

  it('answers wrong types and missing fields with 400 naming the field', async () => {
    const cases: [Probe, string][] = [
      [{ label: 'missing document', method: 'POST', url: '/api/v1/scenarios', payload: {} }, 'document'],
      [{ label: 'document is a string', method: 'POST', url: '/api/v1/scenarios', payload: { document: 'x' } }, 'document'],
      [{ label: 'draft is a string', method: 'POST', url: '/api/v1/scenarios', payload: { document: validDocument('T1'), draft: 'yes' } }, 'draft'],
      [{ label: 'visibility unknown', method: 'POST', url: '/api/v1/scenarios', payload: { document: validDocument('T2'), visibility: 'PUBLIC' } }, 'visibility'],
      [{ label: 'message too long', method: 'POST', url: '/api/v1/scenarios', payload: { document: validDocument('T3'), message: 'm'.repeat(501) } }, 'message'],
      [{ label: 'empty patch', method: 'PATCH', url: `/api/v1/scenarios/${scenario.id}`, payload: {} }, ''],
      [{ label: 'blank name', method: 'PATCH', url: `/api/v1/scenarios/${scenario.id}`, payload: { name: '   ' } }, 'name'],
      [{ label: 'template id type', method: 'POST', url: '/api/v1/scenarios/from-template', payload: { templateId: 7 } }, 'templateId'],
      [{ label: 'import format', method: 'POST', url: '/api/v1/scenarios/import', payload: { format: 'csv', schemaVersion: 1, scenarios: [] } }, 'format'],
      [{ label: 'import version', method: 'POST', url: '/api/v1/scenarios/import', payload: { format: 'tokenplan.scenarios', schemaVersion: 9, scenarios: [] } }, 'schemaVersion'],
      [{ label: 'import entry', method: 'POST', url: '/api/v1/scenarios/import', payload: { format: 'tokenplan.scenarios', schemaVersion: 1, scenarios: [{ doc: {} }] } }, 'scenarios[0]'],
    ];
    for (const [probe, path] of cases) {
      const err = await expectClientError(probe, 400);
      expect(err.error.details?.map((d) => d.path).some((p) => p.startsWith(path)), `${probe.label}: ${JSON.stringify(err)}`).toBe(true);
    }
  });

  it('refuses NaN, Infinity, huge and malformed numbers inside the document with the field path', async () => {
    const bad: [string, unknown, string][] = [
      ['discountRateAnnual', 'NaN', 'must be a number or a decimal string such as "0.25" or "1e6"'],
      ['discountRateAnnual', 'Infinity', 'must be a number or a decimal string such as "0.25" or "1e6"'],
      ['discountRateAnnual', '-Infinity', 'must be a number or a decimal string such as "0.25" or "1e6"'],
      ['fixedOpexPerMonth', '1e999', 'must be between 1e-30 and 1e24 in size (or exactly 0)'],
      ['fixedOpexPerMonth', 1e300, 'must be between 1e-30 and 1e24 in size (or exactly 0)'],
      ['horizonMonths', 1e300, 'must be at most 120'],
      ['horizonMonths', 12.5, 'must be a whole number'],
      ['horizonMonths', '12', 'must be a number'],
    ];
    for (const [field, value, message] of bad) {
      const err = await expectClientError(
        { label: `${field}=${String(value)}`, method: 'POST', url: '/api/v1/scenarios', payload: { document: { ...validDocument('Numbers'), [field]: value } } },
        400,
      );
      expect(err.error.details, `${field}=${String(value)}`).toContainEqual({ path: `document.${field}`, message });
    }
    // 1e400 in JSON text is beyond a double: it parses to Infinity, which is refused as not finite.
    const overflow = await expectClientError(
      { label: '1e400 literal', method: 'POST', url: '/api/v1/scenarios', payload: JSON.stringify({ document: validDocument('Big') }).replace('"name":"Big"', '"name":"Big","fixedOpexPerMonth":1e400') },
      400,
    );
    expect(overflow.error.details).toContainEqual({ path: 'document.fixedOpexPerMonth', message: 'must be a finite number (NaN and Infinity are not allowed)' });
  });

  it('refuses text PostgreSQL cannot store (NUL, lone surrogates) and documents nested too deeply', async () => {
    const nul = await expectClientError(
      { label: 'NUL in draft', method: 'POST', url: '/api/v1/scenarios', payload: { document: { name: 'Draft', note: 'a\u0000b' }, draft: true } },
      400,
    );
    expect(nul.error.details).toEqual([{ path: 'document.note', message: 'must not contain the NUL character (\\u0000)' }]);
    const surrogate = await expectClientError(
      { label: 'lone surrogate key', method: 'POST', url: '/api/v1/scenarios', payload: '{"document": {"name": "S", "\\ud800": 1}, "draft": true}' },
      400,
    );
    expect(surrogate.error.details?.[0]?.message).toBe('field name must not contain an unpaired UTF-16 surrogate');
    const nested = '{"a":'.repeat(20) + '1' + '}'.repeat(20); // deeper than a document may be (16), within the body limit (32)
    const deep = await expectClientError(
      { label: 'deep draft', method: 'POST', url: '/api/v1/scenarios', payload: `{"document": {"name": "Deep", "x": ${nested}}, "draft": true}` },
      400,
    );
    expect(deep.error.details?.[0]?.message).toBe('is nested too deeply (at most 16 levels)');
    await expectClientError({ label: 'NUL message', method: 'POST', url: '/api/v1/scenarios', payload: { document: validDocument('M'), message: '\u0000' } }, 400);
    await expectClientError({ label: 'NUL name', method: 'PATCH', url: `/api/v1/scenarios/${scenario.id}`, payload: { name: 'a\u0000' } }, 400);
    await expectClientError({ label: 'NUL search', method: 'GET', url: '/api/v1/scenarios?search=%00' }, 400);
  });

  it('answers bad path parameters and query strings with 400, and unknown query parameters too', async () => {
    const probes: Probe[] = [
      { label: 'id not a uuid', method: 'GET', url: '/api/v1/scenarios/not-a-uuid' },
      { label: 'id sql', method: 'GET', url: "/api/v1/scenarios/1'%20OR%201=1" },
      { label: 'revision NaN', method: 'GET', url: `/api/v1/scenarios/${scenario.id}/revisions/NaN` },
      { label: 'revision Infinity', method: 'GET', url: `/api/v1/scenarios/${scenario.id}/revisions/Infinity` },
      { label: 'revision huge', method: 'GET', url: `/api/v1/scenarios/${scenario.id}/revisions/99999999999999999999` },
      { label: 'revision beyond int4', method: 'GET', url: `/api/v1/scenarios/${scenario.id}/revisions/2147483648` },
      { label: 'revision 0', method: 'GET', url: `/api/v1/scenarios/${scenario.id}/revisions/0` },
      { label: 'limit NaN', method: 'GET', url: '/api/v1/scenarios?limit=NaN' },
      { label: 'limit Infinity', method: 'GET', url: '/api/v1/scenarios?limit=Infinity' },
      { label: 'limit 1e400', method: 'GET', url: '/api/v1/scenarios?limit=1e400' },
      { label: 'limit too big', method: 'GET', url: '/api/v1/scenarios?limit=101' },
      { label: 'offset negative', method: 'GET', url: '/api/v1/scenarios?offset=-1' },
      { label: 'limit twice', method: 'GET', url: '/api/v1/scenarios?limit=1&limit=2' },
      { label: 'sort unknown', method: 'GET', url: '/api/v1/scenarios?sort=password' },
      { label: 'unknown query', method: 'GET', url: '/api/v1/scenarios?serach=fleet' },
      { label: 'diff without from', method: 'GET', url: `/api/v1/scenarios/${scenario.id}/diff` },
      { label: 'diff from NaN', method: 'GET', url: `/api/v1/scenarios/${scenario.id}/diff?from=NaN` },
      { label: 'projection revision -1', method: 'GET', url: `/api/v1/scenarios/${scenario.id}/projection?revision=-1` },
      { label: 'revisions limit 0', method: 'GET', url: `/api/v1/scenarios/${scenario.id}/revisions?limit=0` },
      { label: 'export bad id', method: 'GET', url: '/api/v1/scenarios/export?ids=abc' },
      { label: 'import conflict policy', method: 'POST', url: '/api/v1/scenarios/import?onNameConflict=overwrite', payload: { format: 'tokenplan.scenarios', schemaVersion: 1, scenarios: [] } },
    ];
    for (const probe of probes) await expectClientError(probe, 400);
    expect((await send({ label: 'unknown route', method: 'GET', url: `/api/v1/scenarios/${scenario.id}/nothing` })).statusCode).toBe(404);
  });

  it('answers a body over 1 MiB with 413 in the common error shape', async () => {
    const padding = 'x'.repeat(1024 * 1024);
    const err = await expectClientError(
      { label: 'huge', method: 'POST', url: '/api/v1/scenarios', payload: { document: { name: 'Huge', padding }, draft: true } },
      413,
    );
    expect(err.error.code).toBe('payload_too_large');
  });

  it('never answers 5xx to arbitrary JSON bodies (property test)', async () => {
    const routes = bodyRoutes();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: routes.length - 1 }),
        fc.jsonValue({ maxDepth: 4 }),
        fc.boolean(),
        async (index, value, asDraftDocument) => {
          const route = routes[index] ?? routes[0];
          if (!route) return;
          const payload = asDraftDocument ? { document: { name: 'Fuzz', extra: value }, draft: true } : value;
          const res = await send({ label: 'fuzz', method: route.method, url: route.url, payload });
          expect(res.statusCode, `${route.method} ${route.url} ${JSON.stringify(payload)} → ${res.body}`).toBeLessThan(500);
        },
      ),
      { numRuns: 60, seed: 20261125 },
    );
  });

  it('never answers 5xx to arbitrary strings inside a draft document (NUL, surrogates, any code unit)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }), async (key, value) => {
        const res = await send({
          label: 'strings',
          method: 'POST',
          url: '/api/v1/scenarios',
          payload: JSON.stringify({ document: { name: `Fuzz ${Math.random()}`, [key]: value }, draft: true }),
        });
        expect(res.statusCode, `${JSON.stringify(key)}: ${JSON.stringify(value)} → ${res.body}`).toBeLessThan(500);
      }),
      { numRuns: 60, seed: 42 },
    );
  });
});
