/**
 * Per-application month series (spec §3, §8 migration path, §9). Month by month the application
 * is served by `targetAt(servedBy, t)`: on a platform, the tokens its platform served (the
 * platform carries its demand only in those months, platformProjection.ts) and that platform's
 * allocation; on an API, all of its demand (no capacity limit) at the option's blended price
 * `S/1e6 · blended · (1 − decline)^(t/12)` (prices.ts, token classes included), allocated as
 * the option settles it (allocation/apiCommitment.ts, run.ts). Revenue `S/1e6 · p0 ·
 * (1 − erosion)^(t/12)` plus, with seats, `seats · revenuePerSeatMonth · (1 − erosion)^(t/12) · S/D`.
 * Money on the money grid.
 *
 * Exposed per application-month for the response (helper E3 formats them):
 * - `target`: the month's Target ({ platform } or { api });
 * - `seats` (only when the application has seats) and `seatRevenue` (inside `revenue`);
 * and per API option-month (run.ts `apiOptions`, allocation/apiCommitment.ts): `cost`,
 * `unusedCommitment`, `idle` (the part of it left idle).
 */
import { Decimal, ONE, ZERO } from '../decimal';
import type { ApiOption, Application, Target } from '../scenario/schema';
import { scheduleOf, targetAt } from '../scenario/servedBy';
import { decimalArithmetic } from '../numeric';
import { add } from '../wordArithmetic';
import { chargeOf, seatRevenueOf } from './serving';
import { sharedSeries } from './seriesCache';
import type { ApplicationSeries } from './monthTotals';
import type { PlatformProjection } from './platformProjection';
import { blendedPricePerMTokens, decliningPriceSeries, perToken } from './prices';

/** Declining per-token price series, memoised by (price, decline, horizon) (seriesCache.ts). */
export function priceSeriesMemo(powers: (base: Decimal) => readonly Decimal[]) {
  return (pricePerMTokens: Decimal, annualDecline: Decimal): readonly Decimal[] => {
    const months = powers(ONE).length;
    const key = `price|${months}|${pricePerMTokens.toFixed()}|${annualDecline.toFixed()}`;
    return sharedSeries(key, () => decliningPriceSeries(perToken(pricePerMTokens), annualDecline, powers));
  };
}

function moneyTimes(tokens: readonly Decimal[], pricePerToken: readonly Decimal[]): Decimal[] {
  return tokens.map((s, t) => chargeOf(decimalArithmetic, s, pricePerToken[t] ?? ZERO));
}

export interface ServingContext {
  readonly platformRuns: readonly PlatformProjection[];
  readonly platformIndex: ReadonlyMap<string, number>;
  readonly apiOptions: ReadonlyMap<string, ApiOption>;
  readonly prices: (pricePerMTokens: Decimal, annualDecline: Decimal) => readonly Decimal[];
  /** `base^(t/12)` (powerSeries.ts): the seat price's erosion. */
  readonly powers: (base: Decimal) => readonly Decimal[];
}

/** An application's series with its §8/§9 parts; `apiCharges` are list-price costs per option, for the settlement. */
export interface ApplicationProjection extends ApplicationSeries {
  readonly target: readonly Target[];
  readonly seats?: readonly Decimal[];
  readonly seatRevenue: readonly Decimal[];
  /** Demand (= served) in the months an API serves it: zeros elsewhere (the same array as `demand` when always on an API). */
  readonly apiDemand: readonly Decimal[];
  /** List-price cost per API option serving it (0 in the months another target does). */
  readonly apiCharges: ReadonlyMap<string, readonly Decimal[]>;
}

/** The blended price per M tokens of `application` on `option` (spec §9 token classes). */
export function apiBlendedPrice(application: Application, option: ApiOption): Decimal {
  const input = new Decimal(option.inputPricePerMTokens);
  return blendedPricePerMTokens(input, new Decimal(option.outputPricePerMTokens), new Decimal(application.outputShare), {
    cachedInputShare: new Decimal(application.cachedInputShare ?? '0'),
    cachedInputPrice: option.cachedInputPricePerMTokens === undefined ? input : new Decimal(option.cachedInputPricePerMTokens),
    batchShare: new Decimal(application.batchShare ?? '0'),
    batchDiscount: new Decimal(option.batchDiscount ?? '0'),
  });
}

const isApi = (target: Target | undefined, api: string) => target !== undefined && 'api' in target && target.api === api;

function platformPart(application: Application, appIndex: number, platform: string, context: ServingContext) {
  const run = context.platformRuns[context.platformIndex.get(platform) ?? -1];
  const member = run?.applications.findIndex((m) => m.appIndex === appIndex) ?? -1;
  const served = run?.operations.served[member];
  const allocated = run?.allocation.allocated[member];
  if (served === undefined || allocated === undefined) throw new TypeError(`application "${application.id}": no platform "${platform}"`);
  return { served, allocated };
}

