import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers';

interface Operation {
  tags?: string[];
  summary?: string;
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

let t: TestApp;
let paths: Record<string, Record<string, Operation>>;
let components: Record<string, unknown>;

beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
  const openapi = res.json<{ paths: typeof paths; components: { schemas: Record<string, unknown> } }>();
  paths = openapi.paths;
  components = openapi.components.schemas;
});
afterAll(async () => t.close());

// Every scenario route, as OpenAPI writes it ({id} for :id), with whether it takes a JSON body.
const ROUTES: [string, string, boolean][] = [
  ['get', '/api/v1/scenarios', false],
  ['post', '/api/v1/scenarios', true],
  ['get', '/api/v1/scenarios/templates', false],
  ['post', '/api/v1/scenarios/from-template', true],
  ['get', '/api/v1/scenarios/trash', false],
  ['get', '/api/v1/scenarios/export', false],
  ['post', '/api/v1/scenarios/import', true],
  ['get', '/api/v1/scenarios/{id}', false],
  ['put', '/api/v1/scenarios/{id}', true],
  ['patch', '/api/v1/scenarios/{id}', true],
  ['delete', '/api/v1/scenarios/{id}', false],
  ['post', '/api/v1/scenarios/{id}/restore', false],
  ['post', '/api/v1/scenarios/{id}/duplicate', true],
  ['get', '/api/v1/scenarios/{id}/revisions', false],
  ['get', '/api/v1/scenarios/{id}/revisions/{version}', false],
  ['post', '/api/v1/scenarios/{id}/revisions/{version}/restore', true],
  ['get', '/api/v1/scenarios/{id}/diff', false],
  ['get', '/api/v1/scenarios/{id}/projection', false],
];

describe('OpenAPI document for /api/v1/scenarios', () => {
  it('lists every scenario route', () => {
    const listed = Object.entries(paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`));
    expect(listed).toEqual(expect.arrayContaining(ROUTES.map(([m, p]) => `${m} ${p}`)));
  });

  it.each(ROUTES)('%s %s has a summary, its request schemas and a JSON response schema per status', (method, path, hasBody) => {
    const op = paths[path]?.[method];
    if (!op) throw new Error(`${method} ${path} missing`);
    expect(op.tags).toEqual(['scenarios']);
    expect(op.summary?.length).toBeGreaterThan(10);
    if (hasBody) expect(op.requestBody?.content['application/json']?.schema).toBeTypeOf('object');
    else expect(op.requestBody).toBeUndefined();
    if (path.includes('{id}')) expect(op.parameters?.some((p) => p.name === 'id' && p.in === 'path')).toBe(true);
    const statuses = Object.keys(op.responses);
    const success = statuses.filter((s) => s.startsWith('2'));
    expect(success).toHaveLength(1);
    for (const status of [...success, '400', '401', '404']) {
      expect(op.responses[status]?.content?.['application/json']?.schema, `${method} ${path} ${status}`).toBeTypeOf('object');
    }
    const writes = ['put', 'patch', 'delete'].includes(method) || path.endsWith('/revisions/{version}/restore');
    expect(statuses.includes('412') && statuses.includes('428')).toBe(writes);
  });

  it('documents the query parameters of the list', () => {
    const names = paths['/api/v1/scenarios']?.['get']?.parameters?.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['search', 'scope', 'sort', 'order', 'limit', 'offset']));
  });

  // The document's own fields, wherever a scenario document goes in or comes out (not `record<string, unknown>`).
  it.each([
    ['post', '/api/v1/scenarios', 'request'],
    ['put', '/api/v1/scenarios/{id}', 'request'],
    ['post', '/api/v1/scenarios/import', 'request'],
    ['get', '/api/v1/scenarios/{id}', '200'],
    ['get', '/api/v1/scenarios/{id}/revisions/{version}', '200'],
    ['get', '/api/v1/scenarios/export', '200'],
  ])('%s %s shows the Scenario document fields in its %s schema', (method, path, where) => {
    const op = paths[path]?.[method];
    const content = where === 'request' ? op?.requestBody?.content : op?.responses[where]?.content;
    const schema = JSON.stringify(content?.['application/json']?.schema);
    // The Scenario is a shared component (ScenarioInput for requests, Scenario for answers): follow the $ref.
    const ref = /"#\/components\/schemas\/(Scenario(?:Input)?)"/.exec(schema)?.[1];
    expect(ref, `${method} ${path} ${where} refers to the Scenario`).toBe(where === 'request' ? 'ScenarioInput' : 'Scenario');
    const text = JSON.stringify(components[ref ?? '']);
    for (const field of ['horizonMonths', 'discountRateAnnual', 'platforms', 'apiOptions', 'applications', 'servedBy', 'softwareCurve']) {
      expect(text, `${method} ${path} ${where}: ${field}`).toContain(`"${field}"`);
    }
  });
});
