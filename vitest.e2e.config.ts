import {defineConfig} from 'vitest/config';

// Browser tests: one production server on a fresh embedded database, shared by every file.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/server.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 480_000,
    // A poll that waits for the server (an editor action's answer, a status change) gets more than
    // Vitest's 1 s default: on two cores shared with Chromium an action once took longer (CI, December 7).
    expect: {poll: {timeout: 15_000}},
  },
});
