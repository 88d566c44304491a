// Analysis jobs (run in a pool worker): validate the scenario documents, run compare, tornado,
// Monte Carlo or goal seek, and shape the response body (decimal strings). Validating the largest
// scenario takes about a second, so it too stays off the event loop.
import {
  buildCalendar,
  compare,
  Decimal,
  goalSeek,
  runMonteCarlo,
  tornado,
  validateScenario,
  type GoalSeekOptions,
  type GoalSeekResult,
  type MonteCarloOptions,
  type MonteCarloResult,
  type Scenario,
  type TornadoOptions,
} from '@tokenplan/model';
import { HttpError, joinPath } from '../errors';

/** A posted document (`prefix` names it in the request), or a stored one (`stored`: its name). */
export interface ScenarioInput {
  document: unknown;
  prefix: string;
  stored?: { name: string };
}

export type AnalysisTask =
  | { kind: 'compare'; scenarios: ScenarioInput[] }
  | { kind: 'tornado'; scenario: ScenarioInput; options: TornadoOptions }
  | { kind: 'montecarlo'; scenario: ScenarioInput; options: MonteCarloOptions }
  | { kind: 'goalSeek'; scenario: ScenarioInput; options: GoalSeekOptions };

/**
 * The scenario, or 400 naming each problem under the posted document's `prefix`; a stored scenario
 * that is not valid is an incomplete draft: 409, paths under `<prefix>document`.
 */
function scenarioFrom({ document, prefix, stored }: ScenarioInput): Scenario {
  const result = validateScenario(document);
  if (result.ok) return result.scenario;
  if (stored) {
    throw new HttpError(
      409,
      'scenario_incomplete',
      `"${stored.name}" is an incomplete draft: complete it to analyse it.`,
      result.issues.map((i) => ({ path: `${prefix}document${i.path === '' ? '' : `.${i.path}`}`, message: i.message })),
    );
  }
  throw new HttpError(
    400,
    'validation_failed',
    `The scenario has ${result.issues.length} problem(s).`,
    result.issues.map(({ path, message }) => ({ path: joinPath(prefix, path), message })),
  );
}

/** A number of the float64 engine as a decimal string (null when not finite). */
function text(x: number | null): string | null {
  return x === null || !Number.isFinite(x) ? null : new Decimal(x).toFixed();
}

function monteCarloJson(scenario: Scenario, r: MonteCarloResult) {
  const fan = (f: { p10: number[]; p50: number[]; p90: number[] }) => ({ p10: f.p10.map(text), p50: f.p50.map(text), p90: f.p90.map(text) });
  const pct = (p: { p10: number | null; p50: number | null; p90: number | null }) => ({ p10: text(p.p10), p50: text(p.p50), p90: text(p.p90) });
  return {
    seed: r.seed,
    paths: r.paths,
    completedPaths: r.completedPaths,
    cancelled: r.cancelled,
    distributions: r.distributions,
    base: { npv: text(r.base.npv), irrAnnual: text(r.base.irrAnnual), paybackMonths: text(r.base.paybackMonths) },
    npv: { ...pct(r.npv), mean: text(r.npv.mean), min: text(r.npv.min), max: text(r.npv.max) },
    irrAnnual: { ...pct(r.irrAnnual), shareWithIrr: text(r.irrAnnual.shareWithIrr) ?? '0' },
    paybackMonths: pct(r.paybackMonths),
    probabilityPaybackWithinHorizon: text(r.probabilityPaybackWithinHorizon) ?? '0',
    npvHistogram: r.npvHistogram.map((b) => ({ from: text(b.from) ?? '0', to: text(b.to) ?? '0', count: b.count })),
    months: {
      labels: buildCalendar(scenario.start, scenario.horizonMonths, scenario.fiscalYearStartMonth).map((m) => m.label),
      cost: fan(r.months.cost),
      cashFlow: fan(r.months.cashFlow),
    },
  };
}

function goalSeekJson(r: GoalSeekResult) {
  return {
    ...r,
    range: {
      minFactor: text(r.range.minFactor) ?? '0',
      maxFactor: text(r.range.maxFactor) ?? '0',
      lowestValue: text(r.range.lowestValue),
      highestValue: text(r.range.highestValue),
    },
    closest: r.closest === null ? null : { factor: text(r.closest.factor) ?? '0', value: text(r.closest.value) ?? '0' },
  };
}

/** Runs one analysis: the response body, as plain data. */
export function runAnalysis(task: AnalysisTask): unknown {
  const scenarios = task.kind === 'compare' ? task.scenarios.map(scenarioFrom) : [scenarioFrom(task.scenario)];
  const [scenario] = scenarios as [Scenario];
  // The model rejects options it cannot use (e.g. a driver the scenario lacks): the caller's input.
  try {
    switch (task.kind) {
      case 'compare':
        return compare(scenarios);
      case 'tornado':
        return tornado(scenario, task.options);
      case 'montecarlo':
        return monteCarloJson(scenario, runMonteCarlo(scenario, task.options));
      case 'goalSeek':
        return goalSeekJson(goalSeek(scenario, task.options));
    }
  } catch (error) {
    throw new HttpError(400, 'analysis_failed', error instanceof Error ? error.message : String(error));
  }
}
