/**
 * One platform over the horizon: its applications grouped by model, the physical months
 * (platformOperations), the money lines (platformCosts) and the allocation of its cost to
 * its applications and idle (allocation/platformAllocation).
 */
import { scheduleOf, targetAt } from '../scenario/servedBy';
import { type Decimal, ZERO } from '../decimal';
import { allocatePlatform, type PlatformAllocation } from '../allocation/platformAllocation';
import type { IdlePolicy } from '../allocation/allocate';
import type { Application, Platform, Target } from '../scenario/schema';
import { platformCosts, type CostContext, type PlatformCostLines } from './platformCosts';
import { operatePlatform, type PlatformApplication, type PlatformOperations } from './platformOperations';
import { modelGroups, rateFigureOf } from './modelGroups';
import { sharedSeries } from './seriesCache';
import { softwareMultiplierSeries } from './softwareCurve';

export interface PlatformProjection {
  readonly platform: Platform;
  readonly applications: readonly PlatformApplication[];
  readonly softwareMultiplier: readonly Decimal[];
  readonly operations: PlatformOperations;
  readonly costs: PlatformCostLines;
  readonly allocation: PlatformAllocation;
}

export interface PlatformContext extends CostContext {
  readonly pue: Decimal;
  readonly idlePolicy: IdlePolicy;
  /** false: skip the allocation (KPIs only, run.ts `projectionKpis`). */
  readonly allocate?: boolean;
}

/**
 * The demand `platform` carries for one application: all of it for a plain target, or on a
 * migration path (spec §8) the demand of the months the platform serves it, zeros elsewhere.
 */
function memberDemand(platform: Platform, application: Application, demand: readonly Decimal[]): readonly Decimal[] | null {
  const schedule = scheduleOf(application.servedBy);
  const serves = (target: Target) => 'platform' in target && target.platform === platform.id;
  if (!schedule.some((entry) => serves(entry.target))) return null;
  if (schedule.length === 1) return demand;
  return demand.map((d, t) => (serves(targetAt(application.servedBy, t)) ? d : ZERO));
}

/** The applications served by `platform` (in scenario order), each with its rate group (modelGroups.ts). */
function membersOf(
  platform: Platform,
  applications: readonly Application[],
  demand: readonly (readonly Decimal[])[],
): { members: PlatformApplication[]; groupThroughput: Decimal[]; groupNumerator: Decimal[] } {
  const groupOf = new Map<string, number>();
  const groupThroughput: Decimal[] = [];
  const groupNumerator: Decimal[] = [];
  const members: PlatformApplication[] = [];
  applications.forEach((application, appIndex) => {
    const served = memberDemand(platform, application, demand[appIndex] ?? []);
    if (served === null) return;
    const rate = rateFigureOf(platform, application);
    let group = groupOf.get(rate.key);
    if (group === undefined) {
      group = groupThroughput.length;
      groupOf.set(rate.key, group);
      groupThroughput.push(rate.throughput);
      groupNumerator.push(rate.numerator);
    }
    members.push({ appIndex, demand: served, group });
  });
  return { members, groupThroughput, groupNumerator };
}

export function projectPlatform(
  platform: Platform,
  applications: readonly Application[],
  demand: readonly (readonly Decimal[])[],
  context: PlatformContext,
): PlatformProjection {
  const { members, groupThroughput, groupNumerator } = membersOf(platform, applications, demand);
  const groups = modelGroups(groupThroughput, groupNumerator);
  const months = context.hours.length;
  const softwareMultiplier = sharedSeries(`software|${months}|${JSON.stringify(platform.softwareCurve)}`, () =>
    softwareMultiplierSeries(platform.softwareCurve, months),
  );
  const operations = operatePlatform(platform, members, groups, {
    hours: context.hours,
    pue: context.pue,
    softwareMultiplier,
  });
  const costs = platformCosts(platform, operations.months, context, operations.entering);
  const allocation =
    context.allocate === false
      ? { idleCost: [], allocated: members.map(() => []) }
      : allocatePlatform(members, groups, operations.months, costs.selfHostedCost, context.idlePolicy);
  return { platform, applications: members, softwareMultiplier, operations, costs, allocation };
}
