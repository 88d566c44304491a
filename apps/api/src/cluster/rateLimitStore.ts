// A store for @fastify/rate-limit (its `store` option) that keeps the counters in PostgreSQL, so every
// replica on one database counts the same hits: N replicas enforce one limit, not N. One upsert per
// request: the window restarts when the stored one has ended (a fixed window, like the plugin's own stores).
import type { Database } from '@tokenplan/db';
import { ensureSharedTables } from './tables';

type Callback = (err: Error | null, result?: { current: number; ttl: number }) => void;
/** What the plugin passes to child(): the route's merged options, with `routeInfo` at run time (not in its types). */
type RouteOptions = object;

const INCR_SQL = `
INSERT INTO tokenplan_rate_limit AS r (key, hits, reset_at)
VALUES ($1, 1, now() + make_interval(secs => $2::float8 / 1000))
ON CONFLICT (key) DO UPDATE SET
  hits = CASE WHEN r.reset_at <= now() THEN 1 ELSE r.hits + 1 END,
  reset_at = CASE WHEN r.reset_at <= now() THEN EXCLUDED.reset_at ELSE r.reset_at END
RETURNING hits, GREATEST(0, CEIL(EXTRACT(EPOCH FROM (reset_at - now())) * 1000))::float8 AS ttl`;

const READ_SQL = `
SELECT hits, GREATEST(0, CEIL(EXTRACT(EPOCH FROM (reset_at - now())) * 1000))::float8 AS ttl
FROM tokenplan_rate_limit WHERE key = $1 AND reset_at > now()`;

/** The store class for `db` (the plugin constructs it: `new Store(globalParams)`). */
export function postgresRateLimitStore(db: Database) {
  return class PostgresRateLimitStore {
    constructor(
      _params?: unknown,
      private readonly prefix = 'global:',
    ) {}

    incr(key: string, cb: Callback, timeWindow: number): void {
      this.#run(INCR_SQL, [this.prefix + key, timeWindow], cb);
    }

    read(key: string, cb: Callback): void {
      this.#run(READ_SQL, [this.prefix + key], cb);
    }

    /** A route with its own limit counts apart (as the plugin's Redis store does). */
    child(routeOptions: RouteOptions): PostgresRateLimitStore {
      const { routeInfo } = routeOptions as { routeInfo?: { method?: string; url?: string } };
      return new PostgresRateLimitStore(routeOptions, `${routeInfo?.method ?? ''}${routeInfo?.url ?? ''}:`);
    }

    #run(sql: string, params: unknown[], cb: Callback): void {
      ensureSharedTables(db)
        .then(() => db.query<{ hits: number; ttl: number }>(sql, params))
        .then(
          (rows) => cb(null, { current: rows[0]?.hits ?? 0, ttl: Number(rows[0]?.ttl ?? 0) }),
          (err: unknown) => cb(err instanceof Error ? err : new Error(String(err))),
        );
    }
  };
}

/** Drops counters whose window has ended (they would restart at 1 anyway). */
export async function purgeRateLimits(db: Database): Promise<number> {
  await ensureSharedTables(db);
  const rows = await db.query<{ n: number }>(`WITH d AS (DELETE FROM tokenplan_rate_limit WHERE reset_at <= now() RETURNING 1) SELECT count(*)::int AS n FROM d`);
  return rows[0]?.n ?? 0;
}
