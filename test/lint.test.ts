// ESLint over the whole repository, as `pnpm lint` runs it (`eslint .` with eslint.config.js), kept
// in the suite so a lint error fails the tests instead of waiting for someone to run the linter.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('lint', () => {
  it('reports no ESLint error anywhere in the repository', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const results = await eslint.lintFiles(['.']);
    expect(results.length).toBeGreaterThan(200); // the trees were read
    const errors = results.flatMap((result) =>
      result.messages
        .filter((message) => message.severity === 2)
        .map((message) => `${relative(ROOT, result.filePath)}:${message.line}:${message.column} ${message.ruleId ?? 'fatal'} ${message.message}`),
    );
    expect(errors).toEqual([]);
  }, 240_000); // ~10 s idle on ~800 files; the shared CI machine can be many times slower under load
});
