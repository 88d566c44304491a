/**
 * Scenario comparison (spec §6): KPIs side by side with exact absolute deltas, relative deltas
 * and ratios against a baseline. Deltas are exact decimal-string differences; relative deltas
 * and ratios are presentation numbers.
 */
import { OUTPUT_LABELS, perMTokens } from '@tokenplan/model';
import {
  formatCount,
  formatJoulesPerToken,
  formatMoney,
  formatMonths,
  formatMultiple,
  formatPercent,
  formatRate,
  formatRatio,
  formatTokens,
  formatTokensPerMWh,
  formatUnitPrice,
  subtractDecimals,
  toNumber,
} from '../format';
import type { KpisView, ProjectionView } from './types';

export interface CompareItem {
  id: string;
  name: string;
  projection: ProjectionView;
  /** §8: the scenario's revenue mode, when known (else read from the projection: no revenue). */
  revenueMode?: 'revenue' | 'costCentre' | undefined;
}

/** A scalar KPI (a decimal string or null); `afterTax` and `platforms` are objects. */
type KpiKey = Exclude<keyof KpisView, 'afterTax' | 'platforms'>;
/** Which way is good: deltas in that direction read green. */
type Better = 'higher' | 'lower' | 'neither';

export interface CompareKpiDef {
  /** Row key: the KPI's name, or "afterTax.npv" for an after-tax figure. */
  key: string;
  label: string;
  /** Its definition (the model's). */
  description: string;
  /** The KPI's value in a projection; undefined where the projection does not carry it (made before §8). */
  get: (k: KpisView) => string | null | undefined;
  format: (v: string | number | null) => string;
  /** How an absolute delta reads ("+$1.2M", "−3.1 months", "+2.4 pts"). */
  formatDelta: (delta: string) => string;
  better: Better;
  /** False where a value is shown capped ("> 1,000,000%"): a delta against it would be noise. */
  comparable?: (value: string) => boolean;
  /** Why the value is missing (shown beside "—"), e.g. an IRR the cash flows do not define. */
  whyMissing?: (p: ProjectionView) => string;
}

/** formatRate shows the value up to 1,000,000 % (10,000 as a fraction) and caps beyond. */
const withinRateCap = (v: string) => Math.abs(Number(v)) <= 10_000;
/** An annual rate with its unit: "3,614%/yr", "12.0%/yr". */
const formatAnnualRate = (v: string | number | null) => (v === null ? '—' : `${formatRate(v)}/yr`);
/** The model leaves IRR null when no rate, or more than one, makes NPV zero (warning irr_multiple). */
export function irrMissingReason(p: ProjectionView): string {
  return p.warnings.some((w) => w.code === 'irr_multiple')
    ? 'IRR undefined: the cash flows change sign several times, so more than one rate makes NPV zero. Read NPV and MIRR instead.'
    : 'IRR undefined: no rate makes NPV zero (the cash flows never pay back what they cost, or never cost anything).';
}

const signed = (text: string, n: number) => (n > 0 ? `+${text}` : text);
const money = (d: string) => signed(formatMoney(d), Number(d));
const unit = (d: string) => signed(formatUnitPrice(d), Number(d));
/** A change of a percentage in percentage points: "+2.4 pts", "−1,207.6 pts". */
const points = (d: string) => {
  const n = Number(d) * 100;
  return `${n > 0 ? '+' : n < 0 ? '\u2212' : ''}${formatCount(Math.abs(n), 1)} pts`;
};
const months = (d: string) => signed(formatMonths(d), Number(d));
const multiple = (d: string) => signed(formatMultiple(d), Number(d));
const tokens = (d: string) => signed(formatTokens(d), Number(d));
const joules = (d: string) => signed(formatJoulesPerToken(d), Number(d));
const perMWh = (d: string) => signed(formatTokensPerMWh(d), Number(d));

