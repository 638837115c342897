// npm start: builds the app if the build is missing or older than the sources, migrates the
// database, imports content/, and serves on PORT (default 3000). Without DATABASE_URL the data
// lives in the embedded PGlite database under data/.
import {spawn, spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {resolveAuthSecret} from '../../server/accounts/betterAuth';
import {parseTrustedProxies} from '../../server/platform/clientAddress.mjs';
import {EnvError, readEnv} from '../../server/platform/env';
import {superviseJobWorker} from '../../server/platform/jobWorkerProcess';
import {log} from '../../server/platform/log';
import {smallFootprint} from '../../server/platform/footprint';
import {relayChildLog} from '../../server/platform/childLog';
import {mailDestination} from '../../server/mail/transport';

const root = process.cwd();
// SELARAS_DIST_DIR lets a test run build and serve from a folder of its own (next.config.js reads it).
const distDir = path.join(root, process.env.SELARAS_DIST_DIR ?? '.next');
const fingerprintFile = path.join(distDir, 'selaras-source-fingerprint');
const sourceDirs = ['app', 'components', 'core', 'server', 'i18n', 'messages', 'public'];
const sourceFiles = ['next.config.js', 'proxy.ts', 'instrumentation.ts', 'package-lock.json', 'tsconfig.json'];

function sourceFingerprint(): string {
  const hash = createHash('sha256');
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      if (p.endsWith('generated') || p.endsWith('node_modules')) return;
      for (const name of readdirSync(p).sort()) visit(path.join(p, name));
    } else if (!p.endsWith('.test.ts')) {
      hash.update(p).update(String(stat.size)).update(String(stat.mtimeMs));
    }
  };
  for (const entry of [...sourceDirs, ...sourceFiles]) visit(path.join(root, entry));
  return hash.digest('hex');
}

function buildIfNeeded(): void {
  const fingerprint = sourceFingerprint();
  const built =
    existsSync(path.join(distDir, 'BUILD_ID')) &&
    existsSync(fingerprintFile) &&
    readFileSync(fingerprintFile, 'utf8') === fingerprint;
  if (built) return;
  log.info('building the app (next build)');
  const result = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: {...process.env, NEXT_TELEMETRY_DISABLED: '1'},
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // The bundles the server runs in child processes (the aligner's, the book parser's) are built from
  // the same sources.
  const cli = spawnSync(process.execPath, ['scripts/cli/align-cli.mjs', '--build'], {stdio: 'inherit'});
  if (cli.status !== 0) process.exit(cli.status ?? 1);
  writeFileSync(fingerprintFile, fingerprint);
}

/** Migrates, imports content/ and creates the start-up accounts in a process of its own (prepare.ts). */
function prepareDatabase(): void {
  // process.execArgv carries tsx's loader flags, with which this file runs.
  const result = spawnSync(process.execPath, [...process.execArgv, 'scripts/cli/prepare.ts'], {stdio: 'inherit'});
  if (result.status !== 0) {
    log.error('preparing the database failed', {exitCode: result.status, signal: result.signal});
    process.exit(result.status || 1);
  }
}

const started = Date.now();
// A wrong variable stops the start here, named, before anything is built or opened.
try {
  readEnv();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  log.error(error.message);
  process.exit(1);
}
// A missing or short BETTER_AUTH_SECRET stops the start here rather than at the first sign-in; on the
// embedded default this generates the one kept in the data folder.
resolveAuthSecret();
// A typo in the list of proxies stops the start; behind one, the cookie's Secure flag needs an https URL.
const trustedProxies = parseTrustedProxies(process.env.SELARAS_TRUSTED_PROXIES);
if (trustedProxies.size > 0 && !process.env.BETTER_AUTH_URL?.startsWith('https:')) {
  log.warn(
    'SELARAS_TRUSTED_PROXIES is set but BETTER_AUTH_URL is not https://: if the proxy serves HTTPS, set BETTER_AUTH_URL to the public https:// address so that session cookies get the Secure flag',
  );
}
buildIfNeeded();
prepareDatabase();
const port = String(readEnv().PORT);
// Jobs run in a process of their own at a lower priority (scripts/cli/worker.ts), so that readers win
// the CPU. The embedded database admits one process, so there the web server runs them itself.
const separateWorker = Boolean(readEnv().DATABASE_URL) && readEnv().SELARAS_JOB_WORKER !== 'inline';
const worker = separateWorker
  ? superviseJobWorker({env: {...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1'}})
  : undefined;
// On the embedded database the web server holds PostgreSQL too: it starts for a small footprint.
const small = !readEnv().DATABASE_URL;
// scripts/cli/serve.mjs rather than `next start`: the client's address and body limits need the socket.
const server = spawn(process.execPath, [...(small ? smallFootprint.nodeFlags : []), 'scripts/cli/serve.mjs'], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: {
    ...(small && smallFootprint.env),
    ...process.env,
    PORT: port,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    SELARAS_JOB_WORKER: separateWorker ? 'separate' : 'inline',
  },
});
// The server's own logs are JSON already (instrumentation.ts routes console.* through server/platform/log.ts);
// what Next prints before that (its banner) is wrapped, so that every line is one JSON object.
relayChildLog(server, 'next');
log.info('starting the server', {
  port: Number(port),
  url: `http://localhost:${port}/`,
  preparedInMs: Date.now() - started,
  jobs: separateWorker ? 'job worker process' : 'in the web server (embedded database)',
  mail:
    mailDestination().kind === 'smtp'
      ? `SMTP server ${mailDestination().where}`
      : `not sent (SELARAS_SMTP_URL is unset): kept in ${mailDestination().where} and the log`,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', async (code) => {
  await worker?.stop();
  process.exit(code ?? 0);
});
