/** The dashboard's KPI cards: which KPIs, formatted how, with which secondary figure. */
import {
  formatJoulesPerToken,
  formatMoney,
  formatMonths,
  formatMultiple,
  formatPercent,
  formatRate,
  formatTokens,
  formatTokensPerMWh,
  formatUnitPrice,
  sumDecimals,
} from '../format';
import { KPI_DEFINITIONS } from './kpiDefinitions';
import type { KpisView } from './types';

export interface KpiCardSpec {
  key: string;
  label: string;
  value: string;
  /** A second figure under the value ("MIRR 14.2%"). */
  detail?: string;
  definition: string;
  /** Tone of the value: a negative NPV reads red, a positive one green. */
  tone?: 'positive' | 'negative' | 'neutral';
}

function sign(value: string | null): 'positive' | 'negative' | 'neutral' {
  if (value === null) return 'neutral';
  const n = Number(value);
  return n > 0 ? 'positive' : n < 0 ? 'negative' : 'neutral';
}

/** Why IRR shows "—": several roots (a warning says so), or flows that never change sign. */
function irrDetail(k: KpisView, warningCodes: readonly string[]): string {
  if (k.irrAnnual !== null || k.mirrAnnual !== null) return `MIRR ${formatRate(k.mirrAnnual)}`;
  if (warningCodes.includes('irr_multiple')) return 'Several IRRs: read NPV and MIRR';
  return 'Undefined: cash flow never changes sign';
}

/** A share with two decimals below 1 % (0.07 %), one above (12.3 %). */
function share(value: string | null): string {
  const n = value === null ? null : Math.abs(Number(value));
  return formatPercent(value, n !== null && n < 0.01 ? 2 : 1);
}

export function kpiCards(k: KpisView, warningCodes: readonly string[] = []): KpiCardSpec[] {
  return [
    { key: 'npv', label: 'NPV', value: formatMoney(k.npv), definition: KPI_DEFINITIONS.npv, tone: sign(k.npv) },
    {
      key: 'irr',
      label: 'IRR',
      value: formatRate(k.irrAnnual),
      detail: irrDetail(k, warningCodes),
      definition: `${KPI_DEFINITIONS.irrAnnual} ${KPI_DEFINITIONS.mirrAnnual}`,
      tone: sign(k.irrAnnual),
    },
    {
      key: 'payback',
      label: 'Payback',
      value: formatMonths(k.paybackMonths),
      detail: `Discounted ${formatMonths(k.discountedPaybackMonths)}`,
      definition: `${KPI_DEFINITIONS.paybackMonths} ${KPI_DEFINITIONS.discountedPaybackMonths}`,
    },
    {
      key: 'revenueMultiple',
      label: 'Revenue multiple',
      value: formatMultiple(k.revenueMultiple),
      detail: `ROI ${formatPercent(k.roi, 0)}`,
      definition: `${KPI_DEFINITIONS.revenueMultiple} ${KPI_DEFINITIONS.roi}`,
    },
    {
      key: 'costPerMTokens',
      label: 'Cost per M tokens',
      value: formatUnitPrice(k.costPerMTokens),
      detail: `Cash ${formatUnitPrice(k.cashCostPerMTokens)} · energy ${formatUnitPrice(k.energyCostPerMTokens)}`,
      definition: `${KPI_DEFINITIONS.costPerMTokens} ${KPI_DEFINITIONS.cashCostPerMTokens}`,
    },
    {
      key: 'breakEvenApiPrice',
      label: 'Break-even API price',
      value: formatUnitPrice(k.breakEvenApiPricePerMTokens),
      detail: 'per M tokens, self-hosted',
      definition: KPI_DEFINITIONS.breakEvenApiPricePerMTokens,
    },
    {
      key: 'energyCostPerRevenueDollar',
      label: 'Energy cost per revenue $',
      value: formatUnitPrice(k.energyCostPerRevenueDollar),
      detail: `${share(k.energyCostPerRevenueDollar)} of revenue`,
      definition: KPI_DEFINITIONS.energyCostPerRevenueDollar,
    },
    {
      key: 'joulesPerToken',
      label: 'Energy per token',
      value: formatJoulesPerToken(k.joulesPerToken),
      detail: formatTokensPerMWh(k.tokensPerMWh),
      definition: `${KPI_DEFINITIONS.joulesPerToken} ${KPI_DEFINITIONS.tokensPerMWh}`,
    },
    {
      key: 'totalRevenue',
      label: 'Total revenue',
      value: formatMoney(k.totalRevenue),
      detail: `Over ${formatTokens(k.totalTokens)}`,
      definition: KPI_DEFINITIONS.totalRevenue,
    },
    {
      key: 'grossMargin',
      label: 'Gross margin',
      value: formatPercent(k.grossMarginPct),
      detail: `P&L cost ${formatMoney(sumDecimals([k.totalOpex, k.totalDepreciation]))}`,
      definition: KPI_DEFINITIONS.grossMarginPct,
      tone: sign(k.grossMarginPct),
    },
    {
      key: 'totalCapex',
      label: 'Total capex',
      value: formatMoney(k.totalCapex),
      detail: `Opex ${formatMoney(k.totalOpex)}`,
      definition: `${KPI_DEFINITIONS.totalCapex} ${KPI_DEFINITIONS.totalOpex}`,
    },
    {
      key: 'totalTokens',
      label: 'Tokens served',
      value: formatTokens(k.totalTokens),
      detail: Number(k.unmetTokens) > 0 ? `${formatTokens(k.unmetTokens)} unmet` : 'All demand served',
      definition: `${KPI_DEFINITIONS.totalTokens} ${KPI_DEFINITIONS.unmetTokens}`,
      tone: Number(k.unmetTokens) > 0 ? 'negative' : 'neutral',
    },
  ];
}
