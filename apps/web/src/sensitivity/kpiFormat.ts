// How each analysis KPI reads: its unit and formatter (shared by the tornado chart and the MC tiles).
import type { AnalysisKpi } from '@tokenplan/model';
import { formatMoney, formatMonths, formatMultiple, formatPercent, formatRate, formatUnitPrice } from '../format';

export const TORNADO_KPIS: readonly { kpi: AnalysisKpi; label: string }[] = [
  { kpi: 'npv', label: 'NPV' },
  { kpi: 'irrAnnual', label: 'IRR' },
  { kpi: 'paybackMonths', label: 'Payback' },
  { kpi: 'costPerMTokens', label: 'Cost per M tokens' },
  { kpi: 'grossMarginPct', label: 'Gross margin' },
];

export function formatKpi(kpi: AnalysisKpi, value: number | string | null): string {
  switch (kpi) {
    case 'irrAnnual':
      return formatRate(value);
    case 'paybackMonths':
    case 'discountedPaybackMonths':
      return formatMonths(value);
    case 'roi':
    case 'grossMarginPct':
      return formatPercent(value);
    case 'revenueMultiple':
      return formatMultiple(value);
    case 'costPerMTokens':
    case 'cashCostPerMTokens':
      return formatUnitPrice(value);
    default:
      return formatMoney(value);
  }
}

export function kpiUnit(kpi: AnalysisKpi): string {
  switch (kpi) {
    case 'irrAnnual':
    case 'roi':
    case 'grossMarginPct':
      return '%';
    case 'paybackMonths':
    case 'discountedPaybackMonths':
      return 'months';
    case 'revenueMultiple':
      return '×';
    case 'costPerMTokens':
    case 'cashCostPerMTokens':
      return 'USD per million tokens';
    default:
      return 'USD';
  }
}
