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
