// npm run load [-- --duration 120 --users 24 --think-ms 1000 --fault --instances 2 --abuse [--chunked-mb 50] --server-log FILE --samples FILE]
// Mixed traffic on 127.0.0.1 against the production build on a fresh PostgreSQL database: anonymous
// readers (library, reader pages, search, lookups), learners (save words, vocabulary, review and
// grading), each pausing --think-ms on average between requests as people read between clicks (0 sends
// the next at once and saturates the machine), and editors (paragraph edits through the editor's server
// action). With --fault, PostgreSQL is stopped for 10 s mid-run and started again; with --instances 2,
// two app instances share the database behind a round-robin proxy. Afterwards every acknowledged edit and saved word
// is checked in the database. With --abuse, scripts/quality/abuse.ts runs beside the visitors in a
// process of its own (abuseProcess.ts: largest word list and text imports, a search flood over a
// 20,000-paragraph text, chunked-body floods) and the readers' p99 must stay under 1 s. Exits non-zero on a 5xx outside the outage, a slow recovery, or a lost write.
import {writeFileSync} from 'node:fs';
import {monitorEventLoopDelay} from 'node:perf_hooks';
import os from 'node:os';
import path from 'node:path';
import {randomBytes} from 'node:crypto';
import pg from 'pg';
import {createTestDatabase} from '../../tests/helpers/postgres';
import {openDatabase} from '../../server/platform/openDatabase';
import {ensureUser} from '../../server/accounts/people';
import {parseArgs, signalGroup, sleep, snapshotProject, startApp, type AppServer} from './appServer';
import {findActionId, signIn} from './actions';
import {startRoundRobin} from './roundRobin';
import {Stats} from './loadStats';
import {publishLongText, type AbuseRun} from './abuse';
import {runAbuseProcess} from './abuseProcess';
import {postgresCluster, restartPostgresOnExit, startPostgres, stopPostgres} from './postgresSwitch';
import {createVisitors, editedSlugs} from './loadVisitors';
import {abuseFailed, checkServerLogs, countLostWrites, freshnessFailed} from './loadChecks';

const args = parseArgs(process.argv.slice(2));
const durationMs = Number(args.duration ?? 120) * 1000;
const users = Number(args.users ?? 24);
const thinkMs = Number(args['think-ms'] ?? 1000);
const instances = Number(args.instances ?? 1);
const fault = Boolean(args.fault);
const abusive = Boolean(args.abuse);
const readerP99TargetMs = 1_000;
const basePort = Number(args.port ?? 3290);
const outageMs = 10_000;
const requestTimeoutMs = 20_000;
const password = 'load-test-password';

const cwd = args['in-place'] ? process.cwd() : snapshotProject('quality-load');
const stats = new Stats();
const servers: AppServer[] = [];
const database = await createTestDatabase();
const pool = new pg.Pool({connectionString: database.url, max: 2, connectionTimeoutMillis: 2_000});
pool.on('error', () => {}); // idle clients die with the outage; queries report their own errors
let proxy: Awaited<ReturnType<typeof startRoundRobin>> | undefined;
const outage: {startedAt?: number; end?: number} = {};
let faultDone: Promise<void> | undefined;

