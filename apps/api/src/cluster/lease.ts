// A lease: "this task ran less than `periodMs` ago somewhere in the cluster". takeLease returns true to
// exactly one caller per period however many replicas ask (one atomic upsert), so a periodic task
// such as the purge of deleted scenarios runs once per period cluster-wide, not once per replica.
import type { Database } from '@tokenplan/db';
import { ensureSharedTables } from './tables';

const TAKE_SQL = `
INSERT INTO tokenplan_lease AS l (name, holder, until)
VALUES ($1, $2, now() + make_interval(secs => $3::float8 / 1000))
ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, until = EXCLUDED.until
WHERE l.until <= now()
RETURNING holder`;

/** True when `holder` took the lease `name` for the next `periodMs` (nobody held it). */
export async function takeLease(db: Database, name: string, holder: string, periodMs: number): Promise<boolean> {
  await ensureSharedTables(db);
  const rows = await db.query(TAKE_SQL, [name, holder, periodMs]);
  return rows.length === 1;
}
