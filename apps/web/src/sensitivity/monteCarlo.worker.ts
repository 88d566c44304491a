/// <reference lib="webworker" />
// Runs the Monte Carlo off the main thread, one chunk of paths at a time: between chunks it yields to
// its message loop (a macrotask), so a 'cancel' message is seen within one chunk (~250 paths).
import { monteCarloSteps } from '@tokenplan/model';
import type { MonteCarloMessage, MonteCarloRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const cancelled = new Set<number>();
const post = (message: MonteCarloMessage) => scope.postMessage(message);
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function run(request: Extract<MonteCarloRequest, { type: 'run' }>): Promise<void> {
  const started = performance.now();
  try {
    const steps = monteCarloSteps(request.scenario, { chunkSize: 250, ...request.options });
    let step = steps.next();
    while (!step.done) {
      post({ type: 'progress', id: request.id, ...step.value });
      await nextTask();
      step = steps.next(cancelled.has(request.id));
    }
    post({ type: 'done', id: request.id, result: step.value, ms: performance.now() - started });
  } catch (error) {
    post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    cancelled.delete(request.id);
  }
}

scope.onmessage = (event: MessageEvent<MonteCarloRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') cancelled.add(request.id);
  else void run(request);
};
