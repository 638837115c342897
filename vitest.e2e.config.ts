import {defineConfig} from 'vitest/config';

// Browser tests: one production server on a fresh embedded database, shared by every file.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/server.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 480_000,
  },
});
