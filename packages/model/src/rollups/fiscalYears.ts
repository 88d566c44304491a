/**
 * Fiscal-year rollups (spec §6): every monthly flow line (money, tokens, energy) summed over
 * the months of each fiscal year, in month order. A fiscal year is named by the calendar year
 * in which it ends (fiscalYearOf); the partial years at either end of the horizon hold just
 * their months. `cumulativeCashFlow` is the closing balance: the running cash flow at the
 * fiscal year's last month in the horizon (a balance, not a flow, so it is not summed).
 */
import { type Decimal, ZERO } from '../decimal';
import { exactSum } from '../exactSum';
import type { CalendarMonth } from '../projection/calendar';
import type { MonthLines } from '../projection/monthTotals';
import { MONTH_FLOW_LINES, type MonthFlowLine } from '../projection/types';

export type FiscalYearLines = { readonly fiscalYear: number; readonly cumulativeCashFlow: Decimal } & {
  readonly [line in MonthFlowLine]: Decimal;
};

type Accumulator = { fiscalYear: number; cumulativeCashFlow: Decimal } & Record<MonthFlowLine, Decimal>;

/** The months of each fiscal year, in order. */
function monthsByYear(calendar: readonly CalendarMonth[], months: readonly MonthLines[]) {
  const years: { fiscalYear: number; months: MonthLines[] }[] = [];
  months.forEach((month, t) => {
    const fiscalYear = calendar[t]?.fiscalYear;
    if (fiscalYear === undefined) throw new RangeError(`month ${t} is outside the calendar`);
    let year = years.at(-1);
    if (year?.fiscalYear !== fiscalYear) {
      year = { fiscalYear, months: [] };
      years.push(year);
    }
    year.months.push(month);
  });
  return years;
}

/** One line's months of a year, refilled for each sum (exactSum keeps no reference). */
const terms: Decimal[] = [];

export function fiscalYearRollup(calendar: readonly CalendarMonth[], months: readonly MonthLines[]): FiscalYearLines[] {
  return monthsByYear(calendar, months).map(({ fiscalYear, months: inYear }) => {
    const year = { fiscalYear, cumulativeCashFlow: inYear.at(-1)?.cumulativeCashFlow ?? ZERO } as Accumulator;
    // Σ in month order; exactSum gives the chained sum's Decimal (exactSum.ts).
    for (const line of MONTH_FLOW_LINES) {
      terms.length = 0;
      for (const month of inYear) terms.push(month[line]);
      year[line] = exactSum(terms);
    }
    return year;
  });
}
