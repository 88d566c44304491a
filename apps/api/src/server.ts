// Production entry point: read the configuration, open and migrate the database, listen, and close
// everything cleanly on SIGTERM/SIGINT (PGlite must flush its files to keep its data intact).
import { hostname } from 'node:os';
import { DataDirectoryInUseError, openDatabase, type Database } from '@tokenplan/db';
import { ScenarioRepository } from './repositories/scenarios';
import { buildApp, type App } from './app';
import Fastify from 'fastify';
import { ConfigError, readEnv, type Env } from './env';
import { JobQueue } from './queue/queue';
import { startQueueWorker } from './queue/worker';
import { LOG_REDACT } from './logging';
import { takeLease } from './cluster/lease';
import { lowerProcessPriority } from './cluster/priority';
import { purgeRateLimits } from './cluster/rateLimitStore';
import { JobStore } from './queue/jobStore';

const PURGE_EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Scenarios deleted more than 30 days ago can no longer be restored: delete them for good, at start and
 * every 6 h. With several replicas on one PostgreSQL, the one that takes the lease runs it (once per
 * period cluster-wide); the others check again at the next tick.
 */
function schedulePurge(app: App, db: Database): void {
  const repo = new ScenarioRepository(db);
  const holder = `${hostname()}:${process.pid}`;
  const purge = () =>
    takeLease(db, 'purge-deleted-scenarios', holder, PURGE_EVERY_MS - 60_000)
      .then((mine) => (mine ? Promise.all([repo.purgeExpired(), purgeRateLimits(db), ...(db.kind === 'postgres' ? [new JobStore(db).purge()] : [])]).then(([count]) => count) : 0))
      .then(
      (count) => count > 0 && app.log.info({ purged: count }, 'purged scenarios deleted more than 30 days ago'),
      (err: unknown) => app.log.error({ err }, 'purge of deleted scenarios failed'),
    );
  void purge();
  // Checked every 10 min: a replica that started after the lease holder still purges within one period of the last run.
  const timer = setInterval(() => void purge(), Math.min(PURGE_EVERY_MS, 10 * 60_000));
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}

/** TOKENPLAN_ROLE=worker: migrate, run queued jobs until SIGTERM/SIGINT; only /healthz on HOST:PORT. */
async function runWorker(env: Env, db: Database): Promise<void> {
  if (db.kind !== 'postgres') throw new ConfigError('Invalid configuration: TOKENPLAN_ROLE=worker needs DATABASE_URL (PostgreSQL); the embedded database runs jobs in the API process.');
  // Batch work: lower priority than the API replicas that may share the host (TOKENPLAN_WORKER_NICE).
  const nice = lowerProcessPriority(env.TOKENPLAN_WORKER_NICE);
  const health = Fastify({ logger: { level: env.LOG_LEVEL, redact: LOG_REDACT } });
  health.log.info({ nice }, 'worker priority lowered');
  health.get('/healthz', async () => ({ status: 'ok', role: 'worker' }));
  await db.migrate();
  // The job threads inherit the process's nice value: no further increment beyond TOKENPLAN_WORKER_NICE.
  const worker = await startQueueWorker(db, env.TOKENPLAN_WORKERS ?? 2, health.log, undefined, { niceIncrement: env.TOKENPLAN_WORKER_NICE > 0 ? 0 : 10 });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      health.log.info({ signal }, 'worker shutting down');
      void worker
        .stop()
        .then(() => health.close())
        .then(() => db.close())
        .then(() => process.exit(0), () => process.exit(1));
    });
  }
  await health.listen({ host: env.HOST, port: env.PORT });
  console.log(`\nTokenplan worker ${worker.queue.worker} is running ${env.TOKENPLAN_WORKERS ?? 2} jobs at a time\n`);
}

async function main(): Promise<void> {
  const env = readEnv();
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.TOKENPLAN_DATA_DIR });
  if (env.TOKENPLAN_ROLE === 'worker') return runWorker(env, db);
  // On PostgreSQL, `Prefer: respond-async` job requests are queued (queue/*); workers run them.
  const queue = db.kind === 'postgres' ? new JobQueue(db, { perUser: env.TOKENPLAN_JOBS_PER_USER }) : undefined;
  await queue?.start();
  const app = await buildApp({
    db,
    queue,
    webDist: env.TOKENPLAN_WEB_DIST,
    logger: {
      level: env.LOG_LEVEL,
      redact: LOG_REDACT,
    },
    auth: {
      cookieSecure: env.TOKENPLAN_COOKIE_SECURE === 'auto' ? 'auto' : env.TOKENPLAN_COOKIE_SECURE === 'true',
      sessionIdleMinutes: env.TOKENPLAN_SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: env.TOKENPLAN_SESSION_MAX_HOURS,
      inviteHours: env.TOKENPLAN_INVITE_HOURS,
      trustedOrigins: env.TOKENPLAN_TRUSTED_ORIGINS,
    },
    redisUrl: env.REDIS_URL,
    rateLimit: { enabled: true, authPerMinute: env.TOKENPLAN_RATE_LIMIT_AUTH, generalPerMinute: env.TOKENPLAN_RATE_LIMIT_API },
    demoWorkspace: env.TOKENPLAN_DEMO_WORKSPACE === 'on',
  });
  app.addHook('onClose', async () => db.close());
  if (queue) {
    queue.log = app.log;
    const workers = env.TOKENPLAN_WORKERS ? await startQueueWorker(db, env.TOKENPLAN_WORKERS, app.log, queue) : undefined;
    app.addHook('onClose', async () => {
      await workers?.stop();
      await queue.stop();
    });
  }
  const applied = await db.migrate();
  app.log.info({ database: db.kind, applied }, applied.length ? 'migrations applied' : 'database schema up to date');
  schedulePurge(app, db);

  let closing = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'shutting down');
      app.close().then(
        () => process.exit(0),
        (err: unknown) => {
          app.log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  const address = await app.listen({ host: env.HOST, port: env.PORT });
  const url = address.replace('://[::1]', '://localhost');
  console.log(`\nTokenplan is running at ${url}  (database: ${db.kind === 'pglite' ? `embedded PGlite in ${env.TOKENPLAN_DATA_DIR}` : 'PostgreSQL'})\n`);
}

main().catch((err: unknown) => {
  // Operator mistakes get one line, no stack trace.
  if (err instanceof ConfigError || err instanceof DataDirectoryInUseError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
