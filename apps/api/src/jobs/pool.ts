// One bounded worker pool (piscina) for every heavy job: exports (PDF, XLSX, CSV, exchange file),
// analyses (compare, tornado, Monte Carlo, goal seek) and actuals files (parse, preview), so none of
// them runs on the event loop.
// Bounds: `threads` jobs run at once and `queue` more wait (beyond that: 503 `server_busy`); each
// user has at most `perUser` jobs running or waiting (503 `too_many_jobs`); both carry Retry-After.
// A request holds its place from before its body is parsed until its job ends (JobTicket).
// A job past `timeLimitMs` (counted from the start of its run, not its wait) is stopped, its worker
// terminated: 503 `job_timeout`. A worker past its V8 heap limit dies alone: 503 `job_memory_limit`.
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Piscina } from 'piscina';
import type { Actor } from '../auth/actor';
import { HttpError } from '../errors';
import type { Job, JobOutcome, JobResults } from './tasks';

export interface JobLimits {
  /** Jobs running at once, one worker thread each. */
  threads: number;
  /** Jobs waiting for a free worker. */
  queue: number;
  /** Jobs one user may have running or waiting. */
  perUser: number;
  /** From the start of a job's run (its wait not counted) to its result; past it the worker is terminated. */
  timeLimitMs: number;
  /** V8 heap limits of each worker (MB). */
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
  /** Retry-After of a 503 for a full pool. */
  retryAfterSeconds: number;
  /** Added to the workers' nice value (Linux: per thread), so the event loop wins the CPU over jobs. */
  niceIncrement: number;
}

export interface JobPoolOptions extends Partial<JobLimits> {
  /** Worker entry module, JavaScript (default: worker.mjs; tests wrap it). */
  workerFile?: string;
  /** Passed to every worker as piscina's workerData (tests). */
  workerData?: unknown;
  /** A worker failure no job is waiting for (e.g. a replacement worker dying at start). */
  onWorkerError?: (error: unknown) => void;
}

