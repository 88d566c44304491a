/**
 * What a claim is held against in the user's own scenario: per platform its all-in $/GPU-hour (§8),
 * day-one throughput by model, busy share, cost per M tokens and tokens per MWh over the horizon.
 */
import { Decimal, ZERO, ratio, toDecimalString } from '../decimal';
import type { Projection } from '../projection/types';
import type { Scenario } from '../scenario/schema';
import { throughputForm } from '../scenario/servedBy';

export interface ScenarioPlatformFigures {
  readonly id: string;
  readonly name: string;
  readonly rented: boolean;
  readonly allInCostPerGpuHour: string | null;
  /** tokens/s per GPU at 100 % busy, day-one software (a curve: its fastest point; by class: output). */
  readonly throughput: Readonly<Record<string, string>>;
  readonly utilization: string | null;
  /** All-in cost of the platform (§8 numerator) per million tokens it served. */
  readonly costPerMTokens: string | null;
  readonly tokensPerMWh: string | null;
  readonly revenuePerGpuHour: string | null;
}

export interface ScenarioFigures {
  readonly name: string;
  readonly revenueMode: 'revenue' | 'costCentre';
  readonly costPerMTokens: string | null;
  readonly economicCostPerMTokens: string | null;
  readonly revenuePerMTokens: string | null;
  readonly platforms: readonly ScenarioPlatformFigures[];
}

const str = (d: Decimal | null) => (d === null ? null : toDecimalString(d));

function headlineThroughput(value: Parameters<typeof throughputForm>[0]): string {
  const form = throughputForm(value);
  if (form.kind === 'all') return form.tokensPerSecond;
  if (form.kind === 'byClass') return form.output;
  return form.points[0]?.tokensPerSecondPerGpu ?? '0';
}

export function scenarioFigures(scenario: Scenario, projection: Projection): ScenarioFigures {
  const platforms = scenario.platforms.map((platform): ScenarioPlatformFigures => {
    let busy = ZERO, served = ZERO, energy = ZERO, revenue = ZERO;
    for (const month of projection.months) {
      const p = month.platforms.find((x) => x.id === platform.id);
      if (!p) continue;
      busy = busy.add(p.busyGpuHours);
      served = served.add(p.servedTokens);
      energy = energy.add(p.energyMWh);
      for (const a of month.applications) if ('platform' in a.target && a.target.platform === platform.id) revenue = revenue.add(a.revenue);
    }
    const kpi = projection.kpis.platforms.find((x) => x.id === platform.id);
    const gpuHours = new Decimal(kpi?.gpuHours ?? 0);
    const allIn = kpi?.allInCostPerGpuHour ?? null;
    const cost = allIn === null ? null : gpuHours.mul(allIn);
    return {
      id: platform.id,
      name: platform.name,
      rented: platform.acquisition.type === 'rent',
      allInCostPerGpuHour: allIn,
      throughput: Object.fromEntries(Object.entries(platform.throughput).map(([model, t]) => [model, headlineThroughput(t)])),
      utilization: str(ratio(busy, gpuHours)),
      costPerMTokens: cost === null ? null : str(ratio(cost.mul(1e6), served)),
      tokensPerMWh: str(ratio(served, energy)),
      revenuePerGpuHour: scenario.revenueMode === 'costCentre' ? null : str(ratio(revenue, gpuHours)),
    };
  });
  const k = projection.kpis;
  return {
    name: scenario.name,
    revenueMode: scenario.revenueMode ?? 'revenue',
    costPerMTokens: k.costPerMTokens,
    economicCostPerMTokens: k.economicCostPerMTokens,
    revenuePerMTokens: scenario.revenueMode === 'costCentre' ? null : str(ratio(new Decimal(k.totalRevenue).mul(1e6), new Decimal(k.totalTokens))),
    platforms,
  };
}
