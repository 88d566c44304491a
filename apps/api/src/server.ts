// Production entry point: read the configuration, open and migrate the database, listen, and close
// everything cleanly on SIGTERM/SIGINT (PGlite must flush its files to keep its data intact).
import { hostname } from 'node:os';
import { DataDirectoryInUseError, openDatabase, type Database } from '@tokenplan/db';
import { ScenarioRepository } from './repositories/scenarios';
import { buildApp, type App } from './app';
import { ConfigError, readEnv } from './env';
import { LOG_REDACT } from './logging';
import { takeLease } from './cluster/lease';
import { purgeRateLimits } from './cluster/rateLimitStore';

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
      .then((mine) => (mine ? Promise.all([repo.purgeExpired(), purgeRateLimits(db)]).then(([count]) => count) : 0))
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

async function main(): Promise<void> {
  const env = readEnv();
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.TOKENPLAN_DATA_DIR });
  const app = await buildApp({
    db,
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
