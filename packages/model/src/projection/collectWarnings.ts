/**
 * The warnings of a projection (codes and messages in warnings.ts): per platform, unmet
 * demand, a binding node cap, software steps that never apply; for the scenario, payback
 * beyond the horizon, several IRRs, a negative cash-flow tail.
 */
import { type Decimal, ZERO, toDecimalString } from '../decimal';
import { add, compare, sub } from '../wordArithmetic';
import type { KpiValues } from '../kpis/summary';
import type { CalendarMonth } from './calendar';
import type { MonthLines } from './monthTotals';
import type { PlatformProjection } from './platformProjection';
import { stepsBeyondHorizon } from './softwareCurve';
import type { ProjectionWarning } from './types';
import { WARNING_CODES as CODE, WARNING_MESSAGES as MESSAGE, warning } from './warnings';

function labelOf(calendar: readonly CalendarMonth[], t: number): string {
  return calendar[t]?.label ?? `month ${t}`;
}

/** First month a cap holds the fleet below what it should be (−1: never). */
function firstCappedMonth({ platform, operations }: PlatformProjection): number {
  if (platform.fleet.mode === 'fixed') return -1; // a fixed fleet is never capped (see fleetOverPowerCap)
  return operations.months.findIndex((m) => compare(m.nodesNeeded, m.nodes) > 0);
}

/** A fixed fleet larger than its power envelope: run as entered, but say so. */
function fleetOverPowerCap({ platform, operations }: PlatformProjection, index: number): ProjectionWarning[] {
  const { byPower } = operations.cap;
  if (platform.fleet.mode !== 'fixed' || byPower === null || !byPower.lt(platform.fleet.nodes)) return [];
  const message = MESSAGE.powerCapExceeded(platform.id, platform.fleet.nodes, toDecimalString(byPower));
  return [warning(CODE.powerCapExceeded, message, `platforms[${index}].fleet.nodes`)];
}

function capWarnings(run: PlatformProjection, index: number, calendar: readonly CalendarMonth[]): ProjectionWarning[] {
  const { platform, operations } = run;
  const { cap, months } = operations;
  const fixed = platform.fleet.mode === 'fixed';
  const first = firstCappedMonth(run);
  if (first < 0) return [];
  const at = labelOf(calendar, first);
  const nodes = toDecimalString(months[first]?.nodes ?? ZERO);
  const warnings: ProjectionWarning[] = [];
  const binding = (limit: Decimal | null) => limit !== null && (cap.limit === null || limit.eq(cap.limit));
  if (!fixed && binding(cap.byMaxNodes)) {
    warnings.push(
      warning(CODE.maxNodesReached, MESSAGE.maxNodesReached(platform.id, at, nodes), `platforms[${index}].fleet.maxNodes`),
    );
  }
  if (binding(cap.byPower)) {
    warnings.push(warning(CODE.powerCapReached, MESSAGE.powerCapReached(platform.id, at, nodes), `platforms[${index}].powerCapKw`));
  }
  return warnings;
}

function platformWarnings(run: PlatformProjection, index: number, calendar: readonly CalendarMonth[]): ProjectionWarning[] {
  const { platform, operations } = run;
  const warnings = [...capWarnings(run, index, calendar), ...fleetOverPowerCap(run, index)];
  const firstUnmet = operations.months.findIndex((m) => compare(m.servedTokens, m.demandTokens) < 0);
  if (firstUnmet >= 0) {
    let unmet = ZERO;
    for (const m of operations.months) unmet = add(unmet, sub(m.demandTokens, m.servedTokens));
    const message = MESSAGE.unmetDemand(platform.id, labelOf(calendar, firstUnmet), toDecimalString(unmet));
    warnings.push(warning(CODE.unmetDemand, message, `platforms[${index}]`));
  }
  if (platform.softwareCurve.type === 'steps') {
    const late = new Set(stepsBeyondHorizon(platform.softwareCurve, calendar.length));
    platform.softwareCurve.steps.forEach((step, k) => {
      if (late.has(step.month)) {
        const path = `platforms[${index}].softwareCurve.steps[${k}].month`;
        warnings.push(warning(CODE.stepBeyondHorizon, MESSAGE.stepBeyondHorizon(platform.id, step.month), path));
      }
    });
  }
  return warnings;
}

/** What the KPIs found that a warning reports: several IRRs (pre-tax, after-tax); a cost centre has no payback to miss. */
export interface KpiFlags {
  readonly irrMultiple: boolean;
  readonly afterTaxIrrMultiple: boolean;
  readonly costCentre: boolean;
}

function cashFlowWarnings(months: readonly MonthLines[], kpis: KpiValues, flags: KpiFlags, calendar: readonly CalendarMonth[]): ProjectionWarning[] {
  const warnings: ProjectionWarning[] = [];
  if (kpis.paybackMonths === null && !flags.costCentre) warnings.push(warning(CODE.paybackBeyondHorizon, MESSAGE.paybackBeyondHorizon));
  if (flags.irrMultiple) warnings.push(warning(CODE.irrMultiple, MESSAGE.irrMultiple));
  if (flags.afterTaxIrrMultiple) warnings.push(warning(CODE.irrMultiple, MESSAGE.afterTaxIrrMultiple, 'kpis.afterTax.irrAnnual'));
  const last = months.at(-1);
  if (last !== undefined && last.cashFlow.isNeg() && months.some((m) => compare(m.cashFlow, ZERO) > 0)) {
    warnings.push(warning(CODE.negativeCashFlowTail, MESSAGE.negativeCashFlowTail(labelOf(calendar, months.length - 1))));
  }
  return warnings;
}

export function collectWarnings(
  runs: readonly PlatformProjection[],
  months: readonly MonthLines[],
  kpis: KpiValues,
  flags: KpiFlags,
  calendar: readonly CalendarMonth[],
): ProjectionWarning[] {
  return [...runs.flatMap((run, index) => platformWarnings(run, index, calendar)), ...cashFlowWarnings(months, kpis, flags, calendar)];
}
