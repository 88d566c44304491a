import { describe, expect, it } from 'vitest';
import { fiscalYearOfMonth, fiscalYearsOf, showback } from '../../src/output/showback';
import { PROJECTION, SCENARIO } from './fixture';

describe('showback roll-ups', () => {
  it('rolls up by team with idle on its own line, exactly', () => {
    const r = showback(PROJECTION, SCENARIO, { dimension: 'team', idle: 'separate', period: 'horizon' });
    // Support: 90 + 60 + 120 + 60 + 100.3375 + 66.3375; Research: 40 + 30 + 35.005; idle 50 + 20 + 33.325.
    expect(Object.fromEntries(r.lines.map((l) => [l.key, l.amount]))).toEqual({ 'team:Support': '496.675', 'team:Research': '105.005', 'idle:gpu': '103.325' });
    expect(r.total).toBe('705.005'); // self-hosted 3 × 200 + API 105.005
  });

  it('rounds to cents by largest remainder so the cents add up', () => {
    const r = showback(PROJECTION, SCENARIO, { dimension: 'team', idle: 'separate', period: 'horizon' });
    // Each line is x.xx5; half-up would show 496.68 + 105.01 + 103.33 = 705.02 against a 705.00 total.
    expect(r.lines.map((l) => l.cents)).toEqual([49668n, 10500n, 10332n]);
    expect(r.totalCents).toBe(70500n);
  });

  it('spreads idle over the applications of its platform by allocated cost, on the money grid', () => {
    const r = showback(PROJECTION, SCENARIO, { dimension: 'application', idle: 'spread', period: 'horizon' });
    const byKey = Object.fromEntries(r.lines.map((l) => [l.key, l.amount]));
    // Nov: 50 × 90/150 = 30 and 20. Dec: 20 × 120/180 = 13.333… and 6.666…: each rounds down on
    // the 20-place grid and the largest share takes the residual quantum (…334 and …666).
    // Jan: 33.325 × 100.3375/166.675 = 20.061480050997450127493… and 13.263519949002549872506…,
    // down to 20.06148005099745012749 and 13.26351994900254987250, the residual 1e-20 to Chat.
    // Chat = 90 + 30 + 120 + 13.33333333333333333334 + 100.3375 + 20.06148005099745012750.
    expect(byKey['app:a1']).toBe('373.73231338433078346084');
    // Search = 60 + 20 + 60 + 6.66666666666666666666 + 66.3375 + 13.2635199490025498725.
    expect(byKey['app:a2']).toBe('226.26768661566921653916');
    expect(byKey['app:a3']).toBe('105.005');
    expect(r.total).toBe('705.005');
    expect(r.lines.some((l) => l.idle)).toBe(false);
  });

  it('rolls up by platform (API apps under their API) and by fiscal year', () => {
    const r = showback(PROJECTION, SCENARIO, { dimension: 'platform', idle: 'separate', period: 2028 });
    expect(r.lines.map((l) => [l.label, l.amount])).toEqual([
      ['GPU fleet', '166.675'],
      ['Vendor API (API)', '35.005'],
      ['Idle capacity — GPU fleet', '33.325'],
    ]);
    expect(r.total).toBe('235.005');
  });

  it('names fiscal years by the calendar year they end in', () => {
    expect(fiscalYearOfMonth('2027-07', 7)).toBe(2028);
    expect(fiscalYearOfMonth('2028-06', 7)).toBe(2028);
    expect(fiscalYearOfMonth('2027-12', 1)).toBe(2027);
    expect(fiscalYearsOf(PROJECTION, 1)).toEqual([2027, 2028]);
  });
});
