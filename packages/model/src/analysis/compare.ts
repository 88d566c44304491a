/**
 * Compare 2–6 scenarios side by side (spec §6), on the Decimal engine.
 *
 * - `kpis`: every KPI of spec §4 per scenario, plus `capexPerTokenPerSecond`.
 * - `deltas`: per scenario after the first (the baseline), per KPI: `absolute = x − base` and
 *   `relative = (x − base) / |base|` (null when either is null, or base is 0).
 * - `ratios`: per scenario after the first, the buyer's ratios against the baseline:
 *   `costPerMTokens` x / base (below 1: cheaper per token), `tokensPerMWh` x / base (above 1: more
 *   tokens per unit of energy) and `capexPerTokenPerSecond` x / base.
 * `capexPerTokenPerSecond` = total capex / peak served throughput on owned platforms, in tokens per
 * second (the month with the most tokens served on owned platforms, divided by its seconds):
 * dollars of capital per token/s actually delivered. Null without owned-platform tokens.
 * All values are decimal strings (spec §1) or null.
 */
import { Decimal, ratio } from '../decimal';
import { runProjection, type ProjectionValues } from '../projection/run';
import type { ScalarKpi } from '../projection/types';
import type { Scenario } from '../scenario/schema';

export type CompareKpi = ScalarKpi | 'capexPerTokenPerSecond';

export interface ComparedScenario {
  name: string;
  kpis: Record<CompareKpi, string | null>;
}

export interface CompareDelta {
  /** Index of the scenario compared with the baseline (scenarios[0]). */
  scenario: number;
  kpis: Record<CompareKpi, { absolute: string | null; relative: string | null }>;
}

export interface CompareRatios {
  scenario: number;
  costPerMTokens: string | null;
  tokensPerMWh: string | null;
  capexPerTokenPerSecond: string | null;
}

export interface CompareResult {
  scenarios: ComparedScenario[];
  deltas: CompareDelta[];
  ratios: CompareRatios[];
}

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 6;

function capexPerTokenPerSecond(values: ProjectionValues): Decimal | null {
  let peak = new Decimal(0);
  values.calendar.forEach((month, t) => {
    let tokens = new Decimal(0);
    for (const run of values.platforms) {
      if (run.platform.acquisition.type !== 'own') continue;
      const m = run.operations.months[t];
      if (m) tokens = tokens.plus(m.servedTokens);
    }
    const perSecond = tokens.div(month.hours * 3600);
    if (perSecond.gt(peak)) peak = perSecond;
  });
  return ratio(values.kpis.totalCapex ?? new Decimal(0), peak);
}

const text = (d: Decimal | null): string | null => (d === null ? null : d.toFixed());

export function compare(scenarios: readonly Scenario[]): CompareResult {
  if (scenarios.length < MIN_COMPARE || scenarios.length > MAX_COMPARE) {
    throw new RangeError(`compare takes ${MIN_COMPARE} to ${MAX_COMPARE} scenarios, got ${scenarios.length}`);
  }
  const runs = scenarios.map((s) => {
    const values = runProjection(s);
    const { afterTax: _afterTax, platforms: _platforms, ...scalars } = values.kpis; // the scalar KPIs compare
    const kpis: Record<CompareKpi, Decimal | null> = { ...scalars, capexPerTokenPerSecond: capexPerTokenPerSecond(values) };
    return { name: s.name, kpis };
  });
  const [base] = runs;
  if (base === undefined) throw new RangeError('no baseline');
  const keys = Object.keys(base.kpis) as CompareKpi[];
  const over = (x: Decimal | null, b: Decimal | null) => (x === null || b === null ? null : ratio(x, b));
  return {
    scenarios: runs.map((r) => ({ name: r.name, kpis: Object.fromEntries(keys.map((k) => [k, text(r.kpis[k])])) as Record<CompareKpi, string | null> })),
    deltas: runs.slice(1).map((r, i) => ({
      scenario: i + 1,
      kpis: Object.fromEntries(
        keys.map((k) => {
          const x = r.kpis[k];
          const b = base.kpis[k];
          const absolute = x === null || b === null ? null : x.minus(b);
          return [k, { absolute: text(absolute), relative: text(absolute === null || b === null ? null : ratio(absolute, b.abs())) }];
        }),
      ) as CompareDelta['kpis'],
    })),
    ratios: runs.slice(1).map((r, i) => ({
      scenario: i + 1,
      costPerMTokens: text(over(r.kpis.costPerMTokens, base.kpis.costPerMTokens)),
      tokensPerMWh: text(over(r.kpis.tokensPerMWh, base.kpis.tokensPerMWh)),
      capexPerTokenPerSecond: text(over(r.kpis.capexPerTokenPerSecond, base.kpis.capexPerTokenPerSecond)),
    })),
  };
}
