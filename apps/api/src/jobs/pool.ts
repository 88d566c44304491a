// One bounded worker pool (piscina) for every heavy job: exports (PDF, XLSX, CSV, exchange file) and
// analyses (compare, tornado, Monte Carlo, goal seek), so none of them runs on the event loop.
// Bounds: `threads` jobs run at once and `queue` more wait (beyond that: 503 `server_busy`); each
// user has at most `perUser` jobs running or waiting (503 `too_many_jobs`); both carry Retry-After.
// A job past `timeLimitMs` (counted from submission, queueing included) is stopped, its worker
// terminated: 503 `job_timeout`. A worker past its V8 heap limit dies alone: 503 `job_memory_limit`.
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { Piscina } from 'piscina';
import { HttpError } from '../errors';
import type { Job, JobOutcome, JobResults } from './tasks';

export interface JobLimits {
  /** Jobs running at once, one worker thread each. */
  threads: number;
  /** Jobs waiting for a free worker. */
  queue: number;
  /** Jobs one user may have running or waiting. */
  perUser: number;
  /** From submission to result; past it the worker is terminated. */
  timeLimitMs: number;
  /** V8 heap limits of each worker (MB). */
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
  /** Retry-After of a 503 for a full pool. */
  retryAfterSeconds: number;
}

export interface JobPoolOptions extends Partial<JobLimits> {
  /** Worker entry module, JavaScript (default: worker.mjs; tests wrap it). */
  workerFile?: string;
  /** Passed to every worker as piscina's workerData (tests). */
  workerData?: unknown;
  /** A worker failure no job is waiting for (e.g. a replacement worker dying at start). */
  onWorkerError?: (error: unknown) => void;
}

/** Two cores: two jobs run, four wait; a worker may use ~0.5 GB of heap. */
export const DEFAULT_JOB_LIMITS: JobLimits = {
  threads: 2,
  queue: 4,
  perUser: 2,
  timeLimitMs: 20_000,
  maxOldGenerationSizeMb: 512,
  maxYoungGenerationSizeMb: 32,
  retryAfterSeconds: 5,
};

const WORKER_FILE = fileURLToPath(new URL('./worker.mjs', import.meta.url));
const IDLE_TIMEOUT_MS = 60_000;

/** A job refused because the pool or the user's share of it is full: 503 with Retry-After. */
export class JobRejectedError extends HttpError {
  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(503, code, message);
  }
}

export class JobPool {
  readonly limits: JobLimits;
  readonly #piscina: Piscina;
  #inFlight = 0;
  readonly #perUser = new Map<string, number>();

  constructor({ workerFile = WORKER_FILE, workerData, onWorkerError = () => {}, ...limits }: JobPoolOptions = {}) {
    this.limits = { ...DEFAULT_JOB_LIMITS, ...limits };
    this.#piscina = new Piscina({
      filename: workerFile,
      workerData,
      minThreads: 0, // started on first use, stopped after IDLE_TIMEOUT_MS idle
      maxThreads: this.limits.threads,
      // Our own count (run) is the bound; piscina's queue only has to hold what it admits.
      maxQueue: this.limits.threads + this.limits.queue,
      idleTimeout: IDLE_TIMEOUT_MS,
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: this.limits.maxYoungGenerationSizeMb,
      },
    });
    // Without a listener, piscina's 'error' event would throw and take the process down.
    this.#piscina.on('error', onWorkerError);
  }

  /** Jobs running or waiting. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Why a job of `owner` would be refused now (pool or the user's share of it full), or null. */
  refusal(owner: string): JobRejectedError | null {
    const { threads, queue, perUser, retryAfterSeconds } = this.limits;
    if (this.#inFlight >= threads + queue) {
      return new JobRejectedError('server_busy', `The server is busy with ${this.#inFlight} exports and analyses: try again in a few seconds.`, retryAfterSeconds);
    }
    const mine = this.#perUser.get(owner) ?? 0;
    if (mine >= perUser) {
      return new JobRejectedError('too_many_jobs', `You already have ${mine} exports or analyses running: try again when one has finished.`, retryAfterSeconds);
    }
    return null;
  }

  /** Runs `job` for `owner` (a user id) in a worker; the job's own HttpErrors are rethrown here. */
  async run<K extends Job['kind']>(owner: string, job: Extract<Job, { kind: K }>): Promise<JobResults[K]> {
    const refused = this.refusal(owner);
    if (refused) throw refused;
    const { timeLimitMs } = this.limits;
    const mine = this.#perUser.get(owner) ?? 0;
    this.#inFlight++;
    this.#perUser.set(owner, mine + 1);
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeLimitMs);
    try {
      const outcome = (await this.#piscina.run(job, { signal: timeout.signal })) as JobOutcome<JobResults[K]>;
      if (!outcome.ok) throw new HttpError(outcome.error.status, outcome.error.code, outcome.error.message, outcome.error.details);
      return outcome.value;
    } catch (error) {
      throw explain(error, timeout.signal.aborted, timeLimitMs);
    } finally {
      clearTimeout(timer);
      this.#inFlight--;
      const left = (this.#perUser.get(owner) ?? 1) - 1;
      if (left === 0) this.#perUser.delete(owner);
      else this.#perUser.set(owner, left);
    }
  }

  /** Terminates the workers (running jobs fail). */
  async close(): Promise<void> {
    await this.#piscina.destroy();
  }
}

/** A worker's failure as the caller's answer: a time limit or memory limit is a 503, not a 500. */
function explain(error: unknown, timedOut: boolean, timeLimitMs: number): unknown {
  if (error instanceof HttpError) return error;
  if (timedOut) {
    return new HttpError(
      503,
      'job_timeout',
      `The job did not finish within ${Math.round(timeLimitMs / 100) / 10} s and was stopped: use fewer paths or a smaller scenario, or try again when the server is less busy.`,
    );
  }
  if ((error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new HttpError(503, 'job_memory_limit', 'The job needed more memory than a job may use and was stopped: use fewer paths or a smaller scenario.');
  }
  return error;
}

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobPool;
  }
  interface FastifyContextConfig {
    /** The route runs a pool job: a full pool refuses it before its body is read. */
    job?: boolean;
  }
}

/**
 * The app's job pool: `app.jobs`, Retry-After on its refusals, workers stopped when the app closes.
 * Routes with `config.job` are refused before their body is parsed (a scenario can be 1 MB of JSON),
 * so a burst of requests over the caps costs the event loop almost nothing.
 */
export function registerJobPool(app: FastifyInstance, options: JobPoolOptions = {}): JobPool {
  const pool = new JobPool({ onWorkerError: (err) => app.log.error({ err }, 'job pool worker failed'), ...options });
  app.decorate('jobs', pool);
  app.addHook('preParsing', async (request) => {
    if (request.routeOptions.config.job !== true || !request.actor) return;
    const refused = pool.refusal(request.actor.userId);
    if (refused) throw refused;
  });
  app.addHook('onError', async (_request, reply, error) => {
    if (error instanceof JobRejectedError) void reply.header('retry-after', String(error.retryAfterSeconds));
  });
  app.addHook('onClose', async () => pool.close());
  return pool;
}
