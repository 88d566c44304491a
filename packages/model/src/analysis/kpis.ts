/**
 * The KPIs an analysis can target (tornado, goal seek), read from either engine:
 * `kpiDecimal` from the Decimal projection (exact), `kpiFloat` from a float64 projection
 * (the same functions as kpis/summary.ts, run with floatArithmetic: kpis/horizon.ts). `null` where the spec says null.
 */
import type { Decimal } from '../decimal';
import { type FloatProjection } from '../fast/projectFloat';
import { irrFloat, monthlyRate, npvFloat, paybackFloat } from '../fast/kpisFloat';
import type { FloatScenario } from '../fast/compile';
import { horizonRatios } from '../kpis/horizon';
import type { KpiValues } from '../kpis/summary';
import { floatArithmetic } from '../numeric';

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

const F = floatArithmetic;

/** §8: a cost centre has no revenue, so these are null (kpis/summary.ts). */
const NEEDS_REVENUE: ReadonlySet<AnalysisKpi> = new Set(['irrAnnual', 'paybackMonths', 'discountedPaybackMonths', 'roi', 'revenueMultiple', 'grossMarginPct']);

export function kpiFloat(fp: FloatProjection, fs: FloatScenario, kpi: AnalysisKpi): number | null {
  if (fs.costCentre && NEEDS_REVENUE.has(kpi)) return null;
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
      return F.sum(fp.revenue);
    case 'totalOpex':
      return F.sum(fp.opex);
    case 'totalCapex':
      return F.sum(fp.capex);
    default:
      return horizonRatios(F, {
        revenue: F.sum(fp.revenue),
        opex: F.sum(fp.opex),
        capex: F.sum(fp.capex),
        pnlCost: F.sum(fp.pnlCost),
        energyCost: F.sum(fp.energyCost),
        servedTokens: F.sum(fp.servedTokens),
        platformSelfHostedCost: F.sum(fp.selfHostedCost),
        platformServedTokens: F.sum(fp.platformServedTokens),
        platformEnergyMWh: F.sum(fp.energyMWh),
      })[kpi];
  }
}
