// Architecture rules of the whole repository (issue 15): no import cycle between source modules
// (type-only imports count: they still tie two modules' definitions together), no hand-written
// source file over 400 lines, and no test file (nor test helper) over 400 lines either. The
// generated Prisma client is neither hand-written nor ours to cut.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_ROOTS = ['apps/api/src', 'apps/web/src', 'packages/model/src', 'packages/db/src'];
/** Trees of tests and their helpers (tests beside the source are picked out of SOURCE_ROOTS). */
const TEST_ROOTS = ['test', 'apps/api/test', 'apps/web/e2e', 'packages/model/test', 'packages/db/test'];
const TEST_FILE = /\.test\.tsx?$/;
const GENERATED = /[\\/]generated[\\/]/;
const MAX_LINES = 400;

/** Every hand-written TypeScript file below `dir` (generated trees left out). */
function typeScriptFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return GENERATED.test(`/${path}/`) || entry.name === 'node_modules' ? [] : typeScriptFiles(path);
    return /\.(ts|tsx|mts)$/.test(entry.name) ? [path] : [];
  });
}

const sourceFiles = (dir: string) => typeScriptFiles(dir).filter((file) => !TEST_FILE.test(file));
const testFiles = () => [...TEST_ROOTS.flatMap(typeScriptFiles), ...SOURCE_ROOTS.flatMap(typeScriptFiles).filter((file) => TEST_FILE.test(file))];

/** The files of `files` over MAX_LINES lines, with their line counts. */
function overLong(files: string[]): { file: string; lines: number }[] {
  return files
    .map((file) => ({ file: relative(ROOT, join(ROOT, file)), lines: readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1 }))
    .filter(({ lines }) => lines > MAX_LINES);
}

describe('repository architecture', () => {
  it('has no import cycle in any source tree', async () => {
    const graph = await madge(
      SOURCE_ROOTS.map((dir) => join(ROOT, dir)),
      {
        baseDir: ROOT,
        fileExtensions: ['ts', 'tsx'],
        excludeRegExp: [GENERATED, /\.test\.tsx?$/],
        detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
      },
    );
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(200); // the trees were read
    expect(graph.circular()).toEqual([]);
  }, 240_000); // madge parses ~750 files: ~6 s idle, 80 s seen on the shared CI machine at load 15

  it(`has no hand-written source file over ${MAX_LINES} lines`, () => {
    const files = SOURCE_ROOTS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(200);
    expect(overLong(files)).toEqual([]);
  });

  it(`has no test file or test helper over ${MAX_LINES} lines`, () => {
    const files = testFiles();
    expect(files.length).toBeGreaterThan(200); // the trees were read
    expect(overLong(files)).toEqual([]);
  });
});
