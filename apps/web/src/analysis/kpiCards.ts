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
  /** Why the value is missing, first in the tip and as the value's title ("No revenue in a cost-centre budget"). */
  note?: string;
  /** Two figures on one card ("pre-tax | after-tax"): a smaller value font. */
  pair?: boolean;
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

export type RevenueMode = 'revenue' | 'costCentre';
export const NO_REVENUE_NOTE = 'No revenue in a cost-centre budget';

/** "pre-tax | after-tax" on one card when the projection has after-tax figures (§8 tax). */
function taxed(spec: KpiCardSpec, afterValue: string | undefined, afterDetail?: string): KpiCardSpec {
  if (afterValue === undefined) return spec;
  return {
    ...spec,
    value: `${spec.value} | ${afterValue}`,
    detail: `Pre-tax | after-tax${afterDetail ? ` · ${afterDetail}` : ''}`,
    definition: `${spec.definition} ${OUTPUT_LABELS.afterTax.description}`,
    pair: true,
  };
}

function monthsPair(pre: string | null, post: string | null): string {
  const bare = (v: string | null) => formatMonths(v).replace(' months', '');
  return pre === null && post === null ? '—' : `${bare(pre)} | ${bare(post)} months`;
}

/** A return KPI a cost centre cannot have: "—" with the reason in its tip. */
function noRevenue(spec: KpiCardSpec): KpiCardSpec {
  return { ...spec, value: '—', detail: NO_REVENUE_NOTE, note: NO_REVENUE_NOTE, tone: 'neutral', pair: false };
}

/** The return cards (NPV, IRR, payback), pre-tax beside after-tax when tax is on. */
function returnCards(k: KpisView, warningCodes: readonly string[]): KpiCardSpec[] {
  const a = k.afterTax ?? null;
  const irr = card('irr', ['irrAnnual', 'mirrAnnual'], formatRate(k.irrAnnual), irrDetail(k, warningCodes), sign(k.irrAnnual));
  if (!a) {
    return [
      card('npv', ['npv'], formatMoney(k.npv), undefined, sign(k.npv)),
      irr,
      card('payback', ['paybackMonths', 'discountedPaybackMonths'], formatMonths(k.paybackMonths), `Discounted ${formatMonths(k.discountedPaybackMonths)}`),
    ];
  }
  // The after-tax tone follows the after-tax figure: that is the one a board reads last.
  return [
    taxed(card('npv', ['npv'], formatMoney(k.npv), undefined, sign(a.npv)), formatMoney(a.npv)),
    taxed({ ...irr, tone: sign(a.irrAnnual) }, formatRate(a.irrAnnual), `MIRR ${formatRate(k.mirrAnnual)} | ${formatRate(a.mirrAnnual)}`),
    // "4.2 | 5.6 months": the unit once, so the pair fits a card.
    { ...taxed(card('payback', ['paybackMonths'], formatMonths(k.paybackMonths)), formatMonths(a.paybackMonths)), value: monthsPair(k.paybackMonths, a.paybackMonths) },
  ];
}

/** Total cost with its present value: the cost-centre headline (both modes report it, §8). */
function costCards(k: KpisView, costCentre: boolean): KpiCardSpec[] {
  if (k.totalCost === undefined) return [];
  // A cost centre shows the present value on its own card next to it; a revenue scenario only here.
  const detail = costCentre ? 'Opex + capex − disposals − terminal value' : `Present value ${formatMoney(k.presentValueOfCost)}`;
  return [
    card('totalCost', ['totalCost'], formatMoney(k.totalCost), detail),
    card('presentValueOfCost', ['presentValueOfCost'], formatMoney(k.presentValueOfCost), 'Discounted as NPV is'),
  ];
}

function economicCard(k: KpisView): KpiCardSpec[] {
  if (k.economicCostPerMTokens === undefined) return [];
  return [card('economicCostPerMTokens', ['economicCostPerMTokens'], formatUnitPrice(k.economicCostPerMTokens), 'incl. capital charge')];
}

export function kpiCards(k: KpisView, warningCodes: readonly string[] = [], revenueMode: RevenueMode = 'revenue'): KpiCardSpec[] {
  const unmet = Number(k.unmetTokens) > 0;
  const costPerM = card(
    'costPerMTokens',
    ['costPerMTokens', 'cashCostPerMTokens'],
    formatUnitPrice(k.costPerMTokens),
    `Cash ${formatUnitPrice(k.cashCostPerMTokens)} · energy ${formatUnitPrice(k.energyCostPerMTokens)}`,
  );
  const breakEven = card('breakEvenApiPrice', ['breakEvenApiPricePerMTokens'], formatUnitPrice(k.breakEvenApiPricePerMTokens), 'per M tokens, self-hosted');
  const joules = card('joulesPerToken', ['joulesPerToken', 'tokensPerMWh'], formatJoulesPerToken(k.joulesPerToken), formatTokensPerMWh(k.tokensPerMWh));
  const capex = card('totalCapex', ['totalCapex', 'totalOpex'], formatMoney(k.totalCapex), `Opex ${formatMoney(k.totalOpex)}`);
  const tokens = card('totalTokens', ['totalTokens', 'unmetTokens'], formatTokens(k.totalTokens), unmet ? `${formatTokens(k.unmetTokens)} unmet` : 'All demand served', unmet ? 'negative' : 'neutral');
  const [npv, irr, payback] = returnCards(k, warningCodes) as [KpiCardSpec, KpiCardSpec, KpiCardSpec];
  if (revenueMode === 'costCentre') {
    // What the fleet costs leads; NPV stays (it is −present value of cost); the return measures have no revenue to return.
    return [...costCards(k, true), ...economicCard(k), costPerM, npv, noRevenue(irr), noRevenue(payback), breakEven, joules, capex, tokens];
  }
  return [
    npv,
    irr,
    payback,
    card('revenueMultiple', ['revenueMultiple', 'roi'], formatMultiple(k.revenueMultiple), `${label('roi')} ${formatPercent(k.roi, 0)}`),
    costPerM,
    ...economicCard(k),
    breakEven,
    card(
      'energyCostPerRevenueDollar',
      ['energyCostPerRevenueDollar'],
      formatUnitPrice(k.energyCostPerRevenueDollar),
      `${share(k.energyCostPerRevenueDollar)} of revenue`,
    ),
    joules,
    card('totalRevenue', ['totalRevenue'], formatMoney(k.totalRevenue), `${formatTokens(k.totalTokens)} served`),
    card(
      'grossMargin',
      ['grossMarginPct'],
      formatPercent(k.grossMarginPct),
      `${label('pnlCost')} ${formatMoney(sumDecimals([k.totalOpex, k.totalDepreciation]))}`,
      sign(k.grossMarginPct),
    ),
    capex,
    ...costCards(k, false).slice(0, 1),
    tokens,
  ];
}
