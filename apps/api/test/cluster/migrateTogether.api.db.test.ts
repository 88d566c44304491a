// N replicas starting together on an empty PostgreSQL database: the migrations are applied once, by
// whichever takes the advisory lock first; the others wait for it and find nothing left to apply.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations, type Database } from '@tokenplan/db';
import { createSharedSchema, postgresAvailable, type SharedSchema } from './sharedDatabase';

describe.runIf(postgresAvailable)('migrations started by three replicas at once', () => {
  let shared: SharedSchema;
  const dbs: Database[] = [];
  beforeAll(async () => {
    shared = await createSharedSchema();
    for (let i = 0; i < 3; i += 1) dbs.push(await shared.open());
  });
  afterAll(async () => {
    for (const db of dbs) await db.close();
    await shared?.drop();
  });

  it('applies each migration once: one replica applies them all, the others none', async () => {
    const expected = readMigrations().map((m) => m.name);
    const applied = await Promise.all(dbs.map((db) => db.migrate()));
    const sizes = applied.map((names) => names.length).sort((a, b) => a - b);
    expect(sizes).toEqual([0, 0, expected.length]);
    expect(applied.find((names) => names.length > 0)).toEqual(expected);
    const history = await (dbs[0] as Database).query<{ n: number; distinct_names: number }>(`SELECT count(*)::int AS n, count(DISTINCT migration_name)::int AS distinct_names FROM "_prisma_migrations"`);
    expect(history[0]).toEqual({ n: expected.length, distinct_names: expected.length });
  });
});
