/** The dashboard's KPI cards: which KPIs, formatted how, with which secondary figure; labels and definitions are the model's. */
import { OUTPUT_LABELS, type OutputField } from '@tokenplan/model';
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
import type { KpisView } from './types';

const label = (field: OutputField) => OUTPUT_LABELS[field].label;
/** The definitions of one or more KPIs, one after the other. */
const define = (...fields: OutputField[]) => fields.map((f) => OUTPUT_LABELS[f].description).join(' ');

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
  if (k.irrAnnual !== null || k.mirrAnnual !== null) return `${label('mirrAnnual')} ${formatRate(k.mirrAnnual)}`;
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
    { key: 'npv', label: label('npv'), value: formatMoney(k.npv), definition: define('npv'), tone: sign(k.npv) },
    {
      key: 'irr',
      label: label('irrAnnual'),
      value: formatRate(k.irrAnnual),
      detail: irrDetail(k, warningCodes),
      definition: define('irrAnnual', 'mirrAnnual'),
      tone: sign(k.irrAnnual),
    },
    {
      key: 'payback',
      label: label('paybackMonths'),
      value: formatMonths(k.paybackMonths),
      detail: `Discounted ${formatMonths(k.discountedPaybackMonths)}`,
      definition: define('paybackMonths', 'discountedPaybackMonths'),
    },
    {
      key: 'revenueMultiple',
      label: label('revenueMultiple'),
      value: formatMultiple(k.revenueMultiple),
      detail: `${label('roi')} ${formatPercent(k.roi, 0)}`,
      definition: define('revenueMultiple', 'roi'),
    },
    {
      key: 'costPerMTokens',
      label: label('costPerMTokens'),
      value: formatUnitPrice(k.costPerMTokens),
      detail: `Cash ${formatUnitPrice(k.cashCostPerMTokens)} · energy ${formatUnitPrice(k.energyCostPerMTokens)}`,
      definition: define('costPerMTokens', 'cashCostPerMTokens'),
    },
    {
      key: 'breakEvenApiPrice',
      label: label('breakEvenApiPricePerMTokens'),
      value: formatUnitPrice(k.breakEvenApiPricePerMTokens),
      detail: 'per M tokens, self-hosted',
      definition: define('breakEvenApiPricePerMTokens'),
    },
    {
      key: 'energyCostPerRevenueDollar',
      label: label('energyCostPerRevenueDollar'),
      value: formatUnitPrice(k.energyCostPerRevenueDollar),
      detail: `${share(k.energyCostPerRevenueDollar)} of revenue`,
      definition: define('energyCostPerRevenueDollar'),
    },
    {
      key: 'joulesPerToken',
      label: label('joulesPerToken'),
      value: formatJoulesPerToken(k.joulesPerToken),
      detail: formatTokensPerMWh(k.tokensPerMWh),
      definition: define('joulesPerToken', 'tokensPerMWh'),
    },
    {
      key: 'totalRevenue',
      label: label('totalRevenue'),
      value: formatMoney(k.totalRevenue),
      detail: `Over ${formatTokens(k.totalTokens)}`,
      definition: define('totalRevenue'),
    },
    {
      key: 'grossMargin',
      label: label('grossMarginPct'),
      value: formatPercent(k.grossMarginPct),
      detail: `${label('pnlCost')} ${formatMoney(sumDecimals([k.totalOpex, k.totalDepreciation]))}`,
      definition: define('grossMarginPct'),
      tone: sign(k.grossMarginPct),
    },
    {
      key: 'totalCapex',
      label: label('totalCapex'),
      value: formatMoney(k.totalCapex),
      detail: `Opex ${formatMoney(k.totalOpex)}`,
      definition: define('totalCapex', 'totalOpex'),
    },
    {
      key: 'totalTokens',
      label: label('totalTokens'),
      value: formatTokens(k.totalTokens),
      detail: Number(k.unmetTokens) > 0 ? `${formatTokens(k.unmetTokens)} unmet` : 'All demand served',
      definition: define('totalTokens', 'unmetTokens'),
      tone: Number(k.unmetTokens) > 0 ? 'negative' : 'neutral',
    },
  ];
}
