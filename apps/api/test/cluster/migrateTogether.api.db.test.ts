// N replicas starting together on an empty PostgreSQL database: the migrations are applied once, by
// whichever takes the advisory lock first; the others wait for it and find nothing left to apply.
import { describe, expect, it } from 'vitest';
import { readMigrations, type Database } from '@tokenplan/db';
import { postgresAvailable, useSharedReplicas } from './sharedDatabase';

describe.runIf(postgresAvailable)('migrations started by three replicas at once', () => {
  const dbs = useSharedReplicas(3);

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