restartPostgresOnExit(() => {
  for (const server of servers) if (server.process.pid) signalGroup(server.process.pid, 'SIGTERM');
});
let failed = false;
try {
  const ports = Array.from({length: instances}, (_, i) => basePort + 1 + i);
  const front = instances > 1 ? `http://127.0.0.1:${basePort}` : `http://127.0.0.1:${ports[0]}`;
  const env = {
    DATABASE_URL: database.url,
    BETTER_AUTH_SECRET: randomBytes(32).toString('base64url'),
    BETTER_AUTH_URL: front,
    SELARAS_ADMIN_EMAIL: 'admin@load.test',
    SELARAS_ADMIN_PASSWORD: password,
    // The visitors and the abusers say which address each comes from (X-Forwarded-For), as a proxy would.
    SELARAS_TRUSTED_PROXIES: 'loopback',
  };
  // One after the other: the first migrates and imports, the next finds everything in place.
  for (const port of ports) servers.push(await startApp(port, env, {cwd, quiet: true}));
  if (instances > 1)
    proxy = await startRoundRobin(
      servers.map((s) => s.url),
      basePort,
    );

  const db = openDatabase({DATABASE_URL: database.url});
  for (let i = 0; i < 3; i++)
    await ensureUser(db.prisma, {email: `learner${i}@load.test`, password, name: `Learner ${i}`, role: 'learner'});
  await db.close();
  // better-auth allows 5 sign-ins a minute from one address: 4 sessions, made once.
  const admin = await signIn(front, 'admin@load.test', password);
  const learners = await Promise.all([0, 1, 2].map((i) => signIn(front, `learner${i}@load.test`, password)));
  const learnerIds = (
    await pool.query<{id: string; email: string}>(
      `SELECT id, email FROM "User" WHERE email LIKE 'learner%' ORDER BY email`,
    )
  ).rows.map((r) => r.id);
  // SELARAS_DIST_DIR with --in-place reuses another build, such as the browser tests' .next-test in CI.
  const distDir = path.join(cwd, process.env.SELARAS_DIST_DIR ?? '.next');
  const actions = {
    edit: findActionId(distDir, 'app/[locale]/editor/actions.ts', 'editText'),
    save: findActionId(distDir, 'app/[locale]/vocabulary/actions.ts', 'saveWordAction'),
    grade: findActionId(distDir, 'app/[locale]/review/actions.ts', 'gradeAction'),
  };

  if (abusive) await publishLongText(pool);
  let abuseRun: AbuseRun | undefined;
  const deadline = Date.now() + durationMs;
  const people = createVisitors({
    front,
    servers,
    stats,
    pool,
    actions,
    admin,
    learners,
    learnerIds,
    deadline,
    timeoutMs: requestTimeoutMs,
    thinkMs,
    outage: () => outage,
  });

  async function healthWatch(): Promise<void> {
    while (Date.now() < deadline) {
      await stats.health(front, requestTimeoutMs);
      await sleep(250);
    }
  }

  async function pullThePlug(): Promise<void> {
    await sleep(durationMs * 0.4);
    outage.startedAt = Date.now();
    try {
      console.error(`fault: stopping PostgreSQL ${postgresCluster()}/main`);
      stopPostgres();
      await sleep(outageMs);
    } finally {
      const ok = startPostgres();
      outage.end = Date.now();
      console.error(`fault: PostgreSQL started again (${ok ? 'ok' : 'FAILED'})`);
    }
  }

  console.error(
    `load: ${users} visitors (mean pause ${thinkMs} ms) + ${editedSlugs.length} editors for ${durationMs / 1000} s on ${front}${instances > 1 ? ` (${instances} instances, round robin)` : ''}${fault ? ', PostgreSQL stopped for 10 s' : ''}`,
  );
  if (fault) faultDone = pullThePlug();
  // The generator's own waits count in every timing it takes: shown, so that a tail can be told apart.
  const ownLoop = monitorEventLoopDelay({resolution: 10});
  ownLoop.enable();
  await Promise.all([
    ...Array.from({length: users}, (_, n) => people.visitor(n)),
    ...editedSlugs.map((slug) => people.editor(slug)),
    healthWatch(),
    ...(faultDone ? [faultDone] : []),
    ...(instances > 1 ? [people.crossInstanceCheck()] : []),
    ...(abusive
      ? [
          runAbuseProcess(
            {
              front,
              databaseUrl: database.url,
              deadline,
              learner: learners[2]!,
              editor: admin,
              distDir,
              timeoutMs: requestTimeoutMs,
              chunkedMegabytes: Number(args['chunked-mb'] ?? 50),
            },
            stats,
          ).then((r) => {
            abuseRun = r;
          }),
        ]
      : []),
  ]);

  ownLoop.disable();
  const loadAverages = os.loadavg();
  // --server-log FILE keeps what the servers printed (their job workers' lines included), to look into a 5xx.
  if (typeof args['server-log'] === 'string')
    writeFileSync(args['server-log'], servers.map((server) => server.output()).join('\n'));
  // --samples FILE keeps every timed request (kind, start, duration, status), to see when a tail happened.
  if (typeof args.samples === 'string') writeFileSync(args.samples, JSON.stringify(stats.samples));
  const plainLines = checkServerLogs(servers);
  const lost = await countLostWrites(pool, people.writes);
  const {acknowledgedEdits, savedWords} = people.writes;
  const outageSpan = outage.startedAt && outage.end ? {start: outage.startedAt, end: outage.end} : undefined;
  failed =
    stats.report({
      outage: outageSpan,
      graceMs: 5_000,
      acknowledged: acknowledgedEdits.size + savedWords.size,
      lost,
      instances,
      fault,
    }) ||
    lost > 0 ||
    plainLines > 0;
  if (instances > 1 && freshnessFailed(people.freshness)) failed = true;
  if (abuseRun && abuseFailed(stats, abuseRun, readerP99TargetMs)) failed = true;
  console.log(
    `load average during the run: ${loadAverages.map((l) => l.toFixed(2)).join(', ')} (1, 5, 15 min, at the end)`,
  );
  console.log(
    `the load generator's own event-loop delay: p99 ${Math.round(ownLoop.percentile(99) / 1e6)} ms, max ${Math.round(ownLoop.max / 1e6)} ms`,
  );
} finally {
  // A failure elsewhere ends the run early: the outage still ends before anything else is torn down.
  await faultDone?.catch((error: unknown) => console.error(error));
  await proxy?.close();
  for (const server of servers) await server.stop();
  await pool.end().catch((error: unknown) => console.error(error));
  await database.drop().catch((error: unknown) => console.error('dropping the load database failed:', error));
}
process.exit(failed ? 1 : 0);
