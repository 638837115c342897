import {defineConfig} from 'vitest/config';
import {availableParallelism} from 'node:os';
import path from 'node:path';

export default defineConfig({
  resolve: {alias: {'@': path.resolve(import.meta.dirname)}},
  test: {
    include: [
      'core/**/*.test.ts',
      'server/**/*.test.ts',
      'scripts/**/*.test.ts',
      'i18n/**/*.test.ts',
      'app/**/*.test.ts',
      'tests/integration/**/*.test.ts',
    ],
    // As many files at once as there are cores (vitest's default is one fewer: one file at a time on a
    // two-core machine): the integration files spend much of their time waiting on PostgreSQL, on
    // child processes and on timers, which leaves a core idle with one file at a time.
    maxWorkers: availableParallelism(),
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
