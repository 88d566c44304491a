import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal';
import { compileScenario, createWorkspace, monthlyRate, npvFloat, projectFloat, type FloatProjection } from '../../src/fast';
import { PRESETS } from '../../src/presets';
import { runProjection, type ProjectionValues } from '../../src/projection/run';
import { scenarioSchema, type Scenario } from '../../src/scenario/schema';
import { largeScenario, typicalScenario } from '../fixtures/typical';
import { scenarioInputArbitrary } from './arbitraries';

const LINES = [
  'demandTokens', 'servedTokens', 'revenue', 'energyMWh', 'energyCost', 'hosting', 'maintenance',
  'apiCost', 'rentalCost', 'opex', 'capex', 'depreciation', 'pnlCost', 'cashFlow', 'budget',
] as const;
type Line = (typeof LINES)[number];

/** Gross magnitude of a month line: the sum of the absolute values it is made of. */
function gross(values: ProjectionValues, line: Line, t: number): number {
  const m = values.months[t];
  if (!m) return 0;
  const n = (d: Decimal) => Math.abs(d.toNumber());
  if (line === 'cashFlow') return n(m.revenue) + n(m.opex) + n(m.capex);
  return n(m[line]);
}

/**
 * The first disagreement between the Decimal engine and the fast path beyond 1e-9 of the line's
 * gross magnitude, plus 1e-12 of the line's largest gross month (sums that cancel to ~0) and the
 * resolution of the Decimal engine's grids (token counts are rounded to 1e-6 token, money to
 * 1e-20 USD, so a 1e-6-token rounding of a served amount moves revenue by up to ~1e-10 USD):
 * 1e-5 token, 1e-9 USD. Null when all agree.
 */
function disagreement(s: Scenario, values: ProjectionValues, fast: FloatProjection): string | null {
  const H = s.horizonMonths;
  for (const line of LINES) {
    let largest = 0;
    for (let t = 0; t < H; t++) largest = Math.max(largest, gross(values, line, t));
    for (let t = 0; t < H; t++) {
      const exact = values.months[t]?.[line].toNumber() ?? NaN;
      const approx = fast[line][t] ?? NaN;
      const floor = line === 'demandTokens' || line === 'servedTokens' ? 1e-5 : 1e-9;
      const tolerance = 1e-9 * gross(values, line, t) + 1e-12 * largest + floor;
      if (!(Math.abs(exact - approx) <= tolerance)) return `${line}[${t}]: Decimal ${exact}, float ${approx}`;
    }
  }
  values.platforms.forEach((run, p) => {
    run.operations.months.forEach((m, t) => {
      if (m.nodes.toNumber() !== fast.nodes[p * H + t]) throw new Error(`nodes of ${run.platform.id} at ${t}: ${m.nodes.toFixed()} vs ${fast.nodes[p * H + t]}`);
    });
  });
  const m = monthlyRate(Number(s.discountRateAnnual));
  const exactNpv = values.kpis.npv?.toNumber() ?? NaN;
  let grossNpv = 0;
  for (let t = 0; t < H; t++) grossNpv += gross(values, 'cashFlow', t) / Math.pow(1 + m, t);
  const fastNpv = npvFloat(fast.cashFlow, m);
  if (!(Math.abs(exactNpv - fastNpv) <= 1e-9 * grossNpv + 1e-9 * H)) return `npv: Decimal ${exactNpv}, float ${fastNpv}`;
  return null;
}

/**
 * True when some platform-month's nodes needed `ceil(B/c)` (or the power cap's floor) sits within
 * 1e-9 of a whole number: there float64 and Decimal may round to different node counts.
 */
function onKnifeEdge(values: ProjectionValues): boolean {
  const near = (x: Decimal) => !x.isZero() && x.minus(x.round()).abs().lte(x.abs().times('1e-9'));
  const pue = new Decimal(values.scenario.energy.pue);
  return values.platforms.some((run) => {
    const p = run.platform;
    if (p.powerCapKw !== undefined && near(new Decimal(p.powerCapKw).div(pue.times(p.powerKwPerNode)))) return true;
    return run.operations.months.some((m, t) => {
      // busyGpuHours is B (f·B when short of nodes, but then the cap decides, not the ceil)
      const perNode = new Decimal(p.gpusPerNode).times(values.calendar[t]?.hours ?? 0).times(p.fleet.targetUtilization);
      return near(m.busyGpuHours.div(perNode));
    });
  });
}

function check(s: Scenario): string | null {
  const values = runProjection(s);
  return disagreement(s, values, projectFloat(compileScenario(s)));
}

describe('float64 fast path against the Decimal engine', () => {
  it('agrees on every month line, node count and NPV of the typical scenario', () => {
    expect(check(typicalScenario)).toBeNull();
  });

  it('agrees on the large scenario (120 months, 200 applications, 20 platforms)', () => {
    expect(check(largeScenario())).toBeNull();
  });

  it('agrees on every preset scenario', () => {
    const presets = PRESETS.flatMap((p) => p.scenarios.map((input) => scenarioSchema.parse(input)));
    expect(presets.length).toBeGreaterThan(0);
    for (const s of presets) expect(check(s), s.name).toBeNull();
  });

  it('gives the same result when a workspace is reused across scenarios of one shape', () => {
    const fs = compileScenario(typicalScenario);
    const ws = createWorkspace(fs);
    const first = Array.from(projectFloat(fs, ws).cashFlow);
    projectFloat({ ...fs, energyPrice: fs.energyPrice * 3 }, ws);
    expect(Array.from(projectFloat(fs, ws).cashFlow)).toEqual(first);
  });

  it('agrees on generated scenarios (knife-edge node counts detected and set aside)', () => {
    let knifeEdges = 0;
    let runs = 0;
    fc.assert(
      fc.property(scenarioInputArbitrary, (input) => {
        const parsed = scenarioSchema.safeParse(input);
        if (!parsed.success) throw new Error(`generator made an invalid scenario: ${JSON.stringify(parsed.error.issues.slice(0, 2))}`);
        const s = parsed.data;
        const values = runProjection(s);
        runs++;
        if (onKnifeEdge(values)) {
          knifeEdges++;
          return;
        }
        expect(disagreement(s, values, projectFloat(compileScenario(s)))).toBeNull();
      }),
      { numRuns: 150, seed: 20270101 },
    );
    expect(knifeEdges).toBeLessThan(runs / 10);
  });
});
