import { openDatabase, type Database } from '@tokenplan/db';
import { buildApp, type App } from '../src/app';

export interface TestApp {
  app: App;
  db: Database;
  close(): Promise<void>;
}

/** A fully built app on a fresh, migrated in-memory PGlite (or the database given). */
export async function createTestApp(db?: Database): Promise<TestApp> {
  const database = db ?? (await openDatabase({ dataDir: 'memory://' }));
  await database.migrate();
  const app = await buildApp({ db: database });
  await app.ready();
  return {
    app,
    db: database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
