// The analyses the API runs, as plain data a worker thread can receive: one task in, one result out.
// Built by the analysis routes, run by the job pool's workers (tasks.ts).
import {
  compare,
  goalSeek,
  runMonteCarlo,
  tornado,
  type CompareResult,
  type GoalSeekOptions,
  type GoalSeekResult,
  type MonteCarloOptions,
  type MonteCarloResult,
  type Scenario,
  type TornadoOptions,
  type TornadoResult,
} from '@tokenplan/model';

export type AnalysisTask =
  | { kind: 'compare'; scenarios: Scenario[] }
  | { kind: 'tornado'; scenario: Scenario; options: TornadoOptions }
  | { kind: 'montecarlo'; scenario: Scenario; options: MonteCarloOptions }
  | { kind: 'goalSeek'; scenario: Scenario; options: GoalSeekOptions };

export type AnalysisResult = CompareResult | TornadoResult | MonteCarloResult | GoalSeekResult;

export function runAnalysis(task: AnalysisTask): AnalysisResult {
  switch (task.kind) {
    case 'compare':
      return compare(task.scenarios);
    case 'tornado':
      return tornado(task.scenario, task.options);
    case 'montecarlo':
      return runMonteCarlo(task.scenario, task.options);
    case 'goalSeek':
      return goalSeek(task.scenario, task.options);
  }
}
