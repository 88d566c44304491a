// The routes to fuzz, read from the app itself: its OpenAPI document (paths, parameters, body schemas)
// and app.apiRouteRules (every /api/v1 route, in case one is missing from the document). A new route is
// fuzzed without any change here; only its weight may need a line below.
import type { App } from '../src/app';
import type { JsonSchema } from './schemaArb';

export interface RouteSpec {
  method: string;
  /** Fastify form: `/api/v1/scenarios/:id`. */
  path: string;
  pathParams: { name: string; schema: JsonSchema }[];
  query: { name: string; required: boolean; schema: JsonSchema }[];
  body?: JsonSchema;
  /** Relative share of requests. */
  weight: number;
  /** Exports and analyses: CPU-heavy, so fewer requests and small path counts. */
  heavy: boolean;
  /** The body carries a scenario document (a `document` or `scenario` field, or is one). */
  takesScenario: boolean;
}

interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema: JsonSchema }> };
}

const HEAVY = /\/(export\.(pdf|xlsx|csv)|exports\/|analysis\/)/;
// Routes that hash a password (scrypt, ~50 ms each) or end the caller's own session.
const PASSWORD = /\/auth\/(setup|login|password)$|\/invites\/accept$/;

function weightOf(method: string, path: string): number {
  if (/\/analysis\/montecarlo$|export\.pdf$|exports\/pdf$/.test(path)) return 0.25;
  if (HEAVY.test(path)) return 0.5;
  if (PASSWORD.test(path)) return 0.4;
  if (path.endsWith('/auth/logout')) return 0.3;
  if (path.startsWith('/api/v1/scenarios') || path === '/api/v1/projections') return method === 'GET' ? 1.5 : 2;
  return 1;
}

/** Every route of `app` with its parameters and body schema. */
export async function discoverRoutes(app: App): Promise<RouteSpec[]> {
  const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
  if (res.statusCode !== 200) throw new Error(`GET /api/docs/json answered ${res.statusCode}`);
  const doc = res.json<{ paths: Record<string, Record<string, OpenApiOperation>> }>();
  const routes = new Map<string, RouteSpec>();
  for (const [template, operations] of Object.entries(doc.paths)) {
    const path = template.replace(/\{([^}]+)\}/g, ':$1');
    for (const [lower, op] of Object.entries(operations)) {
      const method = lower.toUpperCase();
      const params = op.parameters ?? [];
      const content = op.requestBody?.content;
      routes.set(`${method} ${path}`, {
        method,
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => ({ name: p.name, schema: p.schema })),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: p.required ?? false, schema: p.schema })),
        body: content ? Object.values(content)[0]?.schema : undefined,
        weight: weightOf(method, path),
        heavy: HEAVY.test(path),
        takesScenario: path === '/api/v1/projections' || /"(document|scenario)"/.test(JSON.stringify(content ?? {})),
      });
    }
  }
  // Any /api/v1 route the document lacks is still fuzzed (without schema-derived bodies).
  for (const rule of app.apiRouteRules) {
    if (rule.method === 'HEAD' || routes.has(`${rule.method} ${rule.url}`)) continue;
    const names = [...rule.url.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1] as string);
    routes.set(`${rule.method} ${rule.url}`, {
      method: rule.method,
      path: rule.url,
      pathParams: names.map((name) => ({ name, schema: { type: 'string' } })),
      query: [],
      weight: weightOf(rule.method, rule.url),
      heavy: HEAVY.test(rule.url),
      takesScenario: false,
    });
  }
  return [...routes.values()];
}

export function routeKey(r: Pick<RouteSpec, 'method' | 'path'>): string {
  return `${r.method} ${r.path}`;
}
