/**
 * The applications of a Scenario in float64 (spec §3, §8 migration path, §9): demand inputs,
 * the target of each month, the busy-time rate on its platform, API list prices per token and
 * the options' commitments, tabulated once at compile time (no `Math.pow` per cell). Read by
 * applicationsFloat.ts, the float instance of demand.ts / serving.ts / apiCommitment.ts.
 */
import { Decimal } from '../decimal';
import type { Application, Scenario } from '../scenario/schema';
import { scheduleOf, targetAt, throughputForm } from '../scenario/servedBy';
import type { GrowthOf } from '../projection/demand';
import { rateFigureOf } from '../projection/modelGroups';
import { apiBlendedPrice } from '../projection/applicationSeries';
import { fractionalYearPowersInto } from '../projection/powerSeries';
import { floatArithmetic } from '../numeric';

export interface FloatApplication {
  id: string;
  /** Platform of month 0 (−1 on an API); `platformAt` when a migration path changes it. */
  platformIndex: number;
  /** Platform index per month (−1 in API months), null when it never changes. */
  platformAt: Int32Array | null;
  /**
   * The throughput the throughput driver scales: a v1 figure's tokens/s/GPU on its one platform;
   * 1 when `rateAt` carries the rate (§9 forms, migration paths).
   */
  throughput: number;
  /** Busy GPU-seconds per token per month at day-one speed (`a/T`, modelGroups.ts; 0 in API months), null: `1/throughput`. */
  rateAt: Float64Array | null;
  /** Tokens in month 0, or with seats (§9) the seats in month 0 (`growth` then compounds the seat count). */
  tokensMonth0: number;
  growth: GrowthOf<number>;
  /** §9 seats: tokens per seat per month `tokensPerSeatMonth0 · (1+h)^(t/12)`, null for token demand. */
  tokensPerSeat: Float64Array | null;
  revenuePerMTokens: number;
  /** `(1 − annualPriceErosion)^(t/12) / 1e6`: multiply by tokens and the price per M tokens. */
  revenueFactor: Float64Array;
  /** §9 seat price `revenuePerSeatMonth` (0 without seats) and `(1 − erosion)^(t/12)`. */
  revenuePerSeatMonth: number;
  seatPriceFactor: Float64Array | null;
  /** API list cost per token per month `blended · (1 − decline)^(t/12) / 1e6` (0 in platform months; null: never on an API). */
  apiCostPerToken: Float64Array | null;
  /** API option index per month (−1 in platform months), null when never on an API. */
  apiOptionAt: Int32Array | null;
}

/** §9 commitment of an option: `max(minimum, usage · keep)`, `keep = 1 − discountPct`; null without one. */
export type FloatCommitment = { minimum: number; keep: number } | null;

type Powers = (base: number) => Float64Array;

/** `base^(t/12)` memoised by base within one compile (powerSeries.ts). */
export function powersMemo(memo: Map<number, Float64Array>, horizon: number): Powers {
  return (base) => {
    let series = memo.get(base);
    if (series === undefined) {
      series = new Float64Array(horizon);
      fractionalYearPowersInto(floatArithmetic, base, horizon, series);
      memo.set(base, series);
    }
    return series;
  };
}

const oneMinus = (x: string | number) => new Decimal(1).minus(x).toNumber();

function compileGrowth(a: Application): { tokensMonth0: number; growth: GrowthOf<number> } {
  if (a.seats !== undefined) return { tokensMonth0: Number(a.seats.seatsMonth0), growth: { type: 'compound', rate: Number(a.seats.monthlyGrowth) } };
  const g = a.growth;
  if (g === undefined || a.tokensMonth0 === undefined) throw new TypeError(`application "${a.id}" has neither seats nor tokensMonth0 and growth`);
  const tokensMonth0 = Number(a.tokensMonth0);
  if (g.type === 'compound') return { tokensMonth0, growth: { type: 'compound', rate: Number(g.monthlyRate) } };
  if (g.type === 'linear') return { tokensMonth0, growth: { type: 'linear', increment: Number(g.monthlyIncrement) } };
  return { tokensMonth0, growth: { type: 'logistic', capacity: Number(g.capacity), rate: Number(g.rate) } };
}

