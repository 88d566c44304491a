// Durable jobs on PostgreSQL: pg-boss delivers each job to one worker, retries it when that worker dies
// (no heartbeat for HEARTBEAT_SECONDS, or still active after EXPIRE_SECONDS) and keeps the delivery
// history; jobStore.ts keeps what the API answers (status, progress, result for a day). The payload
// (the same Job the piscina pool runs: jobs/tasks.ts) is stored with v8 serialisation, so Dates and
// bytes survive. Enqueued by any replica; run by worker processes (TOKENPLAN_ROLE=worker) or by
// in-process workers (TOKENPLAN_WORKERS=n). Only on PostgreSQL: the embedded database runs jobs
// in the request's own process (jobs/pool.ts), as before.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { PgBoss } from 'pg-boss';
import type { Database } from '@tokenplan/db';
import { JobRejectedError, type JobPool } from '../jobs/pool';
import type { Job } from '../jobs/tasks';
import { HttpError } from '../errors';
import { JobStore } from './jobStore';
import { presentResult } from './results';

export const QUEUE_NAME = 'tokenplan-jobs';
const HEARTBEAT_SECONDS = 10; // pg-boss's minimum: a dead worker's job is retried about this long after it died
const EXPIRE_SECONDS = 300; // a job still active this long is retried (a worker's pool stops a run after 120 s: worker.ts)
const RETRY_LIMIT = 3;

export interface JobQueueOptions {
  /** Jobs one user may have queued or running, cluster-wide (503 too_many_jobs beyond). */
  perUser?: number;
  /** How often an idle worker asks for a job (seconds; pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
  /** How often pg-boss's supervisor looks for expired and heartbeat-less jobs (seconds). */
  superviseIntervalSeconds?: number;
  log?: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
}

export class JobQueue {
  readonly store: JobStore;
  readonly boss: PgBoss;
  readonly perUser: number;
  readonly worker = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  readonly #options: JobQueueOptions;
  /** Where queue events are logged (server.ts sets the app's logger once it exists). */
  log: NonNullable<JobQueueOptions['log']> | undefined;

  constructor(db: Database, options: JobQueueOptions = {}) {
    if (!db.postgres) throw new Error('Durable jobs need PostgreSQL (DATABASE_URL).');
    this.store = new JobStore(db);
    this.perUser = options.perUser ?? 2;
    this.#options = options;
    this.log = options.log;
    this.boss = new PgBoss({
      connectionString: db.postgres.connectionString,
      schema: `${db.postgres.schema ?? 'tokenplan'}_boss`,
      max: 4,
      superviseIntervalSeconds: options.superviseIntervalSeconds ?? 5,
      monitorIntervalSeconds: options.superviseIntervalSeconds ?? 5,
    } as ConstructorParameters<typeof PgBoss>[0]);
    this.boss.on('error', (err) => this.log?.error({ err }, 'job queue error'));
  }

  async start(): Promise<void> {
    await this.boss.start();
    try {
      await this.boss.createQueue(QUEUE_NAME, { retryLimit: RETRY_LIMIT, expireInSeconds: EXPIRE_SECONDS, heartbeatSeconds: HEARTBEAT_SECONDS, deleteAfterSeconds: 86_400 });
    } catch (err) {
      // Another replica created it at the same moment.
      if (!(await this.boss.getQueue(QUEUE_NAME))) throw err;
    }
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 5_000 });
  }

  /** Queues `job` for `owner` (503 too_many_jobs when they already have `perUser` unfinished); returns its id. */
  async enqueue(owner: string, job: Job): Promise<string> {
    const id = randomUUID();
    // Counted and inserted under a per-user lock (jobStore.admit): replicas cannot both admit the last place.
    const { admitted, active } = await this.store.admit(id, owner, job.kind, serialize(job), this.perUser);
    if (!admitted) {
      throw new JobRejectedError('too_many_jobs', `You already have ${active} exports or analyses running: try again when one has finished.`, 5);
    }
    try {
      await this.boss.send(QUEUE_NAME, { id }, { id });
    } catch (err) {
      // The row is in but pg-boss never got the job: fail the row (a job failed there never runs, even if
      // the send did reach the database) so it does not hold one of the owner's places for a day.
      this.log?.error({ err, job: id }, 'job queue send failed');
      await this.store.fail(id, { status: 503, code: 'queue_unavailable', message: 'The job could not be queued.' }).catch(() => undefined);
      throw new JobRejectedError('queue_unavailable', 'The job queue is unavailable: try again in a few seconds.', 5);
    }
    return id;
  }

  async cancel(id: string, owner: string): Promise<boolean> {
    const cancelled = await this.store.cancel(id, owner);
    if (cancelled) await this.boss.cancel(QUEUE_NAME, id).catch(() => undefined); // an active job is dropped by its worker
    return cancelled;
  }

  /** Runs up to `concurrency` jobs at once from the queue, each in a thread of `pool`. */
  async work(concurrency: number, pool: JobPool): Promise<void> {
    await this.boss.work<{ id: string }>(
      QUEUE_NAME,
      { batchSize: 1, localConcurrency: concurrency, pollingIntervalSeconds: this.#options.pollingIntervalSeconds ?? 0.5 },
      async ([job]) => {
        if (job) await this.#runOne(job.data.id, job.retryCount, pool);
      },
    );
  }

  async #runOne(id: string, retryCount: number, pool: JobPool): Promise<void> {
    const started = await this.store.start(id, this.worker);
    if (!started) return; // cancelled or already done
    const job = deserialize(started.payload) as Job;
    try {
      // Our own key: the per-user cap was applied at enqueue, cluster-wide.
      const value = await pool.run(`queue:${id}`, job as never);
      await this.store.progress(id, 0.95);
      const done = await this.store.complete(id, this.worker, presentResult(job, value));
      this.log?.info({ job: id, kind: job.kind, recorded: done }, 'job completed');
    } catch (error) {
      // A domain answer (400, 409, time or memory limit) is final; anything else is retried by pg-boss.
      if (error instanceof HttpError) return void (await this.store.fail(id, { status: error.statusCode, code: error.code, message: error.message }));
      if (retryCount >= RETRY_LIMIT) await this.store.fail(id, { status: 500, code: 'job_failed', message: 'The job failed.' });
      throw error;
    }
  }
}
