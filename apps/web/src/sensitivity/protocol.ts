// Messages between the Sensitivity panel and its Monte Carlo worker (monteCarlo.worker.ts).
import type { MonteCarloOptions, MonteCarloResult, Scenario } from '@tokenplan/model';

export type MonteCarloRequest =
  | { type: 'run'; id: number; scenario: Scenario; options: MonteCarloOptions }
  | { type: 'cancel'; id: number };

export type MonteCarloMessage =
  | { type: 'progress'; id: number; completedPaths: number; paths: number }
  | { type: 'done'; id: number; result: MonteCarloResult; ms: number }
  | { type: 'error'; id: number; message: string };
