// npm run load [-- --duration 120 --users 24 --fault --instances 2 --abuse [--chunked-mb 50]]
// Mixed traffic on 127.0.0.1 against the production build on a fresh PostgreSQL database: anonymous
// readers (library, reader pages, search, lookups), learners (save words, vocabulary, review and
// grading) and editors (paragraph edits through the editor's server action). With --fault,
// PostgreSQL is stopped for 10 s mid-run and started again; with --instances 2, two app instances
// share the database behind a round-robin proxy. Afterwards every acknowledged edit and saved word
// is checked in the database. With --abuse, scripts/quality/abuse.ts runs beside the visitors (largest
// word list and text imports, a search flood over a 20,000-paragraph text, chunked-body floods) and the
// readers' p99 must stay under 1 s. Exits non-zero on a 5xx outside the outage, a slow recovery, or a lost write.
import os from 'node:os';
import path from 'node:path';
import {randomBytes} from 'node:crypto';
import {spawnSync} from 'node:child_process';
import pg from 'pg';
import {createTestDatabase} from '../../tests/helpers/postgres';
import {openDatabase} from '../../server/platform/openDatabase';
import {ensureUser} from '../../server/accounts/people';
import {lemmaOf} from '../../server/learning/vocabulary';
import {parseArgs, signalGroup, sleep, snapshotProject, startApp, type AppServer} from './appServer';
import {callAction, findActionId, signIn} from './actions';
import {startRoundRobin} from './roundRobin';
import {Stats} from './loadStats';
import {abuse, publishLongText, type AbuseRun} from './abuse';

const args = parseArgs(process.argv.slice(2));
const durationMs = Number(args.duration ?? 120) * 1000;
const users = Number(args.users ?? 24);
const instances = Number(args.instances ?? 1);
const fault = Boolean(args.fault);
const abusive = Boolean(args.abuse);
const readerP99TargetMs = 1_000;
const basePort = Number(args.port ?? 3290);
const outageMs = 10_000;
// With two instances, an edit made through one must show on the reader page of the other within this:
// the other instance's first request after the edit renders the page again, which takes a few
// seconds on a loaded 2-core machine (reader p99 above), hardly any time on an idle one.
const freshnessBoundMs = 10_000;
const requestTimeoutMs = 20_000;
const readerSlugs = ['genpi-china-influence', 'pulau-kenari', 'selaras-reader-guide'];
const editedSlugs = ['bahasa-milik-bersama', 'payung-kuning'];
const words = [
  'menggunakan',
  'pengaruh',
  'diplomat',
  'perang',
  'membantu',
  'tentara',
  'kekhawatiran',
  'bertemu',
  'pertemuan',
  'mencegah',
  'rumah',
  'payung',
];
const password = 'load-test-password';

const cwd = args['in-place'] ? process.cwd() : snapshotProject('quality-load');
const stats = new Stats();
let loadAverages: number[] = [];
const servers: AppServer[] = [];
const database = await createTestDatabase();
const pool = new pg.Pool({connectionString: database.url, max: 2, connectionTimeoutMillis: 2_000});
pool.on('error', () => {}); // idle clients die with the outage; queries report their own errors
let proxy: Awaited<ReturnType<typeof startRoundRobin>> | undefined;
let outage: {start: number; end: number} | undefined;
let outageStartedAt: number | undefined;
let faultDone: Promise<void> | undefined;

// PostgreSQL is shared with other work on this machine (and CI): once stopped, it is started again
// however the script ends — normally, on an exception, on Ctrl-C or a kill, or on process.exit.
let postgresStopped = false;
const postgresCluster = () => spawnSync('ls', ['/etc/postgresql'], {encoding: 'utf8'}).stdout.trim().split('\n')[0]!;
const pgctl = (action: 'stop' | 'start') =>
  spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', postgresCluster(), 'main', action], {stdio: 'inherit'});
