/**
 * The KPIs an analysis can target (tornado, goal seek), read from either engine:
 * `kpiDecimal` from the Decimal projection (exact), `kpiFloat` from a float64 projection
 * (the same formulas as kpis/summary.ts, spec §4). `null` where the spec says null.
 */
import type { Decimal } from '../decimal';
import { type FloatProjection } from '../fast/projectFloat';
import { irrFloat, monthlyRate, npvFloat, paybackFloat } from '../fast/kpisFloat';
import type { FloatScenario } from '../fast/compile';
import type { KpiValues } from '../kpis/summary';

export const ANALYSIS_KPIS = [
  'npv',
  'irrAnnual',
  'paybackMonths',
  'discountedPaybackMonths',
  'roi',
  'revenueMultiple',
  'costPerMTokens',
  'cashCostPerMTokens',
  'grossMarginPct',
  'totalRevenue',
  'totalOpex',
  'totalCapex',
] as const;
export type AnalysisKpi = (typeof ANALYSIS_KPIS)[number];

export const KPI_LABELS: Readonly<Record<AnalysisKpi, string>> = {
  npv: 'NPV',
  irrAnnual: 'IRR (annual)',
  paybackMonths: 'Payback (months)',
  discountedPaybackMonths: 'Discounted payback (months)',
  roi: 'ROI',
  revenueMultiple: 'Revenue multiple',
  costPerMTokens: 'Cost per M tokens',
  cashCostPerMTokens: 'Cash cost per M tokens',
  grossMarginPct: 'Gross margin',
  totalRevenue: 'Total revenue',
  totalOpex: 'Total opex',
  totalCapex: 'Total capex',
};

/** Payback KPIs: `null` there means "not within the horizon" (later than any value), not "undefined". */
export function isPaybackKpi(kpi: AnalysisKpi): boolean {
  return kpi === 'paybackMonths' || kpi === 'discountedPaybackMonths';
}

export function kpiDecimal(kpis: KpiValues, kpi: AnalysisKpi): Decimal | null {
  return kpis[kpi];
}

function sum(a: Float64Array): number {
  let s = 0;
  for (let t = 0; t < a.length; t++) s += a[t] ?? 0;
  return s;
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

export function kpiFloat(fp: FloatProjection, fs: FloatScenario, kpi: AnalysisKpi): number | null {
  switch (kpi) {
    case 'npv':
      return npvFloat(fp.cashFlow, monthlyRate(fs.discountRateAnnual));
    case 'irrAnnual':
      return irrFloat(fp.cashFlow);
    case 'paybackMonths':
      return paybackFloat(fp.cashFlow);
    case 'discountedPaybackMonths':
      return paybackFloat(fp.cashFlow, monthlyRate(fs.discountRateAnnual));
    case 'totalRevenue':
      return sum(fp.revenue);
    case 'totalOpex':
      return sum(fp.opex);
    case 'totalCapex':
      return sum(fp.capex);
    case 'roi':
      return ratio(sum(fp.revenue) - sum(fp.opex) - sum(fp.capex), sum(fp.capex));
    case 'revenueMultiple':
      return ratio(sum(fp.revenue), sum(fp.capex));
    case 'costPerMTokens':
      return ratio(sum(fp.pnlCost) * 1e6, sum(fp.servedTokens));
    case 'cashCostPerMTokens':
      return ratio((sum(fp.opex) + sum(fp.capex)) * 1e6, sum(fp.servedTokens));
    case 'grossMarginPct': {
      const revenue = sum(fp.revenue);
      return ratio(revenue - sum(fp.pnlCost), revenue);
    }
  }
}
