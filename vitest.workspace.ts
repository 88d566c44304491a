// The list of Vitest projects. Vitest 4 no longer reads this file by itself:
// vitest.config.ts imports it as `test.projects`.
import type { TestProjectInlineConfiguration } from 'vitest/config';

const projects: TestProjectInlineConfiguration[] = [
  {
    test: {
      // Rules of the whole repository (import cycles, module size): test/architecture.test.ts;
      // ESLint over the repository, as `pnpm lint` runs it: test/lint.test.ts.
      name: 'repo',
      root: '.',
      include: ['test/**/*.test.ts'],
      environment: 'node',
      testTimeout: 60_000,
    },
  },
  {
    test: {
      name: 'model',
      root: './packages/model',
      include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
      environment: 'node',
    },
  },
  {
    test: {
      name: 'db',
      root: './packages/db',
      include: ['test/**/*.test.ts'],
      environment: 'node',
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  },
  {
    test: {
      name: 'api',
      root: './apps/api',
      include: ['test/**/*.test.ts'],
      environment: 'node',
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  },
  {
    test: {
      name: 'web',
      root: './apps/web',
      include: ['src/**/*.test.{ts,tsx}'],
      environment: 'jsdom',
    },
  },
  {
    test: {
      name: 'e2e',
      root: './apps/web',
      include: ['e2e/**/*.e2e.test.ts'],
      environment: 'node',
      testTimeout: 60_000,
      hookTimeout: 90_000,
      // One browser and one server at a time: the machine has two cores.
      fileParallelism: false,
    },
  },
];

export default projects;
