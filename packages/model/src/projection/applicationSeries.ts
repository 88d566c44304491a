/**
 * Per-application month series: served tokens (from its platform, or all of its demand on an
 * API: an API has no capacity limit in the model), revenue `S/1e6 · p0 · (1 − erosion)^(t/12)`,
 * API cost `S/1e6 · blended · (1 − decline)^(t/12)` and allocated cost (its platform's
 * allocation, or its API cost). Money on the money grid.
 */
import { scheduleOf } from '../scenario/servedBy';
import { Decimal, ONE, ZERO } from '../decimal';
import type { ApiOption, Application } from '../scenario/schema';
import { decimalArithmetic } from '../numeric';
import { chargeOf } from './serving';
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
}

export function applicationSeries(
  application: Application,
  appIndex: number,
  demand: readonly Decimal[],
  context: ServingContext,
): ApplicationSeries {
  const revenuePrice = context.prices(new Decimal(application.revenuePerMTokens), new Decimal(application.annualPriceErosion));
  const schedule = scheduleOf(application.servedBy);
  const servedBy = schedule[0]?.target;
  if (servedBy === undefined || schedule.length > 1) throw new TypeError(`application "${application.id}": migration paths are not projected yet`);
  if ('api' in servedBy) {
    const option = context.apiOptions.get(servedBy.api);
    if (option === undefined) throw new TypeError(`application "${application.id}": no API option "${servedBy.api}"`);
    const blended = blendedPricePerMTokens(
      new Decimal(option.inputPricePerMTokens),
      new Decimal(option.outputPricePerMTokens),
      new Decimal(application.outputShare),
    );
    const apiCost = moneyTimes(demand, context.prices(blended, new Decimal(option.annualPriceDecline)));
    return { onApi: true, demand, served: demand, revenue: moneyTimes(demand, revenuePrice), apiCost, allocated: apiCost };
  }
  const run = context.platformRuns[context.platformIndex.get(servedBy.platform) ?? -1];
  const member = run?.applications.findIndex((m) => m.appIndex === appIndex) ?? -1;
  const served = run?.operations.served[member];
  const allocated = run?.allocation.allocated[member];
  if (served === undefined || allocated === undefined) {
    throw new TypeError(`application "${application.id}": no platform "${servedBy.platform}"`);
  }
  const none = new Array<Decimal>(demand.length).fill(ZERO);
  return { onApi: false, demand, served, revenue: moneyTimes(served, revenuePrice), apiCost: none, allocated };
}