type RowSpec = Omit<CompareKpiDef, 'label' | 'description' | 'get' | 'key'> & { key: KpiKey };
const KPI_ROWS: readonly RowSpec[] = [
  { key: 'npv', format: formatMoney, formatDelta: money, better: 'higher' },
  { key: 'irrAnnual', format: formatAnnualRate, formatDelta: points, better: 'higher', comparable: withinRateCap, whyMissing: irrMissingReason },
  { key: 'mirrAnnual', format: formatAnnualRate, formatDelta: points, better: 'higher', comparable: withinRateCap },
  { key: 'paybackMonths', format: formatMonths, formatDelta: months, better: 'lower' },
  { key: 'discountedPaybackMonths', format: formatMonths, formatDelta: months, better: 'lower' },
  { key: 'totalRevenue', format: formatMoney, formatDelta: money, better: 'higher' },
  { key: 'totalOpex', format: formatMoney, formatDelta: money, better: 'lower' },
  { key: 'totalCapex', format: formatMoney, formatDelta: money, better: 'lower' },
  { key: 'revenueMultiple', format: formatMultiple, formatDelta: multiple, better: 'higher' },
  { key: 'roi', format: formatPercent, formatDelta: points, better: 'higher' },
  { key: 'grossMarginPct', format: formatPercent, formatDelta: points, better: 'higher' },
  { key: 'costPerMTokens', format: formatUnitPrice, formatDelta: unit, better: 'lower' },
  { key: 'cashCostPerMTokens', format: formatUnitPrice, formatDelta: unit, better: 'lower' },
  { key: 'energyCostPerMTokens', format: formatUnitPrice, formatDelta: unit, better: 'lower' },
  { key: 'breakEvenApiPricePerMTokens', format: formatUnitPrice, formatDelta: unit, better: 'lower' },
  { key: 'energyCostPerRevenueDollar', format: formatUnitPrice, formatDelta: unit, better: 'lower' },
  { key: 'joulesPerToken', format: formatJoulesPerToken, formatDelta: joules, better: 'lower' },
  { key: 'tokensPerMWh', format: formatTokensPerMWh, formatDelta: perMWh, better: 'higher' },
  { key: 'totalTokens', format: formatTokens, formatDelta: tokens, better: 'higher' },
  { key: 'unmetTokens', format: formatTokens, formatDelta: tokens, better: 'lower' },
];

const def = (row: RowSpec): CompareKpiDef => ({
  ...row,
  label: OUTPUT_LABELS[row.key].label,
  description: OUTPUT_LABELS[row.key].description,
  get: (k) => k[row.key],
});

/** The KPI rows of the comparison (v1), labelled as the model names them. */
export const COMPARE_KPIS: readonly CompareKpiDef[] = KPI_ROWS.map(def);

/** §8 rows: what the fleet costs (both revenue modes), the economic cost, after-tax NPV. */
const TOTAL_COST = def({ key: 'totalCost', format: formatMoney, formatDelta: money, better: 'lower' });
const PV_COST = def({ key: 'presentValueOfCost', format: formatMoney, formatDelta: money, better: 'lower' });
const ECONOMIC = def({ key: 'economicCostPerMTokens', format: formatUnitPrice, formatDelta: unit, better: 'lower' });
const AFTER_TAX_NPV: CompareKpiDef = {
  key: 'afterTax.npv',
  label: `${OUTPUT_LABELS.npv.label}, after tax`,
  description: `${OUTPUT_LABELS.npv.description} ${OUTPUT_LABELS.afterTax.description}`,
  get: (k) => (k.afterTax === undefined ? undefined : (k.afterTax?.npv ?? null)),
  format: formatMoney,
  formatDelta: money,
  better: 'higher',
};

/** A cost centre (§8): its mode says so, or (mode unknown) its projection earned no revenue. */
export function isCostCentre(item: CompareItem): boolean {
  return item.revenueMode === undefined ? Number(item.projection.kpis.totalRevenue) === 0 : item.revenueMode === 'costCentre';
}

/**
 * The rows for these scenarios, ordered for the baseline: a cost centre leads with present value
 * of cost, total cost and economic cost per M tokens; a revenue scenario with NPV (after-tax NPV
 * beside it) and lists the cost rows after the unit costs. A §8 row none of the projections
 * carries is left out; after-tax NPV only when one of them has tax.
 */
