/**
 * The float64 instance against the Decimal instance of the engine, on one scenario: every month
 * line, node count and analysis KPI (spec §4). Used by test/analysis/fastPath.test.ts and the
 * before/after harness (bench/compare-engines.ts). Returns the disagreements (empty: agreement).
 */
import * as model from '../../src/index';

type Model = typeof model;
type Scenario = model.Scenario;

const LINES = [
  'demandTokens', 'servedTokens', 'revenue', 'energyMWh', 'energyCost', 'hosting', 'maintenance',
  'apiCost', 'rentalCost', 'opex', 'capex', 'depreciation', 'pnlCost', 'cashFlow', 'budget',
] as const;

/**
 * 1e-9 of the value's gross magnitude (the sum of the absolute values it is made of: a cash flow
 * that cancels to ~0 is judged against revenue + opex + capex), plus 1e-12 of the line's largest
 * gross month and the resolution of the Decimal grids (tokens 1e-6 → 1e-5 token; money → 1e-9 USD).
 */
export function floatDisagreements(s: Scenario, m: Model = model): string[] {
  const values = m.runProjection(s);
  const fs = m.compileScenario(s);
  const fp = m.projectFloat(fs);
  const H = s.horizonMonths;
  const out: string[] = [];
  const num = (d: { toNumber(): number }) => d.toNumber();
  const gross = (line: (typeof LINES)[number], t: number) => {
    const row = values.months[t];
    if (!row) return 0;
    if (line === 'cashFlow') return Math.abs(num(row.revenue)) + Math.abs(num(row.opex)) + Math.abs(num(row.capex));
    return Math.abs(num(row[line]));
  };
  for (const line of LINES) {
    let largest = 0;
    for (let t = 0; t < H; t++) largest = Math.max(largest, gross(line, t));
    const floor = line === 'demandTokens' || line === 'servedTokens' ? 1e-5 : 1e-9;
    for (let t = 0; t < H; t++) {
      const row = values.months[t];
      const exact = row === undefined ? NaN : num(row[line]);
      const approx = fp[line][t] ?? NaN;
      if (!(Math.abs(exact - approx) <= 1e-9 * gross(line, t) + 1e-12 * largest + floor)) out.push(`${line}[${t}]: Decimal ${exact}, float ${approx}`);
    }
  }
  values.platforms.forEach((run, p) => {
    run.operations.months.forEach((month, t) => {
      if (num(month.nodes) !== fp.nodes[p * H + t]) out.push(`nodes ${run.platform.id}[${t}]: Decimal ${month.nodes.toFixed()}, float ${fp.nodes[p * H + t]}`);
    });
  });
  // KPIs: sums and ratios of sums within 1e-9 relative; NPV against its gross discounted flows.
  const rate = m.monthlyRate(Number(s.discountRateAnnual));
  let grossNpv = 0;
  for (let t = 0; t < H; t++) grossNpv += gross('cashFlow', t) / Math.pow(1 + rate, t);
  for (const kpi of m.ANALYSIS_KPIS) {
    const exact = m.kpiDecimal(values.kpis, kpi);
    const approx = m.kpiFloat(fp, fs, kpi);
    if (exact === null || approx === null) {
      if ((exact === null) !== (approx === null)) out.push(`${kpi}: Decimal ${exact?.toFixed() ?? 'null'}, float ${approx}`);
      continue;
    }
    const e = exact.toNumber();
    const scale = kpi === 'npv' ? grossNpv + H : Math.abs(e);
    const absolute = kpi === 'irrAnnual' ? 1e-9 : 1e-12;
    if (!(Math.abs(e - approx) <= 1e-9 * scale + absolute)) out.push(`${kpi}: Decimal ${e}, float ${approx}`);
  }
  return out;
}

