// Architecture rules of the whole repository (issue 15): no import cycle between source modules
// (type-only imports count: they still tie two modules' definitions together) and no hand-written
// source file over 400 lines. The generated Prisma client is neither hand-written nor ours to cut.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_ROOTS = ['apps/api/src', 'apps/web/src', 'packages/model/src', 'packages/db/src'];
const GENERATED = /[\\/]generated[\\/]/;
const MAX_LINES = 400;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return GENERATED.test(`/${path}/`) ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
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
  });

  it(`has no hand-written source file over ${MAX_LINES} lines`, () => {
    const files = SOURCE_ROOTS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(200);
    const long = files
      .map((file) => ({ file: relative(ROOT, join(ROOT, file)), lines: readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
