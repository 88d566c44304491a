// A small run of the API fuzzer (fuzz/, `pnpm fuzz` for the full one) on every database: schema-derived,
// mutated and malformed requests across every route, as every kind of caller; none may get a 5xx,
// throw or hang. The seed is fixed, so a failure here is reproducible with `pnpm fuzz --seed 1402`.
import { describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '@tokenplan/db/testing';
import { runFuzz } from '../fuzz/fuzz';
import { failures } from '../fuzz/report';

const COUNT = 1_500;
const SEED = 1402;
const targets = await testDatabaseTargets();

describe.each(targets)('fuzz on $kind', (target) => {
  it(`${COUNT} requests, no 5xx`, { timeout: 240_000 }, async () => {
    const db = await target.open();
    try {
      const report = await runFuzz({ database: target.kind, db, count: COUNT, seed: SEED, deadline: Number.POSITIVE_INFINITY });
      const failing = failures(report).map((f) => `#${f.index} ${f.kind} ${f.status ?? ''} ${f.method} ${f.url.slice(0, 120)} (${f.caller}, ${f.category}) → ${f.response.slice(0, 400)}`);
      expect(failing).toEqual([]);
      expect(report.sent + report.socketSent).toBe(COUNT);
      // Every route was reached (the list comes from the app, so a new route is fuzzed without a change here).
      expect(report.routes.length).toBeGreaterThan(40);
      expect(report.routes.filter((route) => !report.byRoute[route])).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
