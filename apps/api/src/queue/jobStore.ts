// The durable jobs' own state, beside pg-boss (which only delivers, retries and expires them): who
// asked, status and progress, the attempts, and the result kept for a day (file bytes as bytea, an
// analysis as JSON). Completion is recorded once: only a job still `running` can complete, so a late
// duplicate attempt (a worker presumed dead that was only slow) finds nothing to update.
import type { Database } from '@tokenplan/db';
import { ensureSharedTables } from '../cluster/tables';

export type JobStatus = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

export interface JobRow {
  id: string;
  owner: string;
  kind: string;
  status: JobStatus;
  progress: number;
  attempts: number;
  completions: number;
  worker: string | null;
  error: { status: number; code: string; message: string } | null;
  created_at: Date;
  finished_at: Date | null;
  expires_at: Date;
}

export interface JobResult {
  content_type: string | null;
  file_name: string | null;
  bytes: Buffer | null;
  body: unknown;
}

/** Results (and the rows of unfinished jobs) are kept this long. */
export const KEEP_MS = 24 * 3_600_000;
const INSERT_SQL = `INSERT INTO tokenplan_job (id, owner, kind, status, payload, expires_at) VALUES ($1::uuid, $2, $3, 'queued', $4, now() + make_interval(secs => $5::float8 / 1000))`;
const ACTIVE_SQL = `SELECT count(*)::int AS n FROM tokenplan_job WHERE owner = $1 AND status IN ('queued', 'running')`;
const ROW = `id, owner, kind, status, progress, attempts, completions, worker, error, created_at, finished_at, expires_at`;

export class JobStore {
  constructor(private readonly db: Database) {}

  /**
   * Inserts the job unless `owner` already has `cap` queued or running, cluster-wide; returns how many
   * they had (the job was inserted when that is below `cap`). One transaction under a per-owner advisory
   * lock: the count runs after the lock is held (a new snapshot in READ COMMITTED), so two replicas
   * admitting the same owner's jobs at once take turns and cannot both see room for one more.
   */
  async admit(id: string, owner: string, kind: string, payload: Buffer, cap: number): Promise<{ admitted: boolean; active: number }> {
    await ensureSharedTables(this.db);
    return this.db.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(${`tokenplan-jobs:${owner}`}, 0))) AS locked`;
      const rows = await tx.$queryRawUnsafe<{ n: number }[]>(ACTIVE_SQL, owner);
      const active = rows[0]?.n ?? 0;
      if (active >= cap) return { admitted: false, active };
      await tx.$executeRawUnsafe(INSERT_SQL, id, owner, kind, payload, KEEP_MS);
      return { admitted: true, active };
    });
  }

  /** Jobs of `owner` queued or running, cluster-wide. */
  async active(owner: string): Promise<number> {
    await ensureSharedTables(this.db);
    const rows = await this.db.query<{ n: number }>(ACTIVE_SQL, [owner]);
    return rows[0]?.n ?? 0;
  }

  async get(id: string): Promise<JobRow | undefined> {
    await ensureSharedTables(this.db);
    return (await this.db.query<JobRow>(`SELECT ${ROW} FROM tokenplan_job WHERE id = $1 AND expires_at > now()`, [id]))[0];
  }

  async result(id: string): Promise<JobResult | undefined> {
    const rows = await this.db.query<JobResult>(`SELECT content_type, file_name, bytes, body FROM tokenplan_job WHERE id = $1 AND status = 'completed' AND expires_at > now()`, [id]);
    return rows[0];
  }

  /** An attempt starts: the payload, or undefined when the job was cancelled, finished or purged meanwhile. */
  async start(id: string, worker: string): Promise<{ owner: string; payload: Buffer } | undefined> {
    const rows = await this.db.query<{ owner: string; payload: Buffer }>(
      `UPDATE tokenplan_job SET status = 'running', attempts = attempts + 1, worker = $2, progress = 0.05, updated_at = now()
       WHERE id = $1 AND status IN ('queued', 'running') RETURNING owner, payload`,
      [id, worker],
    );
    return rows[0];
  }

  async progress(id: string, progress: number): Promise<void> {
    await this.db.query(`UPDATE tokenplan_job SET progress = GREATEST(progress, $2), updated_at = now() WHERE id = $1 AND status = 'running'`, [id, progress]);
  }

  /** Records the result; false when the job was no longer running (cancelled, or completed by another attempt). */
  async complete(id: string, worker: string, result: { contentType?: string; fileName?: string; bytes?: Uint8Array; body?: unknown }): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE tokenplan_job SET status = 'completed', progress = 1, completions = completions + 1, worker = $2, content_type = $3, file_name = $4,
         bytes = $5, body = $6::jsonb, payload = NULL, finished_at = now(), updated_at = now(), expires_at = now() + make_interval(secs => $7::float8 / 1000)
       WHERE id = $1 AND status = 'running' RETURNING id`,
      [id, worker, result.contentType ?? null, result.fileName ?? null, result.bytes ? Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength) : null, result.body === undefined ? null : JSON.stringify(result.body), KEEP_MS],
    );
    return rows.length === 1;
  }

  async fail(id: string, error: { status: number; code: string; message: string }): Promise<void> {
    await this.db.query(
      `UPDATE tokenplan_job SET status = 'failed', error = $2::jsonb, payload = NULL, finished_at = now(), updated_at = now() WHERE id = $1 AND status IN ('queued', 'running')`,
      [id, JSON.stringify(error)],
    );
  }

  /** Cancels a queued or running job of `owner`; false when there is none to cancel. */
  async cancel(id: string, owner: string): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE tokenplan_job SET status = 'cancelled', payload = NULL, finished_at = now(), updated_at = now() WHERE id = $1 AND owner = $2 AND status IN ('queued', 'running') RETURNING id`,
      [id, owner],
    );
    return rows.length === 1;
  }

  /** Deletes jobs past their day. */
  async purge(): Promise<number> {
    await ensureSharedTables(this.db);
    const rows = await this.db.query<{ n: number }>(`WITH d AS (DELETE FROM tokenplan_job WHERE expires_at <= now() RETURNING 1) SELECT count(*)::int AS n FROM d`);
    return rows[0]?.n ?? 0;
  }
}
