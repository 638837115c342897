// A server of a test file's own, started as `npm start` starts it, on a throwaway PostgreSQL database
// the test can reach too (to move a link's expiry into the past, as waiting would), with its mail in an
// outbox folder, loopback trusted as a proxy (so that each page can say where it comes from) and
// content/ without its word book (tests/helpers/contentWithoutBook.ts).
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {freePort} from '../helpers/freePort';
import {createTestDatabase} from '../helpers/postgres';
import {contentWithoutBook} from '../helpers/contentWithoutBook';

export interface OwnServer {
  baseUrl: string;
  outbox: string;
  /** Runs SQL on the server's database. */
  sql(text: string, values?: unknown[]): Promise<pg.QueryResult>;
  stop(): Promise<void>;
}

export async function startOwnServer(): Promise<OwnServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'selaras-own-'));
  const outbox = mkdtempSync(path.join(tmpdir(), 'selaras-own-mail-'));
  const contentDir = contentWithoutBook();
  const database = await createTestDatabase();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: database.url,
    BETTER_AUTH_SECRET: 'selaras-browser-tests-only-secret-own-server',
    SELARAS_DATA_DIR: dataDir,
    SELARAS_MAIL_OUTBOX: outbox,
    SELARAS_CONTENT_DIR: contentDir,
    SELARAS_TRUSTED_PROXIES: 'loopback',
    SELARAS_DIST_DIR: process.env.SELARAS_DIST_DIR ?? '.next-test',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.SELARAS_SMTP_URL;
  const server = spawn('npx', ['tsx', 'scripts/cli/start.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  const client = new pg.Client({connectionString: database.url});
  const stop = async () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await client.end().catch(() => {});
    await database.drop();
    rmSync(dataDir, {recursive: true, force: true});
    rmSync(outbox, {recursive: true, force: true});
    rmSync(contentDir, {recursive: true, force: true});
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 280_000;
  while (
    !(await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (server.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await client.connect();
  return {baseUrl, outbox, sql: (text, values) => client.query(text, values), stop};
}
