// Axis helpers shared by the charts: month ticks, compact tick labels, sizes.
import { compact, formatMonthShort, formatUnitPrice, MINUS } from '../format';

export const CHART_HEIGHT = 260;
export const TICK_STYLE = { fontSize: 11, fill: '#4a5868' } as const;
export const AXIS_LABEL_STYLE = { fontSize: 11, fill: '#4a5868', fontWeight: 600 } as const;

/** Month categories to label: quarters up to 3 years, half-years up to 6, then Januaries. */
export function monthTicks(months: readonly string[]): string[] {
  const step = months.length <= 36 ? 3 : months.length <= 72 ? 6 : 12;
  return months.filter((m) => (Number(m.slice(5, 7)) - 1) % step === 0);
}

export const monthTick = (value: unknown): string => formatMonthShort(String(value));

/** "$1.2M", "−$300k", "$0" for axis ticks. */
export function moneyTick(value: unknown): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return '';
  if (n === 0) return '$0';
  return `${n < 0 ? MINUS : ''}$${compact(Math.abs(n))}`;
}

export function unitPriceTick(value: unknown): string {
  const n = Number(value);
  return Number.isFinite(n) ? formatUnitPrice(n) : '';
}

export function countTick(value: unknown): string {
  const n = Number(value);
  return Number.isFinite(n) ? compact(n) : '';
}

export function percentTick(value: unknown): string {
  const n = Number(value);
  return Number.isFinite(n) ? `${Math.round(n * 100)}%` : '';
}

/** The smallest "nice" step (1, 2, 2.5, 5 × 10^k) at least `x`. */
export function niceStep(x: number): number {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= x * (1 - 1e-12)) return m * p;
  return 10 * p;
}

export interface AxisScale {
  domain: [number, number];
  ticks: number[];
}

/**
 * Ticks for two value axes that share one zero line (monthly bars on the left, cumulative on the
 * right): the same number of intervals below and above zero on both, each with a nice step,
 * choosing the split that wastes the least height.
 */
export function alignedZeroScales(left: readonly number[], right: readonly number[], intervals = 5): [AxisScale, AxisScale] {
  const range = (xs: readonly number[]) => [Math.min(0, ...xs), Math.max(0, ...xs)] as const;
  const [lMin, lMax] = range(left);
  const [rMin, rMax] = range(right);
  const anyNegative = lMin < 0 || rMin < 0;
  const anyPositive = lMax > 0 || rMax > 0;
  let best: { score: number; below: number; lStep: number; rStep: number } | null = null;
  for (let below = anyNegative ? 1 : 0; below <= (anyPositive ? intervals - 1 : intervals); below++) {
    const above = intervals - below;
    const need = (min: number, max: number) => Math.max(below > 0 ? -min / below : min < 0 ? Infinity : 0, above > 0 ? max / above : max > 0 ? Infinity : 0);
    const lNeed = need(lMin, lMax);
    const rNeed = need(rMin, rMax);
    if (!Number.isFinite(lNeed) || !Number.isFinite(rNeed)) continue;
    const lStep = niceStep(lNeed);
    const rStep = niceStep(rNeed);
    const score = (lMax - lMin) / (lStep * intervals) + (rMax - rMin) / (rStep * intervals);
    if (!best || score > best.score) best = { score, below, lStep, rStep };
  }
  const b = best ?? { below: 0, lStep: 1, rStep: 1 };
  const scale = (step: number): AxisScale => {
    const ticks = Array.from({ length: intervals + 1 }, (_, i) => (i - b.below) * step);
    return { domain: [ticks[0] ?? 0, ticks[ticks.length - 1] ?? 0], ticks };
  };
  return [scale(b.lStep), scale(b.rStep)];
}

/** Ticks from zero (or the minimum, if negative) to the maximum in `intervals` nice steps. */
export function niceScale(values: readonly (number | null)[], intervals = 4): AxisScale {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const max = Math.max(0, ...xs);
  const min = Math.min(0, ...xs);
  const [scale] = alignedZeroScales([min, max], [min, max], intervals);
  return scale;
}