/** Two cores: two jobs run, four wait; a worker may use ~0.5 GB of heap and yields the CPU to the event loop. */
export const DEFAULT_JOB_LIMITS: JobLimits = {
  threads: 2,
  queue: 4,
  perUser: 2,
  timeLimitMs: 20_000,
  maxOldGenerationSizeMb: 512,
  maxYoungGenerationSizeMb: 32,
  retryAfterSeconds: 5,
  niceIncrement: 10,
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

/** A place in the pool for one job of `owner`: admitted, then running, then released (once). */
export class JobTicket {
  state: 'admitted' | 'running' | 'released' = 'admitted';
  constructor(
    readonly owner: string,
    private readonly giveBack: () => void,
  ) {}

  release(): void {
    if (this.state === 'released') return;
    this.state = 'released';
    this.giveBack();
  }
}

export class JobPool {
  readonly limits: JobLimits;
  readonly #piscina: Piscina;
  #inFlight = 0;
  readonly #perUser = new Map<string, number>();
  /** Jobs handed to piscina (at most `threads`), and the admitted ones waiting their turn, in order. */
  #running = 0;
  readonly #waiting: (() => void)[] = [];

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
      niceIncrement: this.limits.niceIncrement,
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
      return new JobRejectedError('server_busy', `The server is busy with ${this.#inFlight} exports, analyses and imports: try again in a few seconds.`, retryAfterSeconds);
    }
    const mine = this.#perUser.get(owner) ?? 0;
    if (mine >= perUser) {
      return new JobRejectedError('too_many_jobs', `You already have ${mine} exports, analyses or imports running: try again when one has finished.`, retryAfterSeconds);
    }
    return null;
  }

  /** Takes a place for one job of `owner` (503 JobRejectedError when there is none), to use with run(). */
  admit(owner: string): JobTicket {
    const refused = this.refusal(owner);
    if (refused) throw refused;
    this.#inFlight++;
    this.#perUser.set(owner, (this.#perUser.get(owner) ?? 0) + 1);
    return new JobTicket(owner, () => {
      this.#inFlight--;
      const left = (this.#perUser.get(owner) ?? 1) - 1;
      if (left === 0) this.#perUser.delete(owner);
      else this.#perUser.set(owner, left);
    });
  }

  /**
   * Runs `job` in a worker, on a place taken by admit() (`ticket`) or taken now for `owner` (a user id);
   * the place is given back when the job ends. The job's own HttpErrors are rethrown here.
   */
  async run<K extends Job['kind']>(by: string | JobTicket, job: Extract<Job, { kind: K }>): Promise<JobResults[K]> {
    const ticket = typeof by === 'string' || by.state !== 'admitted' ? this.admit(typeof by === 'string' ? by : by.owner) : by;
    ticket.state = 'running';
    await this.#turn();
    const { timeLimitMs } = this.limits;
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
      this.#next();
      ticket.release();
    }
  }

  /** Waits until fewer than `threads` jobs run, so a job's time limit starts when a worker takes it. */
  async #turn(): Promise<void> {
    if (this.#running < this.limits.threads) {
      this.#running++;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  /** A job ended: the longest-waiting one takes its turn (the running count stays), else one fewer runs. */
  #next(): void {
    const waiter = this.#waiting.shift();
    if (waiter) waiter();
    else this.#running--;
  }

  /**
   * Runs one no-op job outside the caps: resolves once a thread has started and answered, rejects with the
   * thread's start-up error (or after `timeoutMs`). Piscina keeps a job whose thread failed to start waiting
   * for good, so a worker process that skipped this would take every queued job and time each one out.
   */
  async selfCheck(timeoutMs = 60_000): Promise<void> {
    const abort = new AbortController();
    let onError: (err: unknown) => void = () => {};
    const failed = new Promise<never>((_, reject) => {
      onError = (err) => reject(new Error(`The job threads cannot start: ${err instanceof Error ? err.message : String(err)}`, { cause: err }));
      this.#piscina.once('error', onError);
    });
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    const run = this.#piscina.run({ kind: 'ping' } satisfies Job, { signal: abort.signal });
    run.catch(() => undefined); // once the start-up error has won, the ping is aborted below and rejects unheard
    try {
      const outcome = (await Promise.race([run, failed])) as JobOutcome;
      if (!outcome.ok) throw new Error(`The job threads answered a no-op job with ${outcome.error.code}.`);
    } catch (err) {
      if (abort.signal.aborted) throw new Error(`The job threads did not answer within ${timeoutMs / 1000} s.`, { cause: err });
      abort.abort(); // the ping would wait for good for a thread that cannot start
      throw err;
    } finally {
      clearTimeout(timer);
      this.#piscina.off('error', onError);
    }
  }

  /** Terminates the workers (running jobs fail; waiting ones fail when piscina refuses them). */
  async close(): Promise<void> {
    await this.#piscina.destroy();
    for (const waiter of this.#waiting.splice(0)) waiter();
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
  interface FastifyRequest {
    /** The pool place of a `config.job` route, taken before its body is read. */
    jobTicket?: JobTicket;
  }
  interface FastifyContextConfig {
    /** The route runs one pool job: its place is taken before the body is parsed. */
    job?: boolean;
  }
}

/** What a route passes to JobPool.run: the place taken for the request, else its user. */
export function jobOwner(request: FastifyRequest, actor: Actor): JobTicket | string {
  return request.jobTicket ?? actor.userId;
}

/**
 * The app's job pool: `app.jobs`, Retry-After on its refusals, workers stopped when the app closes.
 * A `config.job` route takes its place before its body is parsed (a scenario can be 1 MB of JSON),
 * so a burst of requests over the caps is refused at almost no cost to the event loop; a place its
 * handler did not use (400, 404…) is given back when the answer is sent or the client goes away.
 */
export function registerJobPool(app: FastifyInstance, options: JobPoolOptions = {}): JobPool {
  const pool = new JobPool({ onWorkerError: (err) => app.log.error({ err }, 'job pool worker failed'), ...options });
  app.decorate('jobs', pool);
  app.addHook('preParsing', async (request) => {
    if (request.routeOptions.config.job === true && request.actor) request.jobTicket = pool.admit(request.actor.userId);
  });
  const giveBackUnused = async (request: FastifyRequest) => {
    if (request.jobTicket?.state === 'admitted') request.jobTicket.release();
  };
  app.addHook('onResponse', giveBackUnused);
  app.addHook('onRequestAbort', giveBackUnused);
  app.addHook('onError', async (_request, reply, error) => {
    if (error instanceof JobRejectedError) void reply.header('retry-after', String(error.retryAfterSeconds));
  });
  app.addHook('onClose', async () => pool.close());
  return pool;
}
