// Runs an analysis in a worker thread with a time limit, so a long Monte Carlo or a tornado on a large
// scenario never blocks the event loop. Workers are pooled (at most MAX_CONCURRENT, started on first
// use, unref'd while idle so they never hold the process open). Past the time limit the worker is
// terminated (and replaced on the next call) and the caller gets a 503 `analysis_timeout`; a call
// while MAX_CONCURRENT analyses run gets a 503 `analysis_busy` (two cores: queueing more would only
// make every one of them slower).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { HttpError } from '../../errors';
import type { AnalysisResult, AnalysisTask } from './tasks';

export const DEFAULT_TIME_LIMIT_MS = 20_000;
export const MAX_CONCURRENT = 2;
const WORKER_URL = new URL('./analysisWorker.ts', import.meta.url).href;
/**
 * The worker is TypeScript: a small bootstrap loads it through tsx's `tsImport` (on Node 20,
 * `execArgv: ['--import', 'tsx']` does not reach a worker's entry module: ERR_UNKNOWN_FILE_EXTENSION),
 * with tsx's ESM API resolved from this package.
 */
const TSX_API = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => tsx.tsImport(${JSON.stringify(WORKER_URL)}, ${JSON.stringify(WORKER_URL)}));`;

type Reply = { id: number; ok: true; result: AnalysisResult } | { id: number; ok: false; message: string };

const idle: Worker[] = [];
let busy = 0;
let nextId = 1;

function takeWorker(): Worker {
  const worker = idle.pop() ?? new Worker(BOOTSTRAP, { eval: true });
  worker.ref();
  return worker;
}

function release(worker: Worker): void {
  worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
  worker.unref();
  idle.push(worker);
}

export interface WorkerOptions {
  timeLimitMs?: number;
}

export async function runInWorker(task: AnalysisTask, options: WorkerOptions = {}): Promise<AnalysisResult> {
  const limit = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  if (busy >= MAX_CONCURRENT) {
    throw new HttpError(503, 'analysis_busy', `${MAX_CONCURRENT} analyses are already running: try again in a few seconds.`);
  }
  busy++;
  const worker = takeWorker();
  const id = nextId++;
  let healthy = false;
  try {
    return await new Promise<AnalysisResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new HttpError(
            503,
            'analysis_timeout',
            `The analysis did not finish within ${Math.round(limit / 100) / 10} s and was stopped: use fewer paths or a smaller scenario, or run it in the browser.`,
          ),
        );
      }, limit);
      worker.on('message', (reply: Reply) => {
        if (reply.id !== id) return;
        clearTimeout(timer);
        healthy = true;
        if (reply.ok) resolve(reply.result);
        else reject(new HttpError(400, 'analysis_failed', reply.message));
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      worker.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`analysis worker exited with code ${code}`));
      });
      worker.postMessage({ id, task });
    });
  } finally {
    busy--;
    if (healthy) release(worker);
    else await worker.terminate();
  }
}

/** Stops the idle workers (tests; the process exits without it too: idle workers are unref'd). */
export async function stopWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((w) => w.terminate()));
}