export function compareKpis(items: readonly CompareItem[], baseline: CompareItem): CompareKpiDef[] {
  const carried = (row: CompareKpiDef) => items.some((it) => row.get(it.projection.kpis) !== undefined);
  const afterTax = items.some((it) => it.projection.kpis.afterTax != null) ? [AFTER_TAX_NPV] : [];
  const [npv, ...rest] = COMPARE_KPIS as [CompareKpiDef, ...CompareKpiDef[]];
  const costPerMAt = rest.findIndex((r) => r.key === 'cashCostPerMTokens') + 1;
  const rows = isCostCentre(baseline)
    ? [PV_COST, TOTAL_COST, ECONOMIC, npv, ...afterTax, ...rest]
    : [npv, ...afterTax, ...rest.slice(0, costPerMAt), ECONOMIC, TOTAL_COST, PV_COST, ...rest.slice(costPerMAt)];
  return rows.filter(carried);
}

/** KPIs whose ratio to the baseline is meaningful (same units, positive). */
export const RATIO_KPIS: readonly { key: KpiKey; label: string }[] = (
  ['costPerMTokens', 'cashCostPerMTokens', 'breakEvenApiPricePerMTokens', 'tokensPerMWh', 'joulesPerToken', 'totalCapex', 'totalRevenue'] as const
).map((key) => ({ key, label: OUTPUT_LABELS[key].label }));

/**
 * A ratio to the baseline in words: "3.22× the cost per M tokens (222% higher)", "0.25× the cost
 * per M tokens (75% lower)". Never "3.22x higher": 3.22 times the cost is 222 % more, not 322 %.
 */
export function ratioPhrase(r: number, noun: string): string {
  const change = Math.round(Math.abs(r - 1) * 100);
  const direction = r > 1 ? 'higher' : 'lower';
  return change === 0 ? `the same ${noun}` : `${formatRatio(r)} the ${noun} (${formatCount(change, 0)}% ${direction})`;
}

export interface Delta {
  /** Exact item − baseline (decimal string), null when either is null. */
  absolute: string | null;
  /** (item − baseline) ÷ |baseline|, null when either is null or the baseline is 0. */
  relative: number | null;
  /** Whether the change is good, bad or neither, by the KPI's direction. */
  verdict: 'better' | 'worse' | 'same' | null;
}

export function delta(
  item: string | null,
  baseline: string | null,
  better: Better = 'neither',
  comparable: (value: string) => boolean = () => true,
): Delta {
  if (item === null || baseline === null || !comparable(item) || !comparable(baseline)) return { absolute: null, relative: null, verdict: null };
  const absolute = subtractDecimals(item, baseline);
  const d = Number(absolute);
  const b = Number(baseline);
  const relative = b === 0 ? null : d / Math.abs(b);
  const verdict = d === 0 ? 'same' : better === 'neither' ? null : (d > 0) === (better === 'higher') ? 'better' : 'worse';
  return { absolute, relative, verdict };
}

/** item ÷ baseline as a number, null when either is missing or the baseline is 0. */
export function ratio(item: string | null, baseline: string | null): number | null {
  const a = toNumber(item);
  const b = toNumber(baseline);
  return a === null || b === null || b === 0 ? null : a / b;
}

export interface OverlayRow {
  month: string;
  [seriesKey: string]: number | string | null;
}

/** One row per calendar month in any scenario; per scenario `s{i}` = the picked value or null. */
export function overlayRows(items: readonly CompareItem[], pick: (m: ProjectionView['months'][number]) => number | null): OverlayRow[] {
  const months = [...new Set(items.flatMap((it) => it.projection.months.map((m) => m.month)))].sort();
  const lookup = items.map((it) => new Map(it.projection.months.map((m) => [m.month, m])));
  return months.map((month) => {
    const row: OverlayRow = { month };
    lookup.forEach((byMonth, i) => {
      const m = byMonth.get(month);
      row[`s${i}`] = m ? pick(m) : null;
    });
    return row;
  });
}

export const cumulativePick = (m: ProjectionView['months'][number]) => toNumber(m.cumulativeCashFlow);
export const costPerMPick = (m: ProjectionView['months'][number]) => perMTokens(toNumber(m.pnlCost) ?? 0, toNumber(m.servedTokens) ?? 0);
