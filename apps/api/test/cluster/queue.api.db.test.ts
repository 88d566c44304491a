// Durable jobs on one PostgreSQL shared by "replicas": an API instance queues a job (Prefer:
// respond-async → 202), a worker on another connection runs it, the API reports progress and serves
// the result. A worker killed mid-job: pg-boss hands the job to another worker (no heartbeat for 10 s),
// and it completes exactly once. Cancel: a queued job never runs; a running one keeps no result.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@tokenplan/db';
import { buildApp, type App } from '../../src/app';
import { JobPool } from '../../src/jobs/pool';
import { JobQueue } from '../../src/queue/queue';
import { apiOnly, createUser, type TestUser } from '../helpers';
import { createSharedSchema, postgresAvailable, type SharedSchema } from './sharedDatabase';

const PLAIN = fileURLToPath(new URL('../jobs/fixtures/plainWorker.mjs', import.meta.url));

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 40_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.runIf(postgresAvailable)('durable jobs across instances', () => {
  let shared: SharedSchema;
  const dbs: Database[] = [];
  const closers: (() => Promise<unknown>)[] = [];
  let api: App;
  let apiQueue: JobQueue;
  let analyst: TestUser;

  const open = async () => {
    const db = await shared.open();
    dbs.push(db);
    return db;
  };

  beforeAll(async () => {
    shared = await createSharedSchema();
    const db = await open();
    await db.migrate();
    apiQueue = new JobQueue(db, { perUser: 3, superviseIntervalSeconds: 1 });
    await apiQueue.start();
    api = await buildApp({ db, queue: apiQueue, rateLimit: { enabled: false } });
    await api.ready();
    analyst = await createUser({ app: api, db, close: async () => {} }, 'VIEWER');
  }, 60_000);
  afterAll(async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    await api?.close();
    await apiQueue?.stop();
    for (const db of dbs) await db.close();
    await shared?.drop();
  }, 60_000);

  /** A queue worker in this process, on its own connection (another "replica"). */
  async function startWorker(workerFile?: string): Promise<JobQueue & { halt(): Promise<void> }> {
    const queue = new JobQueue(await open(), { superviseIntervalSeconds: 1 });
    await queue.start();
    const pool = new JobPool({ threads: 2, ...(workerFile ? { workerFile } : {}) });
    await queue.work(2, pool);
    let halted = false;
    const halt = async () => {
      if (halted) return;
      halted = true;
      await queue.stop();
      await pool.close();
    };
    closers.push(halt);
    return Object.assign(queue, { halt });
  }

  it('refuses a user\'s job beyond their cluster-wide share (503 too_many_jobs)', async () => {
    const user = await createUser({ app: api, db: dbs[0] as Database, close: async () => {} }, 'VIEWER');
    // perUser 3: three queued (no worker runs yet), the 4th refused.
    const ids = [];
    for (let i = 0; i < 3; i += 1) ids.push(await apiQueue.enqueue(user.userId, { kind: 'hold' } as never));
    await expect(apiQueue.enqueue(user.userId, { kind: 'hold' } as never)).rejects.toMatchObject({ statusCode: 503, code: 'too_many_jobs' });
    for (const id of ids) await apiQueue.cancel(id, user.userId);
    expect(await apiQueue.store.active(user.userId)).toBe(0);
  });

  it('queues a Monte Carlo run on one instance, runs it on a worker of another, and serves the same answer', async () => {
    const payload = { scenario: apiOnly, paths: 200, seed: 7 };
    const headers = { ...analyst.headers, 'content-type': 'application/json' };
    const sync = await api.inject({ method: 'POST', url: '/api/v1/analysis/montecarlo', headers, payload });
    expect(sync.statusCode).toBe(200);

    const queued = await api.inject({ method: 'POST', url: '/api/v1/analysis/montecarlo', headers: { ...headers, prefer: 'respond-async' }, payload });
    expect(queued.statusCode).toBe(202);
    const { id, status } = queued.json().job;
    expect(status).toBe('queued');
    expect(queued.headers.location).toBe(`/api/v1/jobs/${id}`);

    const worker = await startWorker();
    const done = await until('completion', async () => {
      const res = await api.inject({ method: 'GET', url: `/api/v1/jobs/${id}`, headers: analyst.headers });
      return res.json().job.status === 'completed' && res.json().job;
    });
    expect(done).toMatchObject({ progress: 1, attempts: 1, resultUrl: `/api/v1/jobs/${id}/result` });
    const result = await api.inject({ method: 'GET', url: done.resultUrl, headers: analyst.headers });
    expect(result.statusCode).toBe(200);
    // Same seed, same paths: the worker's answer is the synchronous one, byte for byte.
    expect(result.json()).toEqual(sync.json());
    // Someone else's job is not found.
    const other = await createUser({ app: api, db: dbs[0] as Database, close: async () => {} }, 'VIEWER');
    expect((await api.inject({ method: 'GET', url: `/api/v1/jobs/${id}`, headers: other.headers })).statusCode).toBe(404);
    await worker.halt();
  }, 60_000);

  it('re-runs the job of a worker killed mid-job elsewhere, and completes it exactly once', async () => {
    const owner = analyst.userId;
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./workerChild.ts', import.meta.url))], {
      env: { ...process.env, DATABASE_URL: shared.url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    closers.push(async () => child.kill('SIGKILL'));
    const childWorker = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        const m = /ready (\S+)/.exec(chunk.toString());
        if (m?.[1]) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`worker child exited (${code})`)));
    });
    const id = await apiQueue.enqueue(owner, { kind: 'echo', value: { answer: 42 } } as never);
    await until('the child to take the job', async () => {
      const row = await apiQueue.store.get(id);
      return row?.status === 'running' && row.worker === childWorker;
    });
    child.kill('SIGKILL');

    const survivor = await startWorker(PLAIN);
    const row = await until('the retry to complete', async () => {
      const r = await apiQueue.store.get(id);
      return r?.status === 'completed' && r;
    });
    expect(row).toMatchObject({ attempts: 2, completions: 1, worker: survivor.worker });
    expect((await apiQueue.store.result(id))?.body).toEqual({ answer: 42 });
    await survivor.halt();
  }, 90_000);

  it('answers 202 for a queued job and leaves it to the workers: the API instance does not run it too', async () => {
    // A FastifyReply is a thenable: a handler that awaited it as "queued?" got undefined and then ran the
    // job in its own pool as well, after the 202 (each queued PDF cost the API replica ~3 s of CPU).
    const user = await createUser({ app: api, db: dbs[0] as Database, close: async () => {} }, 'VIEWER');
    const headers = { ...user.headers, 'content-type': 'application/json', prefer: 'respond-async' };
    const ran = vi.spyOn(api.jobs, 'run');
    try {
      const requests = [
        { method: 'POST', url: '/api/v1/analysis/montecarlo', payload: { scenario: apiOnly, paths: 100, seed: 1 } },
        { method: 'POST', url: '/api/v1/exports/pdf', payload: { scenario: apiOnly } },
        { method: 'GET', url: '/api/v1/scenarios/export' },
      ] as const;
      const ids: string[] = [];
      for (const request of requests) {
        const res = await api.inject({ ...request, headers });
        expect(res.statusCode, request.url).toBe(202);
        ids.push(res.json().job.id);
      }
      await new Promise((r) => setTimeout(r, 300)); // the stray run started right after the answer was sent
      expect(ran).not.toHaveBeenCalled();
      for (const id of ids) expect(await apiQueue.cancel(id, user.userId)).toBe(true);
    } finally {
      ran.mockRestore();
    }
  });

  it('cancels a queued job (it never runs) and drops the result of a cancelled running one', async () => {
    const owner = analyst.userId;
    const queued = await apiQueue.enqueue(owner, { kind: 'echo', value: 1 } as never);
    const cancel = await api.inject({ method: 'DELETE', url: `/api/v1/jobs/${queued}`, headers: analyst.headers });
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json().job.status).toBe('cancelled');
    // Cancelling again: already finished.
    expect((await api.inject({ method: 'DELETE', url: `/api/v1/jobs/${queued}`, headers: analyst.headers })).statusCode).toBe(409);
    // A running job cancelled before it completes keeps no result.
    const running = await apiQueue.enqueue(owner, { kind: 'echo', value: 2 } as never);
    expect(await apiQueue.store.start(running, 'test')).toBeDefined();
    expect(await apiQueue.cancel(running, owner)).toBe(true);
    expect(await apiQueue.store.complete(running, 'test', { body: 2 })).toBe(false);
    const after = await api.inject({ method: 'GET', url: `/api/v1/jobs/${running}/result`, headers: analyst.headers });
    expect(after.statusCode).toBe(409);
    // Workers started later find nothing to run for the cancelled ones.
    await startWorker(PLAIN);
    await new Promise((r) => setTimeout(r, 1500));
    const rows = await Promise.all([queued, running].map((id) => apiQueue.store.get(id)));
    expect(rows.map((r) => [r?.status, r?.completions])).toEqual([['cancelled', 0], ['cancelled', 0]]);
  }, 60_000);
});
