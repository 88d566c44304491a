// The job pool that runs exports and analyses (src/jobs/pool.ts): time limit, memory limit, global and
// per-user caps. Worker fixtures make the pool's state deterministic: gatedWorker holds every job until
// the test opens its gate; plainWorker starts fast and can spin or eat memory on demand.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../src/errors';
import { JobPool, type JobRejectedError } from '../../src/jobs/pool';
import { apiOnly, createTestApp, createUser, type TestApp, type TestUser } from '../helpers';
import { upfrontDocument } from '../exports/fixtures';

const GATED_WORKER = fileURLToPath(new URL('./fixtures/gatedWorker.mjs', import.meta.url));
const PLAIN_WORKER = fileURLToPath(new URL('./fixtures/plainWorker.mjs', import.meta.url));


/** A gate shared with the workers: closed (0) holds every job, open (1) lets them run. */
function gate() {
  const buffer = new SharedArrayBuffer(4);
  const cell = new Int32Array(buffer);
  return {
    workerData: { gate: buffer },
    open: () => {
      Atomics.store(cell, 0, 1);
      Atomics.notify(cell, 0);
    },
  };
}

async function rejection(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

describe('job pool: caps (2 per user, 1 running + 2 waiting in all)', () => {
  const held = gate();
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;
  beforeAll(async () => {
    t = await createTestApp(undefined, { jobs: { workerFile: GATED_WORKER, workerData: held.workerData, threads: 1, queue: 2, perUser: 2, retryAfterSeconds: 7 } });
    alice = await createUser(t, 'VIEWER');
    bob = await createUser(t, 'VIEWER');
  });
  afterAll(async () => {
    held.open();
    await t.close();
  });

  it('refuses a user’s third job with 503 + Retry-After while another user gets through, then refuses past the global cap', async () => {
    const inject = (user: TestUser, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
      t.app.inject({ method, url, headers: user.headers, ...(payload ? { payload } : {}) });
    const alicePdf = inject(alice, 'POST', '/api/v1/exports/pdf', { scenario: upfrontDocument() });
    const aliceTornado = inject(alice, 'POST', '/api/v1/analysis/tornado', { scenario: apiOnly });
    await vi.waitFor(() => expect(t.app.jobs.inFlight).toBe(2));

    const aliceThird = await inject(alice, 'POST', '/api/v1/exports/csv', { scenario: upfrontDocument() });
    expect(aliceThird.statusCode).toBe(503);
    expect(aliceThird.headers['retry-after']).toBe('7');
    expect(aliceThird.json().error.code).toBe('too_many_jobs');

    const bobExchange = inject(bob, 'GET', '/api/v1/scenarios/export');
    await vi.waitFor(() => expect(t.app.jobs.inFlight).toBe(3));
    const bobSecond = await inject(bob, 'POST', '/api/v1/analysis/montecarlo', { scenario: apiOnly, paths: 10 });
    expect(bobSecond.statusCode).toBe(503);
    expect(bobSecond.headers['retry-after']).toBe('7');
    expect(bobSecond.json().error).toEqual({ code: 'server_busy', message: expect.stringContaining('try again') });

    held.open();
    const [pdf, tornado, exchange] = await Promise.all([alicePdf, aliceTornado, bobExchange]);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(tornado.statusCode).toBe(200);
    expect(tornado.json().base).toBe('111600');
    expect(exchange.statusCode).toBe(200);
    expect(exchange.json()).toMatchObject({ format: 'tokenplan.scenarios', schemaVersion: 1, scenarios: [] });
    expect(t.app.jobs.inFlight).toBe(0);
  });
});

describe('job pool: time limit', () => {
  const held = gate(); // never opened: every job runs past its limit
  let t: TestApp;
  let alice: TestUser;
  beforeAll(async () => {
    t = await createTestApp(undefined, { jobs: { workerFile: GATED_WORKER, workerData: held.workerData, timeLimitMs: 300 } });
    alice = await createUser(t, 'VIEWER');
  });
  afterAll(async () => {
    held.open();
    await t.close();
  });

  it('answers 503 job_timeout for an export or an analysis past the limit, frees its slot, and the server keeps answering', async () => {
    const pdf = await t.app.inject({ method: 'POST', url: '/api/v1/exports/pdf', headers: alice.headers, payload: { scenario: upfrontDocument(), monteCarlo: { paths: 50 } } });
    expect(pdf.statusCode).toBe(503);
    expect(pdf.json().error.code).toBe('job_timeout');
    const tornado = await t.app.inject({ method: 'POST', url: '/api/v1/analysis/tornado', headers: alice.headers, payload: { scenario: apiOnly } });
    expect(tornado.statusCode).toBe(503);
    expect(tornado.json().error.code).toBe('job_timeout');
    expect(t.app.jobs.inFlight).toBe(0);
    // A request takes its place before its body is read, and gives it back when it fails before its job.
    const invalid = await t.app.inject({ method: 'POST', url: '/api/v1/exports/pdf', headers: alice.headers, payload: { scenario: upfrontDocument(), paper: 'a3' } });
    expect(invalid.statusCode).toBe(400);
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/scenarios/00000000-0000-4000-8000-000000000000/export.xlsx', headers: alice.headers });
    expect(unknown.statusCode).toBe(404);
    expect(t.app.jobs.inFlight).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/scenarios', headers: alice.headers })).statusCode).toBe(200);
  });
});

describe('JobPool with a worker that starts fast', () => {
  it('counts a job from submission: a second job of the same user, then any job past the global cap, is refused', async () => {
    const pool = new JobPool({ workerFile: PLAIN_WORKER, threads: 1, queue: 1, perUser: 1, retryAfterSeconds: 3 });
    try {
      const first = pool.run('alice', { kind: 'spin' } as never).catch((e: unknown) => e);
      const mine = await rejection(pool.run('alice', { kind: 'echo', value: 1 } as never));
      expect([mine.statusCode, mine.code, (mine as JobRejectedError).retryAfterSeconds]).toEqual([503, 'too_many_jobs', 3]);
      const second = pool.run('bob', { kind: 'echo', value: 2 } as never).catch((e: unknown) => e);
      const full = await rejection(pool.run('carol', { kind: 'echo', value: 3 } as never));
      expect([full.statusCode, full.code]).toEqual([503, 'server_busy']);
      expect(pool.inFlight).toBe(2);
      await pool.close(); // terminates the spinning worker: both jobs fail, nothing hangs
      await Promise.all([first, second]);
      expect(pool.inFlight).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('stops a job past its time limit (terminating its worker) and runs the next one on a fresh worker', async () => {
    const pool = new JobPool({ workerFile: PLAIN_WORKER, timeLimitMs: 1_500 });
    try {
      const error = await rejection(pool.run('alice', { kind: 'spin' } as never));
      expect([error.statusCode, error.code]).toEqual([503, 'job_timeout']);
      expect(await pool.run('alice', { kind: 'echo', value: 42 } as never)).toBe(42);
    } finally {
      await pool.close();
    }
  });

  it('fails a job past its memory limit with 503 job_memory_limit; the process and the pool carry on', async () => {
    const pool = new JobPool({ workerFile: PLAIN_WORKER, maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 });
    try {
      const error = await rejection(pool.run('alice', { kind: 'hog' } as never));
      expect([error.statusCode, error.code]).toEqual([503, 'job_memory_limit']);
      expect(await pool.run('alice', { kind: 'echo', value: 'still here' } as never)).toBe('still here');
    } finally {
      await pool.close();
    }
  });
});

describe('job pool: self-check before taking jobs', () => {
  it('resolves once a thread has started and answered', async () => {
    const pool = new JobPool({ workerFile: PLAIN_WORKER, threads: 1 });
    await expect(pool.selfCheck(20_000)).resolves.toBeUndefined();
    await pool.close();
  });

  it('rejects with the start-up error when the threads cannot start, instead of holding the job', async () => {
    const pool = new JobPool({ workerFile: fileURLToPath(new URL('./fixtures/brokenWorker.mjs', import.meta.url)), threads: 1 });
    const started = Date.now();
    await expect(pool.selfCheck(20_000)).rejects.toThrow(/cannot start: this worker cannot load/);
    // The error, not the 20 s timeout, ended the check.
    expect(Date.now() - started).toBeLessThan(15_000);
    await pool.close();
  });
});
