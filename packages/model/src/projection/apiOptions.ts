/**
 * The API side of a projection (spec §3, §9): each option settles its applications' list-price
 * costs (allocation/apiCommitment.ts: commitment minimum, discount, unused commitment), each
 * application gets its allocated API cost, and the month totals see API tokens only in the
 * months an API serves them (a migration path moves the rest to platforms, which count them).
 */
import { type Decimal, ZERO } from '../decimal';
import { settleApiOption, type ApiOptionMonths } from '../allocation/apiCommitment';
import type { Scenario } from '../scenario/schema';
import { withApiAllocation, type ApplicationProjection } from './applicationSeries';
import type { ApplicationSeries } from './monthTotals';

export interface SettledApis {
  readonly applications: ApplicationProjection[];
  readonly apiOptions: ApiOptionMonths[];
}

export function settleApiOptions(scenario: Scenario, series: readonly ApplicationProjection[]): SettledApis {
  const months = scenario.horizonMonths;
  const apiAllocated = series.map(() => new Map<string, readonly Decimal[]>());
  const apiOptions = scenario.apiOptions.map((option) => {
    const users = series.flatMap((s, i) => {
      const charges = s.apiCharges.get(option.id);
      return charges === undefined ? [] : [{ i, charges }];
    });
    const { lines, allocated } = settleApiOption(option, users.map((u) => u.charges), months, scenario.idlePolicy);
    users.forEach((u, k) => apiAllocated[u.i]?.set(option.id, allocated[k] ?? []));
    return lines;
  });
  return { applications: series.map((s, i) => withApiAllocation(s, apiAllocated[i] ?? new Map())), apiOptions };
}

/**
 * What the month totals (monthTotals.ts) read of the applications: API tokens of the API months
 * only, each application's allocated API cost, and one line per option with idle unused
 * commitment (so Σ apiCost is the options' cost). Without paths and commitments: the series themselves.
 */
export function totalsView(applications: readonly ApplicationSeries[], projections: readonly ApplicationProjection[], apiOptions: readonly ApiOptionMonths[]): ApplicationSeries[] {
  const view = applications.map((a, i) => {
    const apiDemand = projections[i]?.apiDemand ?? a.demand;
    return !a.onApi || apiDemand === a.demand ? a : { ...a, demand: apiDemand, served: apiDemand };
  });
  for (const option of apiOptions) {
    if (option.idle.every((x) => x.isZero())) continue;
    const none = option.idle.map(() => ZERO);
    view.push({ onApi: true, demand: none, served: none, revenue: none, apiCost: option.idle, allocated: none });
  }
  return view;
}
