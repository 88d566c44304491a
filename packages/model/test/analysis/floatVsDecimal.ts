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
  'fixedOpex', 'disposalProceeds', 'terminalValue', 'capitalCharge', 'taxDepreciation', 'tax', 'afterTaxCashFlow',
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
    const capital = Math.abs(num(row.disposalProceeds)) + Math.abs(num(row.terminalValue));
    const cash = Math.abs(num(row.revenue)) + Math.abs(num(row.opex)) + Math.abs(num(row.capex)) + capital;
    if (line === 'cashFlow') return cash;
    // tax = rate · (revenue − opex − taxDepreciation + gain): judged against its parts.
    if (line === 'tax' || line === 'afterTaxCashFlow') return cash + Math.abs(num(row.taxDepreciation)) + Math.abs(num(row.tax));
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
  // §8's cost KPIs and after-tax returns (fast/kpisFloat.ts costKpisFloat).
  const cost = m.costKpisFloat(fp, fs);
  const close = (name: string, exact: { toNumber(): number } | null, approx: number | null, scale: number, absolute = 1e-12) => {
    if (exact === null || approx === null) {
      if ((exact === null) !== (approx === null)) out.push(`${name}: Decimal ${String(exact)}, float ${approx}`);
      return;
    }
    if (!(Math.abs(exact.toNumber() - approx) <= 1e-9 * scale + absolute)) out.push(`${name}: Decimal ${exact.toNumber()}, float ${approx}`);
  };
  const k = values.kpis;
  close('totalCost', k.totalCost, cost.totalCost, grossNpv + Math.abs(k.totalCost?.toNumber() ?? 0) + H);
  close('presentValueOfCost', k.presentValueOfCost, cost.presentValueOfCost, grossNpv + H);
  close('economicCostPerMTokens', k.economicCostPerMTokens, cost.economicCostPerMTokens, Math.abs(k.economicCostPerMTokens?.toNumber() ?? 0));
  if ((k.afterTax === null) !== (cost.afterTax === null)) out.push(`afterTax: Decimal ${k.afterTax === null ? 'null' : 'set'}, float ${cost.afterTax === null ? 'null' : 'set'}`);
  if (k.afterTax !== null && cost.afterTax !== null) {
    let grossAfterTax = 0;
    for (let t = 0; t < H; t++) grossAfterTax += gross('afterTaxCashFlow', t) / Math.pow(1 + rate, t);
    close('afterTax.npv', k.afterTax.npv, cost.afterTax.npv, grossAfterTax + H);
    close('afterTax.irrAnnual', k.afterTax.irrAnnual, cost.afterTax.irrAnnual, Math.abs(k.afterTax.irrAnnual?.toNumber() ?? 0), 1e-9);
    close('afterTax.paybackMonths', k.afterTax.paybackMonths, cost.afterTax.paybackMonths, Math.abs(k.afterTax.paybackMonths?.toNumber() ?? 0));
  }
  return out;
}

