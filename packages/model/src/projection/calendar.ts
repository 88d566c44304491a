/**
 * The monthly calendar of a projection (spec §1): month `t` is calendar month `start + t`,
 * `hours_t` = days in that month × 24 (a leap February has 29 days: 696 hours), and the
 * fiscal year a month belongs to (spec §6: named by the calendar year in which it ends).
 */

export interface CalendarMonth {
  readonly t: number;
  /** "YYYY-MM" */
  readonly label: string;
  readonly year: number;
  /** 1 … 12 */
  readonly month: number;
  readonly hours: number;
  readonly fiscalYear: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS[month - 1] ?? Number.NaN;
}

export function hoursInMonth(year: number, month: number): number {
  return daysInMonth(year, month) * 24;
}

/**
 * Fiscal year of a calendar month: a year starting in month `s` (1 … 12) is named by the
 * calendar year it ends in, so with s = 7, July 2027 – June 2028 is fiscal 2028; with s = 1
 * the fiscal year is the calendar year.
 */
export function fiscalYearOf(year: number, month: number, fiscalYearStartMonth: number): number {
  return fiscalYearStartMonth > 1 && month >= fiscalYearStartMonth ? year + 1 : year;
}

/** `{ year, month }` of a "YYYY-MM" label; throws on anything else (the schema checked it). */
export function parseYearMonth(label: string): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(label);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (match === null || month < 1 || month > 12) throw new RangeError(`not a "YYYY-MM" month: ${label}`);
  return { year, month };
}

export function formatYearMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function buildCalendar(start: string, horizonMonths: number, fiscalYearStartMonth: number): CalendarMonth[] {
  const origin = parseYearMonth(start);
  const months: CalendarMonth[] = [];
  for (let t = 0; t < horizonMonths; t++) {
    const index = origin.month - 1 + t;
    const year = origin.year + Math.floor(index / 12);
    const month = (index % 12) + 1;
    months.push({
      t,
      label: formatYearMonth(year, month),
      year,
      month,
      hours: hoursInMonth(year, month),
      fiscalYear: fiscalYearOf(year, month, fiscalYearStartMonth),
    });
  }
  return months;
}
