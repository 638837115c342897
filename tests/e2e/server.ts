// Starts the app the way a user does (npm start: build if needed, migrate, import content/, serve)
// on a throwaway embedded database (or PostgreSQL one, with E2E_POSTGRES=1), and stops it after the
// browser tests.
import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {freePort} from '../helpers/freePort';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {createTestDatabase} from '../helpers/postgres';

let server: ChildProcess | undefined;
let dataDir: string | undefined;
let outbox: string | undefined;
let scratch: string | undefined;
let dropDatabase: (() => Promise<void>) | undefined;

export async function setup(project: TestProject): Promise<void> {
  const port = Number(process.env.E2E_PORT ?? (await freePort()));
  dataDir = mkdtempSync(path.join(tmpdir(), 'selaras-e2e-'));
  // No SMTP server: mail lands in this folder, where tests/e2e/mail.ts reads it.
  outbox = mkdtempSync(path.join(tmpdir(), 'selaras-e2e-mail-'));
  // Data the files that start servers of their own prepare once and copy (tests/e2e/bookData.ts).
  scratch = mkdtempSync(path.join(tmpdir(), 'selaras-e2e-scratch-'));
  project.provide('scratchDir', scratch);
  // The suite builds into a folder of its own, so a developer's `npm start` (in .next) is left alone.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    SELARAS_DATA_DIR: dataDir,
    SELARAS_MAIL_OUTBOX: outbox,
    SELARAS_DIST_DIR: process.env.SELARAS_DIST_DIR ?? '.next-test',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.DATABASE_URL;
  delete env.SELARAS_SMTP_URL;
  // E2E_POSTGRES=1 runs the same browser tests against a throwaway PostgreSQL database instead.
  if (process.env.E2E_POSTGRES === '1') {
    const created = await createTestDatabase();
    env.DATABASE_URL = created.url;
    // Instances on PostgreSQL share a secret; this one is for the test server alone.
    env.BETTER_AUTH_SECRET ??= 'selaras-browser-tests-only-secret-0123456789';
    // PostgreSQL never gets the demo editor the tests sign in as: it is made the first admin instead.
    env.SELARAS_ADMIN_EMAIL = 'editor@selaras.local';
    env.SELARAS_ADMIN_PASSWORD = 'selaras-demo';
    dropDatabase = created.drop;
  }
  // The tests play many people: those that sign up several learners say, as a reverse proxy on this
  // machine would, that each comes from an address of its own (tests/e2e/accounts.test.ts runs its own
  // server without trusted proxies, where a forged X-Forwarded-For must count for nothing).
  env.SELARAS_TRUSTED_PROXIES = 'loopback';
  server = spawn('npx', ['tsx', 'scripts/cli/start.ts'], {env, stdio: ['ignore', 'pipe', 'pipe'], detached: true});
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  // A build, the migration, content import, the concordance's first build and the warm-up (scripts/cli/warmUp.mjs).
  const deadline = Date.now() + 420_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      await dropDatabase?.();
      throw new Error(`npm start exited with ${server.exitCode}:\n${output}`);
    }
    const ok = await fetch(`${baseUrl}/en`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      project.provide('baseUrl', baseUrl);
      project.provide('mailOutbox', outbox);
      return;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer within the time limit:\n${output}`);
}

export async function teardown(): Promise<void> {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  if (dataDir) rmSync(dataDir, {recursive: true, force: true});
  if (outbox) rmSync(outbox, {recursive: true, force: true});
  if (scratch) rmSync(scratch, {recursive: true, force: true});
  await dropDatabase?.();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    mailOutbox: string;
    scratchDir: string;
  }
}
