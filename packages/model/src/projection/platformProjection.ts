/**
 * One platform over the horizon: its applications grouped by model, the physical months
 * (platformOperations), the money lines (platformCosts) and the allocation of its cost to
 * its applications and idle (allocation/platformAllocation).
 */
import { scheduleOf } from '../scenario/servedBy';
import { Decimal } from '../decimal';
import { allocatePlatform, type PlatformAllocation } from '../allocation/platformAllocation';
import type { IdlePolicy } from '../allocation/allocate';
import type { Application, Platform } from '../scenario/schema';
import { platformCosts, type CostContext, type PlatformCostLines } from './platformCosts';
import { operatePlatform, type PlatformApplication, type PlatformOperations } from './platformOperations';
import { modelGroups } from './modelGroups';
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

/** The applications served by `platform` (in scenario order), each with its model group. */
function membersOf(
  platform: Platform,
  applications: readonly Application[],
  demand: readonly (readonly Decimal[])[],
): { members: PlatformApplication[]; groupThroughput: Decimal[] } {
  const groupOf = new Map<string, number>();
  const groupThroughput: Decimal[] = [];
  const members: PlatformApplication[] = [];
  applications.forEach((application, appIndex) => {
    const target = scheduleOf(application.servedBy)[0]?.target;
    if (target === undefined || !('platform' in target) || target.platform !== platform.id) return;
    let group = groupOf.get(application.model);
    if (group === undefined) {
      const throughput = Object.hasOwn(platform.throughput, application.model) ? platform.throughput[application.model] : undefined;
      if (typeof throughput !== 'string') {
        throw new TypeError(`platform "${platform.id}" has no throughput for model "${application.model}"`);
      }
      group = groupThroughput.length;
      groupOf.set(application.model, group);
      groupThroughput.push(new Decimal(throughput));
    }
    members.push({ appIndex, demand: demand[appIndex] ?? [], group });
  });
  return { members, groupThroughput };
}

export function projectPlatform(
  platform: Platform,
  applications: readonly Application[],
  demand: readonly (readonly Decimal[])[],
  context: PlatformContext,
): PlatformProjection {
  const { members, groupThroughput } = membersOf(platform, applications, demand);
  const groups = modelGroups(groupThroughput);
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