export function applicationSeries(
  application: Application,
  appIndex: number,
  demand: readonly Decimal[],
  seats: readonly Decimal[] | undefined,
  context: ServingContext,
): ApplicationProjection {
  const months = demand.length;
  const schedule = scheduleOf(application.servedBy);
  const target = schedule.length === 1 && schedule[0] !== undefined ? new Array<Target>(months).fill(schedule[0].target) : demand.map((_, t) => targetAt(application.servedBy, t));
  const none = new Array<Decimal>(months).fill(ZERO);
  // Per target: the platform's served tokens and allocation, or the option's list-price cost.
  const platforms = new Map<string, { served: readonly Decimal[]; allocated: readonly Decimal[] }>();
  const apiCharges = new Map<string, readonly Decimal[]>();
  for (const { target: entry } of schedule) {
    if ('platform' in entry) {
      if (!platforms.has(entry.platform)) platforms.set(entry.platform, platformPart(application, appIndex, entry.platform, context));
      continue;
    }
    if (apiCharges.has(entry.api)) continue;
    const option = context.apiOptions.get(entry.api);
    if (option === undefined) throw new TypeError(`application "${application.id}": no API option "${entry.api}"`);
    const api = entry.api;
    const onOption = schedule.length === 1 ? demand : demand.map((d, t) => (isApi(target[t], api) ? d : ZERO));
    apiCharges.set(entry.api, moneyTimes(onOption, context.prices(apiBlendedPrice(application, option), new Decimal(option.annualPriceDecline))));
  }
  const only = schedule.length === 1 ? schedule[0]?.target : undefined;
  const onPlatform = only !== undefined && 'platform' in only ? platforms.get(only.platform) : undefined;
  let served: readonly Decimal[];
  let apiDemand: readonly Decimal[];
  if (onPlatform !== undefined) [served, apiDemand] = [onPlatform.served, none];
  else if (only !== undefined) [served, apiDemand] = [demand, demand];
  else {
    served = target.map((tg, t) => ('platform' in tg ? (platforms.get(tg.platform)?.served[t] ?? ZERO) : (demand[t] ?? ZERO)));
    apiDemand = target.map((tg, t) => ('api' in tg ? (demand[t] ?? ZERO) : ZERO));
  }
  const revenuePrice = context.prices(new Decimal(application.revenuePerMTokens), new Decimal(application.annualPriceErosion));
  let revenue = moneyTimes(served, revenuePrice);
  let seatRevenue: readonly Decimal[] = none;
  if (seats !== undefined && application.revenuePerSeatMonth !== undefined) {
    const erosion = new Decimal(application.annualPriceErosion);
    const seatPrice = decliningPriceSeries(new Decimal(application.revenuePerSeatMonth), erosion, context.powers);
    seatRevenue = seats.map((s, t) => seatRevenueOf(decimalArithmetic, s, seatPrice[t] ?? ZERO, served[t] ?? ZERO, demand[t] ?? ZERO));
    revenue = revenue.map((r, t) => add(r, seatRevenue[t] ?? ZERO));
  }
  const apiCost = apiCharges.size === 1 ? [...apiCharges.values()][0] ?? none : apiCharges.size === 0 ? none : none.map((_, t) => [...apiCharges.values()].reduce((sum, c) => add(sum, c[t] ?? ZERO), ZERO));
  // Allocated: the platform's allocation in platform months; API months are filled by the settlement (withApiAllocation).
  const allocated = onPlatform !== undefined ? onPlatform.allocated : target.map((tg, t) => ('platform' in tg ? (platforms.get(tg.platform)?.allocated[t] ?? ZERO) : ZERO));
  return {
    onApi: apiCharges.size > 0,
    demand,
    served,
    revenue,
    apiCost,
    allocated,
    target,
    ...(seats === undefined ? {} : { seats }),
    seatRevenue,
    apiDemand,
    apiCharges,
  };
}

/**
 * The application with its API months allocated as the options settled them (`apiAllocated`: per
 * option it uses, the allocated series, 0 in other months). A single API target without a
 * commitment keeps its cost array itself as its allocation (v1 bytes).
 */
export function withApiAllocation(series: ApplicationProjection, apiAllocated: ReadonlyMap<string, readonly Decimal[]>): ApplicationProjection {
  if (apiAllocated.size === 0) return series;
  const parts = [...apiAllocated.values()];
  const onlyApi = series.target.every((tg) => 'api' in tg);
  if (onlyApi && parts.length === 1) {
    const allocated = parts[0] ?? series.allocated;
    return { ...series, allocated, apiCost: allocated };
  }
  const apiCost = series.target.map((_, t) => parts.reduce((sum, p) => add(sum, p[t] ?? ZERO), ZERO));
  const allocated = series.target.map((tg, t) => ('api' in tg ? (apiCost[t] ?? ZERO) : (series.allocated[t] ?? ZERO)));
  return { ...series, allocated, apiCost };
}
