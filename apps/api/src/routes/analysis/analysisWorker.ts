// Worker-thread entry: answers each { id, task } message with { id, ok, result } or { id, ok: false, message }.
// Started by runInWorker.ts through tsx's tsImport, so it can import the TypeScript model directly;
// kept alive between analyses (a pool of at most MAX_CONCURRENT), terminated when one runs too long.
import { parentPort } from 'node:worker_threads';
import { runTask, type AnalysisTask } from './tasks';

parentPort?.on('message', ({ id, task }: { id: number; task: AnalysisTask }) => {
  try {
    parentPort?.postMessage({ id, ok: true, result: runTask(task) });
  } catch (error) {
    parentPort?.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
