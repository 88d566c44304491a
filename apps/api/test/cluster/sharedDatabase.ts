// Test support: one fresh PostgreSQL schema that several Database objects (several "replicas") open,
// dropped afterwards. Undefined when the local PostgreSQL does not answer (PGlite-only machines).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type Database } from '@tokenplan/db';
import { LOCAL_POSTGRES_URL, testDatabaseTargets } from '@tokenplan/db/testing';

export interface SharedSchema {
  url: string;
  schema: string;
  open(): Promise<Database>;
  drop(): Promise<void>;
}

export const postgresAvailable = (await testDatabaseTargets()).some((t) => t.kind === 'postgres');

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL ?? LOCAL_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createSharedSchema(): Promise<SharedSchema> {
  const schema = `tp_cluster_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE SCHEMA "${schema}"`);
  const url = new URL(process.env.DATABASE_URL ?? LOCAL_POSTGRES_URL);
  url.searchParams.set('schema', schema);
  return {
    url: url.toString(),
    schema,
    open: () => openDatabase({ databaseUrl: url.toString() }),
    // pg-boss installs into "<schema>_boss" (queue/boss.ts).
    drop: () => admin(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; DROP SCHEMA IF EXISTS "${schema}_boss" CASCADE`),
  };
}

/**
 * Registers a describe block's beforeAll/afterAll: a fresh shared schema opened by `replicas`
 * Database objects (each migrated in turn when `migrate`: the first applies the migrations), all
 * closed and the schema dropped afterwards. The returned array is filled by the beforeAll; a block's
 * own later afterAll (closing apps built on them) runs before this one's.
 */
export function useSharedReplicas(replicas: number, options: { migrate?: boolean } = {}): Database[] {
  let shared: SharedSchema | undefined;
  const dbs: Database[] = [];
  beforeAll(async () => {
    shared = await createSharedSchema();
    for (let i = 0; i < replicas; i += 1) {
      const db = await shared.open();
      if (options.migrate) await db.migrate();
      dbs.push(db);
    }
  });
  afterAll(async () => {
    for (const db of dbs) await db.close();
    await shared?.drop();
  });
  return dbs;
}

/** A random client address, so counters of earlier runs (Redis outlives the test) never meet this one. */
export function randomIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}
