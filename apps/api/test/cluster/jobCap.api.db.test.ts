// The per-user job cap across replicas: two API instances, each with its own Database (its own pool of
// connections) and its own JobQueue on one PostgreSQL, receive submits of one user at the same moment.
// With a cap of 2, exactly 2 may be admitted cluster-wide, however the submits interleave: a count
// then an insert without a lock lets several instances see "1 active" and all insert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobRejectedError } from '../../src/jobs/pool';
import { JobQueue } from '../../src/queue/queue';
import { postgresAvailable, useSharedReplicas } from './sharedDatabase';

describe.runIf(postgresAvailable)('per-user job cap across replicas', () => {
  const dbs = useSharedReplicas(2, { migrate: true });
  const queues: JobQueue[] = [];

  beforeAll(async () => {
    for (const db of dbs) {
      const queue = new JobQueue(db, { perUser: 2 });
      await queue.start();
      queues.push(queue);
    }
  }, 60_000);
  afterAll(async () => {
    for (const queue of queues) await queue.stop();
  }, 60_000);

  it('admits exactly the cap when 2 replicas receive 12 concurrent submits of one user', async () => {
    const [a, b] = queues as [JobQueue, JobQueue];
    for (let round = 0; round < 3; round += 1) {
      const owner = `cap-user-${round}`;
      // No worker runs: every admitted job stays queued, so the cap of 2 is the number admitted.
      const outcomes = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? a : b).enqueue(owner, { kind: 'hold' } as never)));
      const admitted = outcomes.filter((o) => o.status === 'fulfilled').length;
      const refused = outcomes.filter((o) => o.status === 'rejected' && o.reason instanceof JobRejectedError && o.reason.code === 'too_many_jobs').length;
      expect({ round, admitted, refused }).toEqual({ round, admitted: 2, refused: 10 });
      expect(await a.store.active(owner)).toBe(2);
    }
  }, 60_000);
});
