// A job whose hand-over to pg-boss fails (PostgreSQL hiccup): the job row was already inserted by the
// admission, so without care it would stay `queued` for a day, never run, and hold one of the user's
// places (perUser 1 here: every later submit refused). The client gets 503 queue_unavailable with
// Retry-After, the row is failed, and the user's next submit is admitted.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@tokenplan/db';
import { buildApp, type App } from '../../src/app';
import { JobQueue } from '../../src/queue/queue';
import { apiOnly, createUser, type TestUser } from '../helpers';
import { postgresAvailable, useSharedReplicas } from './sharedDatabase';

describe.runIf(postgresAvailable)('a job pg-boss could not take', () => {
  const dbs = useSharedReplicas(1, { migrate: true });
  let queue: JobQueue;
  let api: App;
  let user: TestUser;

  beforeAll(async () => {
    const db = dbs[0] as Database;
    queue = new JobQueue(db, { perUser: 1 });
    await queue.start();
    api = await buildApp({ db, queue, rateLimit: { enabled: false } });
    await api.ready();
    user = await createUser({ app: api, db, close: async () => {} }, 'VIEWER');
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await queue?.stop();
  }, 60_000);

  it('answers 503 queue_unavailable, fails the row and frees the user\'s place', async () => {
    const submit = () =>
      api.inject({
        method: 'POST',
        url: '/api/v1/analysis/montecarlo',
        headers: { ...user.headers, 'content-type': 'application/json', prefer: 'respond-async' },
        payload: { scenario: apiOnly, paths: 50, seed: 1 },
      });
    vi.spyOn(queue.boss, 'send').mockRejectedValueOnce(new Error('Connection terminated unexpectedly'));

    const refused = await submit();
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('5');
    expect(refused.json()).toEqual({ error: { code: 'queue_unavailable', message: expect.any(String) } });
    const rows = await (dbs[0] as Database).query<{ status: string }>(`SELECT status FROM tokenplan_job WHERE owner = $1`, [user.userId]);
    expect(rows.map((r) => r.status)).toEqual(['failed']);
    expect(await queue.store.active(user.userId)).toBe(0);

    // The place is free: the next submit is queued (cap 1).
    const admitted = await submit();
    expect(admitted.statusCode).toBe(202);
    expect(admitted.json().job.status).toBe('queued');
    expect(await queue.store.active(user.userId)).toBe(1);
  }, 60_000);
});
