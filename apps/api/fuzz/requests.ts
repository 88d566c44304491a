// One fuzzed request from (world, rng): a route (weighted), a caller, and one of the categories below.
import fc from 'fast-check';
import type { Rng } from './rng';
import type { RouteSpec } from './routes';
import { routeKey } from './routes';
import { schemaArb, sampleOne, type JsonSchema } from './schemaArb';
import { PRESET_DOCUMENTS, scenarioDocument, serialize, mutateDocument, extremeDocument } from './documents';
import { BAD_IDS, BAD_VERSIONS, badHeaders, badQuery, malformedBody } from './hostile';
import type { Caller, World } from './world';
import { HOST } from './world';

export type Category = 'schema' | 'mutation' | 'extreme' | 'malformedBody' | 'badParams' | 'badQuery' | 'badHeaders' | 'unknownRoute' | `socket:${string}`;

export interface FuzzRequest {
  category: Category;
  /** `METHOD /path/:template` (or `unknown`). */
  route: string;
  caller: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

const CATEGORIES: [Category, number][] = [
  ['schema', 34], ['mutation', 24], ['extreme', 5], ['malformedBody', 11], ['badParams', 9], ['badQuery', 7], ['badHeaders', 7], ['unknownRoute', 3],
];

/** Free-object fields that hold a scenario document. */
const DOCUMENT_KEYS = new Set(['document', 'scenario']);
const SCENARIO_BODY = '/api/v1/projections';

function pickCaller(rng: Rng, world: World): Caller {
  return rng.chance(0.1) ? (world.callers[0] as Caller) : rng.pick(world.callers.slice(1));
}

function pathParam(rng: Rng, world: World, name: string, schema: JsonSchema, seed: number): string {
  if (name === 'version') return String(rng.chance(0.8) ? 1 + rng.int(3) : sampleOne(schemaArb(schema), seed));
  const r = rng.next();
  if (r < 0.75 && world.scenarios.length) return rng.pick(world.scenarios).id;
  if (r < 0.85 && world.otherIds.length) return rng.pick(world.otherIds);
  if (r < 0.95) return sampleOne(fc.uuid(), seed);
  return String(sampleOne(schemaArb(schema), seed));
}

/** Keeps Monte Carlo path counts ≤ 200: the run must stay bounded (large runs are for the benchmarks). */
function clampHeavy(rng: Rng, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => clampHeavy(rng, v));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if ((k === 'paths' || k === 'monteCarloPaths') && Number(v) > 200) out[k] = 1 + rng.int(200);
    else out[k] = DOCUMENT_KEYS.has(k) ? v : clampHeavy(rng, v);
  }
  return out;
}

function documentFor(rng: Rng, category: Category): Record<string, unknown> {
  if (category === 'mutation') return mutateDocument(rng, rng.pick(PRESET_DOCUMENTS));
  if (category === 'extreme') return extremeDocument(rng);
  return scenarioDocument(rng);
}

function body(rng: Rng, route: RouteSpec, category: Category, seed: number): string | undefined {
  if (!route.body) return undefined;
  if (route.path === SCENARIO_BODY && category !== 'schema') return serialize(documentFor(rng, category));
  if (route.path === SCENARIO_BODY && rng.chance(0.5)) return serialize(structuredClone(rng.pick(PRESET_DOCUMENTS)));
  const override = (key: string, schema: JsonSchema) =>
    // A document is a free object, or (scenarios/documentSchema.ts) a free object or the Scenario $ref.
    DOCUMENT_KEYS.has(key) && ((schema.type === 'object' && !schema.properties) || schema.anyOf !== undefined) ? fc.constant(null).map(() => documentFor(rng, category)) : undefined;
  const value = sampleOne(schemaArb(route.body, override), seed);
  return serialize(clampHeavy(rng, value));
}