export function compileCommitments(s: Scenario): FloatCommitment[] {
  return s.apiOptions.map((o) => (o.commitment === undefined ? null : { minimum: Number(o.commitment.monthlyMinimum), keep: oneMinus(o.commitment.discountPct) }));
}

export function compileApplication(s: Scenario, a: Application, powers: Powers): FloatApplication {
  const H = s.horizonMonths;
  const schedule = scheduleOf(a.servedBy);
  const migrates = schedule.length > 1;
  const platformIndex = new Map(s.platforms.map((p, i) => [p.id, i]));
  const apiIndex = new Map(s.apiOptions.map((o, i) => [o.id, i]));
  const targets = Array.from({ length: H }, (_, t) => targetAt(a.servedBy, t));
  const platformAt = Int32Array.from(targets, (tg) => ('platform' in tg ? (platformIndex.get(tg.platform) ?? -1) : -1));
  const apiAt = Int32Array.from(targets, (tg) => ('api' in tg ? (apiIndex.get(tg.api) ?? -1) : -1));
  const first = schedule[0]?.target;
  const firstPlatform = first !== undefined && 'platform' in first ? s.platforms[platformIndex.get(first.platform) ?? -1] : undefined;
  const firstFigure = firstPlatform === undefined ? undefined : firstPlatform.throughput[a.model];
  // A v1 figure on one platform keeps `1/throughput` (the driver scales it); otherwise a per-month rate.
  const plain = !migrates && firstFigure !== undefined && throughputForm(firstFigure).kind === 'all';
  let rateAt: Float64Array | null = null;
  if (!plain && platformAt.some((p) => p >= 0)) {
    const rates = s.platforms.map((p) => (schedule.some((e) => 'platform' in e.target && e.target.platform === p.id) ? rateFigureOf(p, a) : null));
    const rateOf = rates.map((r) => (r === null ? 0 : r.numerator.div(r.throughput).toNumber()));
    rateAt = Float64Array.from(platformAt, (p) => (p >= 0 ? (rateOf[p] ?? 0) : 0));
  }
  const erosion = powers(oneMinus(a.annualPriceErosion));
  const revenueFactor = Float64Array.from(erosion, (e) => e / 1e6);
  let apiCostPerToken: Float64Array | null = null;
  if (apiAt.some((o) => o >= 0)) {
    const perOption = s.apiOptions.map((o) => {
      const blended = apiBlendedPrice(a, o).toNumber();
      const decline = powers(oneMinus(o.annualPriceDecline));
      return Float64Array.from(decline, (f) => (blended * f) / 1e6);
    });
    apiCostPerToken = Float64Array.from(apiAt, (o, t) => (o >= 0 ? (perOption[o]?.[t] ?? 0) : 0));
  }
  let tokensPerSeat: Float64Array | null = null;
  if (a.seats !== undefined) {
    const perSeat = Number(a.seats.tokensPerSeatMonth0);
    tokensPerSeat = Float64Array.from(powers(new Decimal(1).plus(a.seats.tokensPerSeatAnnualGrowth).toNumber()), (f) => perSeat * f);
  }
  const seatPrice = a.seats !== undefined && a.revenuePerSeatMonth !== undefined ? Number(a.revenuePerSeatMonth) : 0;
  return {
    id: a.id,
    platformIndex: platformAt[0] ?? -1,
    platformAt: migrates ? platformAt : null,
    throughput: plain ? Number(firstFigure) : 1,
    rateAt,
    ...compileGrowth(a),
    tokensPerSeat,
    revenuePerMTokens: Number(a.revenuePerMTokens),
    revenueFactor,
    revenuePerSeatMonth: seatPrice,
    seatPriceFactor: seatPrice === 0 ? null : erosion,
    apiCostPerToken,
    apiOptionAt: apiCostPerToken === null ? null : apiAt,
  };
}
