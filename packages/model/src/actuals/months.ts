// "YYYY-MM" arithmetic for actuals and forecasts.
import { fiscalYearOf, formatYearMonth, parseYearMonth } from '../projection/calendar';

/** The month `n` months after `month` (n may be negative). */
export function addMonths(month: string, n: number): string {
  const { year, month: m } = parseYearMonth(month);
  const index = year * 12 + (m - 1) + n;
  return formatYearMonth(Math.floor(index / 12), (index % 12) + 1);
}

export function fiscalYearOfLabel(month: string, fiscalYearStartMonth: number): number {
  const { year, month: m } = parseYearMonth(month);
  return fiscalYearOf(year, m, fiscalYearStartMonth);
}

/** First and last calendar month of fiscal year `fy` (named by the calendar year it ends in). */
export function fiscalYearBounds(fy: number, fiscalYearStartMonth: number): { first: string; last: string } {
  const first = fiscalYearStartMonth === 1 ? formatYearMonth(fy, 1) : formatYearMonth(fy - 1, fiscalYearStartMonth);
  return { first, last: addMonths(first, 11) };
}