function query(rng: Rng, world: World, route: RouteSpec, seed: number): string {
  const parts: string[] = [];
  for (const [i, q] of route.query.entries()) {
    if (!q.required && rng.chance(0.5)) continue;
    let v = sampleOne(schemaArb(q.schema), seed + i + 1);
    // Query values come as numbers or numeric strings (coerced parameters): clamp both.
    if ((q.name === 'monteCarloPaths' || q.name === 'paths') && Number(v) > 200) v = 1 + rng.int(200);
    if (q.name === 'ids' && world.scenarios.length) v = world.scenarios.slice(0, 1 + rng.int(3)).map((x) => x.id).join(',');
    parts.push(`${encodeURIComponent(q.name)}=${encodeURIComponent(String(v))}`);
  }
  return parts.join('&');
}
function headersFor(rng: Rng, world: World, caller: Caller, route: RouteSpec, id: string | undefined): Record<string, string> {
  const headers = { ...caller.headers };
  if (id && ['PUT', 'PATCH', 'DELETE', 'POST'].includes(route.method)) {
    const known = world.scenarios.find((s) => s.id === id);
    if (known && rng.chance(0.8)) headers['if-match'] = known.etag;
  }
  return headers;
}

/** Builds request number `index` (its own rng). */
export function buildRequest(rng: Rng, world: World, routes: RouteSpec[], seed: number): FuzzRequest {
  const category = rng.weighted(CATEGORIES);
  const caller = pickCaller(rng, world);
  if (category === 'unknownRoute') {
    const method = rng.pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']);
    const url = rng.pick(['/api/v1', '/api/v1/', '/api/v2/scenarios', '/api/v1/nope', '/api/v1/scenarios/x/y/z', '/api', '//api/v1/scenarios', '/api/v1//scenarios', '/index.html', '/assets/../../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/api/docs/json', '/api/docs', '/healthz', '/readyz', `/${'a'.repeat(5000)}`, '/api/v1/scenarios?x=%']);
    return { category, route: 'unknown', caller: caller.name, method, url, headers: { ...caller.headers } };
  }
  const eligible = routes.filter((r) => {
    if (category === 'mutation' || category === 'extreme') return r.takesScenario;
    if (category === 'malformedBody') return r.method !== 'GET';
    if (category === 'badParams') return r.pathParams.length > 0;
    if (category === 'badQuery') return r.method === 'GET' || r.query.length > 0;
    return true;
  });
  const route = rng.weighted(eligible.map((r) => [r, r.weight] as const));
  let id: string | undefined;
  let path = route.path;
  for (const [i, p] of route.pathParams.entries()) {
    let value = pathParam(rng, world, p.name, p.schema, seed + 100 + i);
    if (category === 'badParams' && (i === route.pathParams.length - 1 || rng.chance(0.5))) value = rng.pick(p.name === 'version' ? BAD_VERSIONS : BAD_IDS);
    if (p.name === 'id') id = value;
    path = path.replace(`:${p.name}`, value);
  }
  const q = category === 'badQuery' ? badQuery(rng, route.query.map((x) => x.name)) : query(rng, world, route, seed + 200);
  const url = q ? `${path}?${q}` : path;
  const headers = headersFor(rng, world, caller, route, id);
  const payload = body(rng, route, category, seed + 300);
  if (payload !== undefined) headers['content-type'] = 'application/json';
  if (category === 'malformedBody') {
    const [type, bytes] = malformedBody(rng, payload ?? '{}');
    delete headers['content-type'];
    if (type !== undefined) headers['content-type'] = type;
    return { category, route: routeKey(route), caller: caller.name, method: route.method, url, headers, payload: bytes };
  }
  if (category === 'badHeaders') Object.assign(headers, badHeaders(rng));
  if (rng.chance(0.02)) headers.host = rng.pick(['evil.example', '', `${HOST}:99999`, '[::1', 'a'.repeat(300)]);
  return { category, route: routeKey(route), caller: caller.name, method: route.method, url, headers, ...(payload !== undefined ? { payload } : {}) };
}
