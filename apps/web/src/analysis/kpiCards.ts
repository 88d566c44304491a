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

type Tone = KpiCardSpec['tone'];

/**
 * The card of KPI `field`, keyed `key`: the model's label, and the model's definitions of
 * `fields` (the KPI and those its detail line shows).
 */
function card(key: string, fields: [OutputField, ...OutputField[]], value: string, detail?: string, tone?: Tone): KpiCardSpec {
  return { key, label: label(fields[0]), value, definition: define(...fields), ...(detail === undefined ? {} : { detail }), ...(tone === undefined ? {} : { tone }) };
}

export function kpiCards(k: KpisView, warningCodes: readonly string[] = []): KpiCardSpec[] {
  const unmet = Number(k.unmetTokens) > 0;
  return [
    card('npv', ['npv'], formatMoney(k.npv), undefined, sign(k.npv)),
    card('irr', ['irrAnnual', 'mirrAnnual'], formatRate(k.irrAnnual), irrDetail(k, warningCodes), sign(k.irrAnnual)),
    card('payback', ['paybackMonths', 'discountedPaybackMonths'], formatMonths(k.paybackMonths), `Discounted ${formatMonths(k.discountedPaybackMonths)}`),
    card('revenueMultiple', ['revenueMultiple', 'roi'], formatMultiple(k.revenueMultiple), `${label('roi')} ${formatPercent(k.roi, 0)}`),
    card(
      'costPerMTokens',
      ['costPerMTokens', 'cashCostPerMTokens'],
      formatUnitPrice(k.costPerMTokens),
      `Cash ${formatUnitPrice(k.cashCostPerMTokens)} · energy ${formatUnitPrice(k.energyCostPerMTokens)}`,
    ),
    card('breakEvenApiPrice', ['breakEvenApiPricePerMTokens'], formatUnitPrice(k.breakEvenApiPricePerMTokens), 'per M tokens, self-hosted'),
    card(
      'energyCostPerRevenueDollar',
      ['energyCostPerRevenueDollar'],
      formatUnitPrice(k.energyCostPerRevenueDollar),
      `${share(k.energyCostPerRevenueDollar)} of revenue`,
    ),
    card('joulesPerToken', ['joulesPerToken', 'tokensPerMWh'], formatJoulesPerToken(k.joulesPerToken), formatTokensPerMWh(k.tokensPerMWh)),
    card('totalRevenue', ['totalRevenue'], formatMoney(k.totalRevenue), `Over ${formatTokens(k.totalTokens)}`),
    card(
      'grossMargin',
      ['grossMarginPct'],
      formatPercent(k.grossMarginPct),
      `${label('pnlCost')} ${formatMoney(sumDecimals([k.totalOpex, k.totalDepreciation]))}`,
      sign(k.grossMarginPct),
    ),
    card('totalCapex', ['totalCapex', 'totalOpex'], formatMoney(k.totalCapex), `Opex ${formatMoney(k.totalOpex)}`),
    card('totalTokens', ['totalTokens', 'unmetTokens'], formatTokens(k.totalTokens), unmet ? `${formatTokens(k.unmetTokens)} unmet` : 'All demand served', unmet ? 'negative' : 'neutral'),
  ];
}
