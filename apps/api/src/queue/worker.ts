// Worker mode (TOKENPLAN_ROLE=worker, `pnpm start:worker`): the same image as the API, without HTTP.
// It runs queued jobs, `concurrency` at once, each in a thread of its own piscina pool (time and memory
// limits as in the API), and stops taking jobs on SIGTERM (a job cut short is retried elsewhere).
import type { Database } from '@tokenplan/db';
import { JobPool } from '../jobs/pool';
import { JobQueue } from './queue';

export interface QueueWorker {
  queue: JobQueue;
  stop(): Promise<void>;
}

type Log = NonNullable<JobQueue['log']>;

export const QUEUED_JOB_TIME_LIMIT_MS = 120_000;

/** Starts `concurrency` queue workers on `db` (PostgreSQL), on `queue` if given (the API's own, TOKENPLAN_WORKERS). */
export async function startQueueWorker(db: Database, concurrency: number, log: Log, queue?: JobQueue, options: { niceIncrement?: number } = {}): Promise<QueueWorker> {
  const q = queue ?? new JobQueue(db, { log });
  if (!queue) await q.start();
  // A queued job has no client waiting on a socket: it may take longer than a synchronous one (20 s),
  // including a fresh thread's start-up on a busy host. pg-boss expiry (queue.ts) stays above this.
  // niceIncrement: a worker process already lowered as a whole (TOKENPLAN_WORKER_NICE) passes 0, so its job
  // threads keep the process's value instead of adding the pool's own +10 (19 at the default: starved by any load).
  const pool = new JobPool({ threads: concurrency, queue: concurrency, timeLimitMs: QUEUED_JOB_TIME_LIMIT_MS, ...options, onWorkerError: (err) => log.error({ err }, 'job worker thread failed') });
  // A pool whose threads cannot start must not take jobs: it would hold each one until its time limit.
  await pool.selfCheck();
  await q.work(concurrency, pool);
  log.info({ worker: q.worker, concurrency }, 'queue worker started');
  return {
    queue: q,
    stop: async () => {
      if (!queue) await q.stop();
      await pool.close();
    },
  };
}