function stopPostgres(): void {
  postgresStopped = true;
  if (pgctl('stop').status !== 0) throw new Error('pg_ctlcluster stop failed');
}
function startPostgres(): boolean {
  if (!postgresStopped) return true;
  const ok = pgctl('start').status === 0;
  if (ok) postgresStopped = false;
  return ok;
}
process.on('exit', () => startPostgres());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    startPostgres();
    for (const server of servers) if (server.process.pid) signalGroup(server.process.pid, 'SIGTERM');
    process.exit(130);
  });
}
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

  const started = Date.now();
  const deadline = started + durationMs;
  const get = (path: string, cookie?: string) =>
    stats.request(front + path, {headers: cookie ? {cookie} : {}}, requestTimeoutMs);

  // Writes that the app acknowledged, to find in the database afterwards.
  const acknowledgedEdits = new Map<string, {body: string; unconfirmedLater: string[]}>();
  const attemptedEdits = new Map<string, string[]>();
  const savedWords = new Set<string>();
  const random = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;

  async function reader(): Promise<void> {
    const locale = random(['en', 'id']);
    const roll = Math.random();
    if (roll < 0.45) await get(`/${locale}/read/${random(readerSlugs)}`);
    else if (roll < 0.6) await get(`/${locale}`);
    else if (roll < 0.7) await get(`/${locale}/search?q=${encodeURIComponent(random(words))}`);
    else await get(`/api/lookup?word=${encodeURIComponent(random(words))}&from=id&ui=${locale}`);
  }

  async function learner(n: number): Promise<void> {
    const cookie = learners[n % learners.length]!;
    const userId = learnerIds[n % learnerIds.length]!;
    const roll = Math.random();
    if (roll < 0.3) {
      const word = random(words);
      const outcome = await stats.time('action saveWord', () =>
        callAction(front, `/en/read/${readerSlugs[0]}`, actions.save, [{lang: 'id', word, textSlug: readerSlugs[0]}], {
          cookie,
          signal: AbortSignal.timeout(requestTimeoutMs),
        }),
      );
      if ((outcome?.result as {ok?: boolean} | undefined)?.ok) savedWords.add(`${userId} ${word}`);
    } else if (roll < 0.55) {
      await get('/en/vocabulary', cookie);
    } else if (roll < 0.8) {
      await get('/id/review', cookie);
    } else {
      const item = await pool
        .query<{id: string}>(`SELECT id FROM "VocabularyItem" WHERE "userId" = $1 ORDER BY due LIMIT 1`, [userId])
        .catch(() => null);
      if (item?.rows[0])
        await stats.time('action grade', () =>
          callAction(
            front,
            '/en/review',
            actions.grade,
            [{itemId: item.rows[0]!.id, grade: random(['again', 'hard', 'good', 'easy'])}],
            {cookie, signal: AbortSignal.timeout(requestTimeoutMs)},
          ),
        );
    }
  }

  async function editor(slug: string): Promise<void> {
    let revision: number | null = null;
    let textId = '';
    for (let seq = 0; Date.now() < deadline; seq++) {
      if (revision === null) {
        const row = await pool
          .query<{id: string; revision: number}>(`SELECT id, revision FROM "Text" WHERE slug = $1`, [slug])
          .catch(() => null);
        if (!row?.rows[0]) {
          await sleep(500);
          continue;
        }
        ({id: textId, revision} = row.rows[0]);
      }
      const position = seq % 6;
      const key = `${slug} en ${position}`;
      const body = `Load edit ${seq} of ${slug} at ${new Date().toISOString()}.`;
      attemptedEdits.set(key, [...(attemptedEdits.get(key) ?? []), body]);
      const request = {kind: 'editParagraph', lang: 'en', position, body};
      const outcome = await stats.time('action edit', () =>
        callAction(front, `/en/editor/${slug}`, actions.edit, [{textId, revision, request}], {
          cookie: admin,
          signal: AbortSignal.timeout(requestTimeoutMs),
        }),
      );
      const result = outcome?.result as {ok?: boolean; revision?: number} | undefined;
      if (result?.ok && typeof result.revision === 'number') {
        acknowledgedEdits.set(key, {body, unconfirmedLater: []});
        attemptedEdits.set(key, []);
        revision = result.revision;
      } else {
        revision = null;
      }
      await sleep(200);
    }
  }

  // An editor's change through one instance, then a reader through the other until the page shows it:
  // the page cache is shared (server/platform/cacheHandler.mjs), so the other instance must not serve its old copy.
  const freshness: {lagMs: number; seen: boolean; staleReads: number}[] = [];
  async function crossInstanceCheck(): Promise<void> {
    const [writer, reader] = [servers[0]!.url, servers[1]!.url];
    const slug = readerSlugs[1]!;
    const readPage = (locale: string) =>
      fetch(`${reader}/${locale}/read/${slug}`, {signal: AbortSignal.timeout(requestTimeoutMs)})
        .then((r) => r.text())
        .catch(() => '');
    for (let n = 0; Date.now() < deadline - 5_000; n++) {
      await sleep(3_000);
      if (outage && Date.now() < outage.end + 5_000) continue;
      await readPage('en'); // the reader's instance holds the current page before the change
      const row = await pool
        .query<{id: string; revision: number}>(`SELECT id, revision FROM "Text" WHERE slug = $1`, [slug])
        .catch(() => null);
      if (!row?.rows[0]) continue;
      const token = `crosscheck${n}x${randomBytes(3).toString('hex')}`;
      const body = `Cross-instance check ${token}.`;
      const key = `${slug} en 0`;
      attemptedEdits.set(key, [...(attemptedEdits.get(key) ?? []), body]);
      const request = {kind: 'editParagraph', lang: 'en', position: 0, body};
      const outcome = await stats.time('action edit (cross-instance)', () =>
        callAction(
          writer,
          `/en/editor/${slug}`,
          actions.edit,
          [{textId: row.rows[0]!.id, revision: row.rows[0]!.revision, request}],
          {cookie: admin, signal: AbortSignal.timeout(requestTimeoutMs)},
        ),
      );
      if (!(outcome?.result as {ok?: boolean} | undefined)?.ok) continue;
      const acknowledged = Date.now();
      acknowledgedEdits.set(key, {body, unconfirmedLater: []});
      attemptedEdits.set(key, []);
      let seen = false;
      let staleReads = 0;
      while (!seen && Date.now() - acknowledged < 2 * freshnessBoundMs) {
        seen = (await readPage('en')).includes(token);
        if (!seen) {
          staleReads++;
          await sleep(100);
        }
      }
      // A check that the PostgreSQL outage interrupted measures the outage, not the cache.
      if (
        outageStartedAt !== undefined &&
        outageStartedAt <= Date.now() &&
        (!outage || acknowledged < outage.end + 5_000)
      )
        continue;
      freshness.push({lagMs: Date.now() - acknowledged, seen, staleReads});
    }
  }

  async function visitor(n: number): Promise<void> {
    while (Date.now() < deadline) {
      if (n % 3 === 0) await learner(n);
      else await reader();
    }
  }

  async function healthWatch(): Promise<void> {
    while (Date.now() < deadline) {
      await stats.health(front, requestTimeoutMs);
      await sleep(250);
    }
  }

  async function pullThePlug(): Promise<void> {
    await sleep(durationMs * 0.4);
    const start = Date.now();
    outageStartedAt = start;
    try {
      console.error(`fault: stopping PostgreSQL ${postgresCluster()}/main`);
      stopPostgres();
      await sleep(outageMs);
    } finally {
      const ok = startPostgres();
      outage = {start, end: Date.now()};
      console.error(`fault: PostgreSQL started again (${ok ? 'ok' : 'FAILED'})`);
    }
  }

  console.error(
    `load: ${users} visitors + ${editedSlugs.length} editors for ${durationMs / 1000} s on ${front}${instances > 1 ? ` (${instances} instances, round robin)` : ''}${fault ? ', PostgreSQL stopped for 10 s' : ''}`,
  );
  if (fault) faultDone = pullThePlug();
  await Promise.all([
    ...Array.from({length: users}, (_, n) => visitor(n)),
    ...editedSlugs.map((slug) => editor(slug)),
    healthWatch(),
    ...(faultDone ? [faultDone] : []),
    ...(instances > 1 ? [crossInstanceCheck()] : []),
    ...(abusive
      ? [
          abuse({
            front,
            stats,
            pool,
            deadline,
            learner: learners[2]!,
            editor: admin,
            distDir,
            timeoutMs: requestTimeoutMs,
            chunkedMegabytes: Number(args['chunked-mb'] ?? 50),
          }).then((r) => {
            abuseRun = r;
          }),
        ]
      : []),
  ]);

  loadAverages = os.loadavg();
  // Every line the servers printed since they started serving is one JSON object (the build before is not a log).
  let plainLines = 0;
  for (const [i, server] of servers.entries()) {
    const output = server.output();
    const serving = output.indexOf('"msg":"starting the server"');
    const lines = output
      .slice(serving)
      .split('\n')
      .slice(1)
      .filter((line) => line.trim());
    const plain = lines.filter((line) => {
      try {
        return typeof JSON.parse(line) !== 'object';
      } catch {
        return true;
      }
    });
    plainLines += plain.length;
    console.log(
      `instance ${i + 1}: ${lines.length} log lines, ${plain.length} not JSON${plain.length ? `, e.g. ${JSON.stringify(plain[0]!.slice(0, 160))}` : ''}`,
    );
    const errors = lines.filter((line) => line.includes('"level":"error"'));
    const messages = new Map<string, number>();
    for (const line of errors) {
      const msg = String((JSON.parse(line) as {msg?: unknown}).msg).slice(0, 100);
      messages.set(msg, (messages.get(msg) ?? 0) + 1);
    }
    for (const [msg, n] of [...messages].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`  ${n} × error: ${msg}`);
  }
  // Every acknowledged write is in the database (a later write whose answer was lost may have replaced it).
  let lost = 0;
  for (const [key, {body}] of acknowledgedEdits) {
    const [slug, lang, position] = key.split(' ');
    const row = await pool.query<{body: string}>(
      `SELECT p.body FROM "Paragraph" p JOIN "TextVersion" v ON v.id = p."versionId" JOIN "Text" t ON t.id = v."textId" WHERE t.slug = $1 AND v.lang = $2 AND p.position = $3`,
      [slug, lang, Number(position)],
    );
    const stored = row.rows[0]?.body;
    if (stored !== body && !(attemptedEdits.get(key) ?? []).includes(stored ?? '')) {
      lost++;
      console.error(`LOST EDIT ${key}: acknowledged "${body}", stored "${stored}"`);
    }
  }
  for (const entry of savedWords) {
    const [userId, word] = entry.split(' ') as [string, string];
    // Saved once per lemma: "bertemu" after "pertemuan" is the same item (lemma "temu"), filed under the first form.
    const row = await pool.query(`SELECT 1 FROM "VocabularyItem" WHERE "userId" = $1 AND lang = 'id' AND lemma = $2`, [
      userId,
      lemmaOf(word, 'id').lemma,
    ]);
    if (row.rowCount === 0) {
      lost++;
      console.error(`LOST WORD ${entry}`);
    }
  }
  failed =
    stats.report({
      outage,
      graceMs: 5_000,
      acknowledged: acknowledgedEdits.size + savedWords.size,
      lost,
      instances,
      fault,
    }) ||
    lost > 0 ||
    plainLines > 0;
  if (instances > 1) {
    const lags = freshness.map((f) => f.lagMs).sort((a, b) => a - b);
    const late = freshness.filter((f) => !f.seen || f.lagMs > freshnessBoundMs).length;
    console.log(
      `edits through instance 1 seen by a reader through instance 2: ${freshness.length} checks, lag p50 ${lags[Math.floor(lags.length / 2)] ?? '-'} ms, max ${lags.at(-1) ?? '-'} ms, ${late} over ${freshnessBoundMs / 1000} s or never; old page served after the edit ${freshness.reduce((n, f) => n + f.staleReads, 0)} times`,
    );
    if (late > 0 || freshness.length === 0) failed = true;
  }
  if (abuseRun) {
    const readers = stats.samples
      .filter((x) => x.name === 'GET /[locale]/read/[slug]')
      .map((x) => x.ms)
      .sort((a, b) => a - b);
    const p99 = readers[Math.min(readers.length - 1, Math.floor(0.99 * readers.length))] ?? Infinity;
    const health = stats.healthChecks.length;
    const chunked = [...abuseRun.chunkedStatuses].map(([status, n]) => `${n} × ${status || 'cut off'}`).join(', ');
    console.log(
      `\nabuse: ${abuseRun.wordImports} imports of 10,000 known words, ${abuseRun.textImports} text imports (${abuseRun.importedParagraphs} paragraphs stored), chunked sign-in bodies: ${chunked}`,
    );
    console.log(
      `other visitors' reader pages: ${readers.length}, p99 ${p99} ms (target < ${readerP99TargetMs} ms); health checks: ${health}`,
    );
    if (!(p99 < readerP99TargetMs)) failed = true;
  }
  console.log(
    `load average during the run: ${loadAverages.map((l) => l.toFixed(2)).join(', ')} (1, 5, 15 min, at the end)`,
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
