// A queue worker in a process of its own, for the crash test: its pool holds every job at a gate that
// never opens, so the test can find the job running here and kill this process mid-job (SIGKILL).
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@tokenplan/db';
import { JobPool } from '../../src/jobs/pool';
import { JobQueue } from '../../src/queue/queue';

const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
const queue = new JobQueue(db, { superviseIntervalSeconds: 1 });
await queue.start();
const pool = new JobPool({
  threads: 1,
  workerFile: fileURLToPath(new URL('../jobs/fixtures/gatedWorker.mjs', import.meta.url)),
  workerData: { gate: new SharedArrayBuffer(4) },
});
await queue.work(1, pool);
process.stdout.write(`ready ${queue.worker}\n`);
