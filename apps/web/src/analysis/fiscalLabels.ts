// Fiscal year labels that say when a year is partial (issue 19): the horizon rarely starts and
// ends on fiscal year boundaries, and a 7-month FY2027 beside a 12-month FY2028 is not comparable.
import { fiscalYearOfMonth } from '@tokenplan/model';
import { formatFiscalYear } from '../format';

/** Months of the horizon in each fiscal year ("2027-06" … with FY start 1 → 2027: 7). */
export function monthsPerFiscalYear(months: readonly string[], fiscalYearStartMonth = 1): Map<number, number> {
  const counts = new Map<number, number>();
  for (const month of months) {
    const year = fiscalYearOfMonth(month, fiscalYearStartMonth);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}

/** "FY2027 (7 months)" for a partial year, "FY2028" for a full one. */
export function fiscalYearLabel(year: number, months: number | undefined): string {
  return months !== undefined && months < 12 ? `${formatFiscalYear(year)} (${months} month${months === 1 ? '' : 's'})` : formatFiscalYear(year);
}
