import { describe, expect, it } from 'vitest';
import { buildCalendar, fiscalYearOf, hoursInMonth } from '../../src/projection/calendar';
import { project } from '../../src/projection/project';
import { scenario } from '../helpers/build';

describe('calendar', () => {
  it('counts a leap February as 29 days: 2028-02 has 696 hours', () => {
    expect(hoursInMonth(2028, 2)).toBe(29 * 24); // 696
    expect(hoursInMonth(2027, 2)).toBe(28 * 24); // 672
  });

  it('follows the Gregorian rule for century years: 2000 is leap, 2100 is not', () => {
    expect(hoursInMonth(2000, 2)).toBe(696);
    expect(hoursInMonth(2100, 2)).toBe(672);
  });

  it('gives 31-day months 744 hours and 30-day months 720', () => {
    expect([1, 3, 4, 6, 7, 8, 9, 10, 11, 12].map((m) => hoursInMonth(2027, m))).toEqual([
      744, 744, 720, 720, 744, 744, 720, 744, 720, 744,
    ]);
  });

  it('labels month t as start + t, across the turn of the year', () => {
    const months = buildCalendar('2027-11', 4, 1);
    expect(months.map((m) => m.label)).toEqual(['2027-11', '2027-12', '2028-01', '2028-02']);
    expect(months.map((m) => m.hours)).toEqual([720, 744, 744, 696]);
  });

  it('puts the projection months and their hours in the response', () => {
    const result = project(scenario({ start: '2028-01', horizonMonths: 3 }));
    expect(result.months.map((m) => [m.t, m.month, m.hours])).toEqual([
      [0, '2028-01', '744'],
      [1, '2028-02', '696'],
      [2, '2028-03', '744'],
    ]);
  });

  it('names a fiscal year by the calendar year it ends in (start month 7: July 2027 – June 2028 is FY2028)', () => {
    expect(fiscalYearOf(2027, 6, 7)).toBe(2027);
    expect(fiscalYearOf(2027, 7, 7)).toBe(2028);
    expect(fiscalYearOf(2028, 6, 7)).toBe(2028);
    expect(fiscalYearOf(2028, 7, 7)).toBe(2029);
  });

  it('uses the calendar year when the fiscal year starts in January', () => {
    expect(fiscalYearOf(2027, 1, 1)).toBe(2027);
    expect(fiscalYearOf(2027, 12, 1)).toBe(2027);
  });
});
