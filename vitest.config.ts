import { defineConfig } from 'vitest/config';
import projects from './vitest.workspace.ts';

export default defineConfig({
  test: {
    projects,
    // A run that collects no tests is a failure, not a green build.
    passWithNoTests: false,
  },
});
