/**
 * Demand `D_a(t)` in tokens per month (spec §3), written once for both number types
 * (numeric.ts), one value per month, built progressively:
 * - compound: `D0·(1+g)^t`, each month the previous one times (1+g);
 * - linear: `max(0, D0 + k·t)`, adding k each month (exact in Decimal: short decimals);
 * - logistic: `C / (1 + (C/D0 − 1)·e^(−r·t))` with `e^(−r)` taken once and raised by
 *   multiplication; month 0 is exactly D0, and with D0 = 0 demand stays 0 (the curve has
 *   no seed to grow from).
 * - seats (§9): `seatsMonth0·(1+g)^t · tokensPerSeat(t)`, the seat count by multiplication and
 *   `tokensPerSeat(t) = tokensPerSeatMonth0·(1+h)^(t/12)` tabulated by the caller (powerSeries.ts).
 * Each month's value is put on the token grid (grids.ts); the progression itself runs at
 * full precision, so grid rounding never compounds.
 */
import { Decimal } from '../decimal';
import { decimalArithmetic, type Arithmetic } from '../numeric';
import type { Growth, Scenario, Seats } from '../scenario/schema';
import { sharedSeries } from './seriesCache';

/** A growth rule in the instance's numbers. */
export type GrowthOf<T> =
  | { type: 'compound'; rate: T }
  | { type: 'linear'; increment: T }
  | { type: 'logistic'; capacity: T; rate: T };

/** Writes `months` values of demand into `out` from index `base`. */
export function demandInto<T>(N: Arithmetic<T>, d0: T, g: GrowthOf<T>, months: number, out: { [i: number]: T }, base: number): void {
  if (g.type === 'compound') {
    const factor = N.add(N.one, g.rate);
    let d = d0;
    for (let t = 0; t < months; t++) {
      if (t > 0) d = N.mul(d, factor);
      out[base + t] = N.toTokens(d);
    }
  } else if (g.type === 'linear') {
    let level = d0;
    for (let t = 0; t < months; t++) {
      if (t > 0) level = N.add(level, g.increment);
      out[base + t] = N.cmp(level, N.zero) < 0 ? N.zero : N.toTokens(level);
    }
  } else if (N.isZero(d0)) {
    for (let t = 0; t < months; t++) out[base + t] = N.zero;
  } else {
    const decay = N.exp(N.neg(g.rate));
    let gap = N.sub(N.div(g.capacity, d0), N.one); // (C/D0 − 1)·e^(−r·t)
    out[base] = N.toTokens(d0);
    for (let t = 1; t < months; t++) {
      gap = N.mul(gap, decay);
      out[base + t] = N.toTokens(N.div(g.capacity, N.add(N.one, gap)));
    }
  }
}

/** Seat demand (§9): writes the seat count and the demand of `months` months from index `base`. */
export function seatDemandInto<T>(
  N: Arithmetic<T>,
  seatsMonth0: T,
  monthlyGrowth: T,
  tokensPerSeat: ArrayLike<T>,
  months: number,
  seatsOut: { [i: number]: T },
  out: { [i: number]: T },
  base: number,
): void {
  const factor = N.add(N.one, monthlyGrowth);
  let seats = seatsMonth0;
  for (let t = 0; t < months; t++) {
    if (t > 0) seats = N.mul(seats, factor);
    seatsOut[base + t] = seats;
    out[base + t] = N.toTokens(N.mul(seats, tokensPerSeat[t] ?? N.zero));
  }
}

/** Seats and seat demand in Decimal; `powers(base)` gives `base^(t/12)` (powerSeries.ts). */
export function seatDemandSeries(seats: Seats, months: number, powers: (base: Decimal) => readonly Decimal[]): { seats: Decimal[]; demand: Decimal[] } {
  const perSeat = new Decimal(seats.tokensPerSeatMonth0);
  const tokensPerSeat = powers(new Decimal(1).plus(seats.tokensPerSeatAnnualGrowth)).map((f) => perSeat.times(f));
  const out = { seats: new Array<Decimal>(months), demand: new Array<Decimal>(months) };
  seatDemandInto(decimalArithmetic, new Decimal(seats.seatsMonth0), new Decimal(seats.monthlyGrowth), tokensPerSeat, months, out.seats, out.demand, 0);
  return out;
}

function growthOf(growth: Growth): GrowthOf<Decimal> {
  if (growth.type === 'compound') return { type: 'compound', rate: new Decimal(growth.monthlyRate) };
  if (growth.type === 'linear') return { type: 'linear', increment: new Decimal(growth.monthlyIncrement) };
  return { type: 'logistic', capacity: new Decimal(growth.capacity), rate: new Decimal(growth.rate) };
}

export function demandSeries(tokensMonth0: Decimal, growth: Growth, months: number): Decimal[] {
  const series = new Array<Decimal>(months);
  demandInto(decimalArithmetic, tokensMonth0, growthOf(growth), months, series, 0);
  return series;
}

/**
 * Each application's demand (and seats, §9, when it has them), shared between projections
 * (seriesCache.ts) by its demand inputs.
 */
export function demandOf(scenario: Scenario, powers: (base: Decimal) => readonly Decimal[]) {
  const horizon = scenario.horizonMonths;
  const seats: (readonly Decimal[] | undefined)[] = [];
  const demand = scenario.applications.map((a) => {
    const { tokensMonth0, growth } = a;
    if (a.seats !== undefined) {
      const given = a.seats;
      const key = `seats|${horizon}|${JSON.stringify(given)}`;
      seats.push(sharedSeries(`${key}|count`, () => seatDemandSeries(given, horizon, powers).seats));
      return sharedSeries(`${key}|demand`, () => seatDemandSeries(given, horizon, powers).demand);
    }
    seats.push(undefined);
    if (tokensMonth0 === undefined || growth === undefined) throw new TypeError(`application "${a.id}" has neither seats nor tokensMonth0 and growth`);
    return sharedSeries(`demand|${horizon}|${tokensMonth0}|${JSON.stringify(growth)}`, () => demandSeries(new Decimal(tokensMonth0), growth, horizon));
  });
  return { demand, seats };
}
