// The authorization matrix: every /api/v1 route × every kind of caller → expected status.
// The route list comes from the app itself (app.apiRouteRules, filled as routes are registered), so a new
// route without a row here fails "every route is classified". Add a row to MATRIX (authz-matrix.rows.ts) for each new route:
// its rule (must equal the route's config.auth), the status a permitted caller gets, a request builder
// that makes a fresh, valid request (the caller's headers are added), and any per-caller exceptions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, expectedStatus, headersFor, MATRIX, PRINCIPALS, type Fixture } from './authz-matrix.rows';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(async () => f.t.close());

function routeKeys(): string[] {
  return f.t.app.apiRouteRules.filter((r) => r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`);
}

describe('authorization matrix', () => {
  it('every /api/v1 route is classified, and every row is a real route', () => {
    const routes = routeKeys();
    expect(routes.filter((k) => !(k in MATRIX)), 'routes without a row in MATRIX').toEqual([]);
    expect(Object.keys(MATRIX).filter((k) => !routes.includes(k)), 'rows for routes that do not exist').toEqual([]);
  });

  it('every route declares the rule the matrix expects', () => {
    const mismatched = f.t.app.apiRouteRules
      .filter((r) => r.method !== 'HEAD')
      .filter((r) => MATRIX[`${r.method} ${r.url}`]?.rule !== r.auth)
      .map((r) => `${r.method} ${r.url}: declares ${r.auth}`);
    expect(mismatched).toEqual([]);
  });

  // Every route × four callers, one request each (~1,000 requests): 15 s alone, ~50 s on the loaded CI machine.
  it('every route × caller answers with the expected status', { timeout: 240_000 }, async () => {
    const mismatches: string[] = [];
    let cells = 0;
    for (const key of routeKeys()) {
      const row = MATRIX[key];
      if (!row) continue; // reported by the classification test
      const [method, path] = key.split(' ') as [string, string];
      for (const who of PRINCIPALS) {
        const req = (await row.request?.(f, who)) ?? {};
        const res = await f.t.app.inject({
          method: method as 'GET',
          url: req.url ?? path,
          headers: { ...(await headersFor(f, who)), ...req.headers },
          ...(req.payload ? { payload: req.payload } : {}),
        });
        cells += 1;
        const expected = expectedStatus(row, who);
        if (res.statusCode !== expected) mismatches.push(`${key} as ${who}: ${res.statusCode} (expected ${expected}) ${res.body.slice(0, 120)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(cells).toBe(Object.keys(MATRIX).length * PRINCIPALS.length);
  });

  it('HEAD variants of GET routes carry the same rule', async () => {
    const heads = f.t.app.apiRouteRules.filter((r) => r.method === 'HEAD');
    for (const head of heads) expect(MATRIX[`GET ${head.url}`]?.rule, head.url).toBe(head.auth);
    const res = await f.t.app.inject({ method: 'HEAD', url: '/api/v1/auth/me' });
    expect(res.statusCode).toBe(401);
  });
});
