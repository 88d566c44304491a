// Tables the API keeps outside Prisma's schema, for running as several replicas on one PostgreSQL:
// rate-limit counters, leases (a periodic task run once per period cluster-wide) and the durable
// jobs' state and results (queue/*). pg-boss keeps its own schema beside them. Created on first use
// under an advisory lock, so replicas starting together do not race on CREATE TABLE IF NOT EXISTS.
import type { Database } from '@tokenplan/db';

// Any fixed key, distinct from the migration runner's (727_274_001).
const TABLES_LOCK_KEY = 727_274_002;

const TABLES_SQL = `
SELECT pg_advisory_xact_lock(${TABLES_LOCK_KEY});
CREATE UNLOGGED TABLE IF NOT EXISTS tokenplan_rate_limit (
  key text PRIMARY KEY,
  hits integer NOT NULL,
  reset_at timestamptz NOT NULL
);
CREATE TABLE IF NOT EXISTS tokenplan_lease (
  name text PRIMARY KEY,
  holder text NOT NULL,
  until timestamptz NOT NULL
);
CREATE TABLE IF NOT EXISTS tokenplan_job (
  id uuid PRIMARY KEY,
  owner text NOT NULL,
  kind text NOT NULL,
  status text NOT NULL,
  progress real NOT NULL DEFAULT 0,
  payload bytea,
  attempts integer NOT NULL DEFAULT 0,
  completions integer NOT NULL DEFAULT 0,
  worker text,
  content_type text,
  file_name text,
  bytes bytea,
  body jsonb,
  error jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  expires_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS tokenplan_job_owner_active ON tokenplan_job (owner) WHERE status IN ('queued', 'running');
`;

const ensured = new WeakMap<Database, Promise<void>>();

/** Creates the shared tables once per Database object (a failure is retried on the next call). */
export function ensureSharedTables(db: Database): Promise<void> {
  let done = ensured.get(db);
  if (!done) {
    done = db.script(TABLES_SQL);
    ensured.set(db, done);
    done.catch(() => ensured.delete(db));
  }
  return done;
}
