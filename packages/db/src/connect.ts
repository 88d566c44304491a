import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client';
import { applyMigrations, type SqlRunner } from './migrations';
import { lockDataDirectory, type DataDirLock } from './dataDirLock';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseOptions {
  /** postgres://… switches to a real PostgreSQL server. */
  databaseUrl?: string | undefined;
  /** PGlite data directory (created if missing); 'memory://' for a throw-away database. */
  dataDir?: string | undefined;
}

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /** Applies pending migrations; returns the names applied now. */
  migrate(): Promise<string[]>;
  /** Cheap round trip for readiness checks. */
  ping(): Promise<void>;
  /** Raw SQL (one statement, $1… parameters) for the tables the API keeps outside Prisma (rate limits, jobs, leases). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements without parameters, run as one transaction (PostgreSQL's simple protocol; PGlite's exec). */
  script(sql: string): Promise<void>;
  /** PostgreSQL: the connection string without `?schema=` and the schema it names (for pg-boss); undefined on PGlite. */
  postgres?: { connectionString: string; schema: string | undefined };
  /** Disconnects Prisma and closes the underlying database (PGlite flushes its files). */
  close(): Promise<void>;
}

// Any fixed 64-bit key: serialises migrators that share one PostgreSQL database (parallel test files, replicas).
const MIGRATION_LOCK_KEY = 727_274_001;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir ?? './.tokenplan-data');
}

async function openPglite(dataDir: string): Promise<Database> {
  let lock: DataDirLock | undefined;
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
    // Before PGlite touches a file: throws DataDirectoryInUseError if another live process has the directory.
    lock = lockDataDirectory(dataDir);
  }
  const pglite = new PGlite(dataDir);
  try {
    await pglite.waitReady;
  } catch (error) {
    lock?.release();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const runner: SqlRunner = {
    query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
    // PGlite is a single connection inside this process: its transaction is already exclusive.
    exclusive: (fn) =>
      pglite.transaction((tx) =>
        fn({
          query: async <T>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows,
          exclusive: () => Promise.reject(new Error('nested exclusive')),
          script: async (sql) => void (await tx.exec(sql)),
        }),
      ),
  };
  return {
    kind: 'pglite',
    prisma,
    migrate: () => applyMigrations(runner),
    ping: async () => void (await pglite.query('SELECT 1')),
    query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
    // One transaction like PostgreSQL's multi-statement simple query, which `exec` alone is not.
    script: async (sql) => void (await pglite.transaction((tx) => tx.exec(sql))),
    close: async () => {
      try {
        await prisma.$disconnect();
        await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/**
 * `?schema=NAME` in the URL selects a PostgreSQL schema, as in Prisma's own URLs: Prisma queries are
 * qualified with it and raw SQL (the migrations) runs with it first on the search path.
 */
function splitSchema(databaseUrl: string): { connectionString: string; schema: string | undefined } {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get('schema') ?? undefined;
  if (schema === undefined) return { connectionString: databaseUrl, schema };
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new Error(`DATABASE_URL: invalid schema name "${schema}"`);
  url.searchParams.delete('schema');
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { connectionString: url.toString(), schema };
}

async function openPostgres(databaseUrl: string): Promise<Database> {
  const { connectionString, schema } = splitSchema(databaseUrl);
  const pool = new pg.Pool({ connectionString, max: 10 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, schema ? { schema } : undefined) });
  const runner: SqlRunner = {
    query: async <T>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as T[],
    exclusive: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
        const result = await fn({
          query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
          exclusive: () => Promise.reject(new Error('nested exclusive')),
          script: async (sql) => void (await client.query(sql)),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
  };
  return {
    kind: 'postgres',
    prisma,
    migrate: () => applyMigrations(runner),
    ping: async () => void (await pool.query('SELECT 1')),
    query: async <T>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as T[],
    script: async (sql) => void (await pool.query(sql)),
    postgres: { connectionString, schema },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
