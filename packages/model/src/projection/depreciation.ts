/**
 * Straight-line depreciation by purchase cohort (spec §3). The capex of month s is a cohort
 * with depreciable base `capex · (1 − residual)`, written off over `lifeMonths` months from
 * month s: `base / lifeMonths` a month on the money grid, the last month taking the rounding
 * remainder so that a cohort's charges add up to its base exactly. Charges after the
 * horizon are cut (not shown, not pulled forward); the undepreciated rest stays on the
 * balance sheet.
 */
import { type Decimal, ONE, ZERO } from '../decimal';
import { toMoneyGrid } from './grids';

export function depreciationSeries(capex: readonly Decimal[], residualValuePct: Decimal, lifeMonths: number): Decimal[] {
  const months = capex.length;
  // change[t]: how the monthly charge changes at t (a cohort starts, takes its remainder, ends)
  const change = new Array<Decimal>(months + 1).fill(ZERO);
  const bump = (t: number, amount: Decimal): void => {
    if (t < months) change[t] = (change[t] ?? ZERO).plus(amount);
  };
  const depreciableShare = ONE.minus(residualValuePct);
  capex.forEach((amount, start) => {
    if (amount.isZero()) return;
    const base = toMoneyGrid(amount.times(depreciableShare));
    const monthly = toMoneyGrid(base.div(lifeMonths));
    const lastMonthExtra = base.minus(monthly.times(lifeMonths));
    const last = start + lifeMonths - 1;
    bump(start, monthly);
    bump(last, lastMonthExtra);
    bump(last + 1, lastMonthExtra.plus(monthly).neg());
  });
  const series: Decimal[] = [];
  let charge = ZERO;
  for (let t = 0; t < months; t++) {
    charge = charge.plus(change[t] ?? ZERO);
    series.push(charge);
  }
  return series;
}
