// Prisma's schema engine compiled to WebAssembly, driven through a PGlite driver adapter: the offline
// replacement for `prisma migrate dev/diff` (the native engine cannot be downloaded here).
// Development and test tooling only; the app applies migrations with migrations.ts.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import { MIGRATIONS_DIR } from './migrations';

export const SCHEMA_PATH = fileURLToPath(new URL('../../../prisma/schema.prisma', import.meta.url));

// @types/node 20 has no WebAssembly typings: the little we use, typed here.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, unknown>) => { exports: Record<string, unknown> };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

type Engine = Awaited<ReturnType<typeof bg.SchemaEngine.new>>;
const filters = { externalTables: [], externalEnums: [] };
let wasmReady = false;

function loadWasm(): void {
  if (wasmReady) return;
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve('@prisma/schema-engine-wasm').replace(/schema_engine\.js$/, 'schema_engine_bg.wasm');
  const instance = new wasm.Instance(new wasm.Module(readFileSync(wasmPath)), { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  wasmReady = true;
}

function schemaFiles() {
  return [{ path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, 'utf8') }];
}

export function migrationsList(dir: string = MIGRATIONS_DIR) {
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const lock = join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lock) ? readFileSync(lock, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => {
      const file = join(dir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file)
            ? { tag: 'ok' as const, value: readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: 'missing migration.sql' },
        },
      };
    }),
  };
}

/** Runs `fn` with an engine on a throw-away in-memory PGlite (its shadow database is another one). */
export async function withSchemaEngine<T>(fn: (engine: Engine) => Promise<T>): Promise<T> {
  loadWasm();
  const files = schemaFiles();
  const main = new PrismaPGlite(new PGlite('memory://'));
  const factory = {
    provider: 'postgres' as const,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    connectToShadowDb: () => new PrismaPGlite(new PGlite('memory://')).connect(),
  };
  const engine = await bg.SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content] as [string, string]) },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
  }
}

/** SQL that would take a database built from the committed migrations to schema.prisma ('' when in sync). */
export function diffMigrationsToSchema(dir: string = MIGRATIONS_DIR): Promise<string> {
  const history = migrationsList(dir);
  return withSchemaEngine(async (engine) => {
    const result = await engine.diff({
      // No migration yet: from an empty database (the engine needs migration_lock.toml to read a history).
      from: history.migrationDirectories.length ? { tag: 'migrations', ...history } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: schemaFiles() },
      script: true,
      exitCode: null,
      filters,
    } as Parameters<Engine['diff']>[0]);
    return (result.stdout ?? '').replace(/^-- This is an empty migration\.\s*$/m, '').trim();
  });
}

/** `20261125150711`: the UTC timestamp Prisma puts before a migration's name. */
export function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/\D/g, '').slice(0, 14);
}

/**
 * The next migration (like `prisma migrate dev --create-only`): its folder name and SQL, or null when
 * the committed migrations already produce schema.prisma.
 *
 * The SQL is the engine's diff from the replayed migrations (on a shadow PGlite) to the schema. The wasm
 * engine's own `createMigration` cannot be used: it replays the history on a shadow database only when
 * given a connection string, and refuses an adapter's shadow database ("PostgreSQL shadow DB must be
 * provided through an external factory") as soon as one migration exists. `diff` accepts it.
 */
export async function createMigration(
  name: string,
  { dir = MIGRATIONS_DIR, now = new Date() }: { dir?: string; now?: Date } = {},
): Promise<{ name: string; sql: string } | null> {
  const sql = await diffMigrationsToSchema(dir);
  if (sql === '') return null;
  return { name: `${migrationTimestamp(now)}_${name}`, sql: `${sql}\n` };
}
