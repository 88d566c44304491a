/**
 * Runs one platform of a test scenario (projectPlatform) on demand given in nodes: `k` nodes
 * of demand is `k · 2.4192e9` tokens (= k · 3.6e6 tokens/node-hour · 672 h), which the default
 * platform (1 GPU, 1000 tokens/s, target 100 %) serves with exactly k nodes in any month length
 * for k ≤ 10. The capital tests read the platform's lines without the month totals.
 */
import { Decimal } from '../../src/decimal';
import type { Scenario } from '../../src/scenario/schema';
import { buildCalendar } from '../../src/projection/calendar';
import { capitalContextOf } from '../../src/projection/capitalContext';
import { energyPriceSeries } from '../../src/projection/energy';
import { projectPlatform, type PlatformProjection } from '../../src/projection/platformProjection';
import { powerSeriesMemo } from '../../src/projection/powerSeries';

export const TOKENS_PER_NODE = 2.4192e9;

export function runPlatform(s: Scenario, demandInNodes: readonly number[]): PlatformProjection {
  const H = s.horizonMonths;
  const hours = buildCalendar(s.start, H, s.fiscalYearStartMonth).map((m) => new Decimal(m.hours));
  const demand = s.applications.map(() => Array.from({ length: H }, (_, t) => new Decimal(demandInNodes[t] ?? 0).times(TOKENS_PER_NODE)));
  const platform = s.platforms[0];
  if (platform === undefined) throw new Error('no platform');
  return projectPlatform(platform, s.applications, demand, {
    hours,
    pue: new Decimal(s.energy.pue),
    energyPrice: energyPriceSeries(new Decimal(s.energy.pricePerMWh), new Decimal(s.energy.annualEscalation), H),
    perKwMonth: new Decimal(s.hosting.perKwMonth),
    powers: powerSeriesMemo(H),
    idlePolicy: s.idlePolicy,
    allocate: false,
    capital: capitalContextOf(s),
  });
}

export const texts = (series: readonly Decimal[]) => series.map((x) => x.toFixed());
export const monthly = (run: PlatformProjection, field: 'nodes' | 'nodesOrdered' | 'nodesRetired' | 'reservedNodes') =>
  run.operations.months.map((m) => m[field].toNumber());
