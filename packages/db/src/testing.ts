// Test support: the databases a suite runs against. PGlite (in memory) always; the local PostgreSQL
// (or DATABASE_URL) too when it answers. Each PostgreSQL run gets its own schema, dropped afterwards,
// so parallel test files and repeated runs never see each other's rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseKind } from './connect';

export const LOCAL_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabaseTarget {
  kind: DatabaseKind;
  /** Opens a fresh, empty database (migrations not applied). */
  open(): Promise<Database>;
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function withSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  return u.toString();
}

/** Opens a Database on a new schema of the server at `baseUrl`; close() drops the schema. */
export async function openIsolatedPostgres(baseUrl: string): Promise<Database> {
  const schema = `tp_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  const db = await openDatabase({ databaseUrl: withSchema(baseUrl, schema) });
  return {
    ...db,
    close: async () => {
      await db.close();
      const dropper = new pg.Client({ connectionString: baseUrl });
      await dropper.connect();
      await dropper.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await dropper.end();
    },
  };
}

let cached: Promise<TestDatabaseTarget[]> | undefined;

/** Every database kind the suites can run against on this machine, PGlite first. */
export function testDatabaseTargets(): Promise<TestDatabaseTarget[]> {
  cached ??= (async () => {
    const targets: TestDatabaseTarget[] = [{ kind: 'pglite', open: () => openDatabase({ dataDir: 'memory://' }) }];
    const url = process.env.DATABASE_URL ?? LOCAL_POSTGRES_URL;
    if (await reachable(url)) targets.push({ kind: 'postgres', open: () => openIsolatedPostgres(url) });
    else if (process.env.DATABASE_URL) throw new Error('DATABASE_URL is set but the server does not answer.');
    return targets;
  })();
  return cached;
}
