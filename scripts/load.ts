// npm run load [-- --duration 120 --users 24 --fault --instances 2]
// Mixed traffic on 127.0.0.1 against the production build on a fresh PostgreSQL database: anonymous
// readers (library, reader pages, search, lookups), learners (save words, vocabulary, review and
// grading) and editors (paragraph edits through the editor's server action). With --fault,
// PostgreSQL is stopped for 10 s mid-run and started again; with --instances 2, two app instances
// share the database behind a round-robin proxy. Afterwards every acknowledged edit and saved word
// is checked in the database. Exits non-zero on a 5xx outside the outage, a slow recovery, or a lost write.
import path from 'node:path';
import {randomBytes} from 'node:crypto';
import {spawnSync} from 'node:child_process';
import pg from 'pg';
import {createTestDatabase} from '../tests/helpers/postgres';
import {openDatabase} from '../server/database';
import {ensureUser} from '../server/accounts';
import {parseArgs, sleep, snapshotProject, startApp, type AppServer} from './quality/appServer';
import {callAction, findActionId, signIn} from './quality/actions';
import {startRoundRobin} from './quality/roundRobin';
import {Stats} from './quality/loadStats';

const args = parseArgs(process.argv.slice(2));
const durationMs = Number(args.duration ?? 120) * 1000;
const users = Number(args.users ?? 24);
const instances = Number(args.instances ?? 1);
const fault = Boolean(args.fault);
const basePort = Number(args.port ?? 3290);
const outageMs = 10_000;
const requestTimeoutMs = 20_000;
const readerSlugs = ['genpi-china-influence', 'pulau-kenari', 'selaras-reader-guide'];
const editedSlugs = ['bahasa-milik-bersama', 'payung-kuning'];
const words = ['menggunakan', 'pengaruh', 'diplomat', 'perang', 'membantu', 'tentara', 'kekhawatiran', 'bertemu', 'pertemuan', 'mencegah', 'rumah', 'payung'];
const password = 'load-test-password';

const cwd = args['in-place'] ? process.cwd() : snapshotProject();
const stats = new Stats();
const servers: AppServer[] = [];
const database = await createTestDatabase();
const pool = new pg.Pool({connectionString: database.url, max: 2, connectionTimeoutMillis: 2_000});
pool.on('error', () => {}); // idle clients die with the outage; queries report their own errors
let proxy: Awaited<ReturnType<typeof startRoundRobin>> | undefined;
let outage: {start: number; end: number} | undefined;
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
  if (instances > 1) proxy = await startRoundRobin(servers.map((s) => s.url), basePort);

  const db = openDatabase({DATABASE_URL: database.url});
  for (let i = 0; i < 3; i++) await ensureUser(db.prisma, {email: `learner${i}@load.test`, password, name: `Learner ${i}`, role: 'learner'});
  await db.close();
  // better-auth allows 5 sign-ins a minute from one address: 4 sessions, made once.
  const admin = await signIn(front, 'admin@load.test', password);
  const learners = await Promise.all([0, 1, 2].map((i) => signIn(front, `learner${i}@load.test`, password)));
  const learnerIds = (await pool.query<{id: string; email: string}>(`SELECT id, email FROM "User" WHERE email LIKE 'learner%' ORDER BY email`)).rows.map((r) => r.id);
  const actions = {
    edit: findActionId(path.join(cwd, '.next'), 'app/[locale]/editor/actions.ts', 'editText'),
    save: findActionId(path.join(cwd, '.next'), 'app/[locale]/vocabulary/actions.ts', 'saveWordAction'),
    grade: findActionId(path.join(cwd, '.next'), 'app/[locale]/review/actions.ts', 'gradeAction'),
  };

  const started = Date.now();
  const deadline = started + durationMs;
  const get = (path: string, cookie?: string) => stats.request(front + path, {headers: cookie ? {cookie} : {}}, requestTimeoutMs);

  // Writes that the app acknowledged, to find in the database afterwards.
  const acknowledgedEdits = new Map<string, {body: string; unconfirmedLater: string[]}>();
  const attemptedEdits = new Map<string, string[]>();
  const savedWords = new Set<string>();
  const random = <T,>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;

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
      const outcome = await stats.time('action saveWord', () => callAction(front, `/en/read/${readerSlugs[0]}`, actions.save, [{lang: 'id', word, textSlug: readerSlugs[0]}], {cookie, signal: AbortSignal.timeout(requestTimeoutMs)}));
      if ((outcome?.result as {ok?: boolean} | undefined)?.ok) savedWords.add(`${userId} ${word}`);
    } else if (roll < 0.55) {
      await get('/en/vocabulary', cookie);
    } else if (roll < 0.8) {
      await get('/id/review', cookie);
    } else {
      const item = await pool.query<{id: string}>(`SELECT id FROM "VocabularyItem" WHERE "userId" = $1 ORDER BY due LIMIT 1`, [userId]).catch(() => null);
      if (item?.rows[0]) await stats.time('action grade', () => callAction(front, '/en/review', actions.grade, [{itemId: item.rows[0]!.id, grade: random(['again', 'hard', 'good', 'easy'])}], {cookie, signal: AbortSignal.timeout(requestTimeoutMs)}));
    }
  }

  async function editor(slug: string): Promise<void> {
    let revision: number | null = null;
    let textId = '';
    for (let seq = 0; Date.now() < deadline; seq++) {
      if (revision === null) {
        const row = await pool.query<{id: string; revision: number}>(`SELECT id, revision FROM "Text" WHERE slug = $1`, [slug]).catch(() => null);
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
      const outcome = await stats.time('action edit', () => callAction(front, `/en/editor/${slug}`, actions.edit, [{textId, revision, request}], {cookie: admin, signal: AbortSignal.timeout(requestTimeoutMs)}));
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
    const cluster = spawnSync('ls', ['/etc/postgresql'], {encoding: 'utf8'}).stdout.trim().split('\n')[0]!;
    const ctl = (action: 'stop' | 'start') => spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', action], {stdio: 'inherit'});
    const start = Date.now();
    // Interrupted mid-outage (Ctrl-C), the script still brings PostgreSQL back before it exits.
    const onSignal = () => {
      ctl('start');
      process.exit(130);
    };
    process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
    try {
      console.error(`fault: stopping PostgreSQL ${cluster}/main`);
      if (ctl('stop').status !== 0) throw new Error('pg_ctlcluster stop failed');
      await sleep(outageMs);
    } finally {
      // Always bring PostgreSQL back, whatever happened above.
      const started = ctl('start');
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      outage = {start, end: Date.now()};
      console.error(`fault: PostgreSQL started again (${started.status === 0 ? 'ok' : 'FAILED'})`);
    }
  }

  console.error(`load: ${users} visitors + ${editedSlugs.length} editors for ${durationMs / 1000} s on ${front}${instances > 1 ? ` (${instances} instances, round robin)` : ''}${fault ? ', PostgreSQL stopped for 10 s' : ''}`);
  await Promise.all([
    ...Array.from({length: users}, (_, n) => visitor(n)),
    ...editedSlugs.map((slug) => editor(slug)),
    healthWatch(),
    ...(fault ? [pullThePlug()] : []),
  ]);

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
    const [userId, word] = entry.split(' ');
    const row = await pool.query(`SELECT 1 FROM "VocabularyItem" WHERE "userId" = $1 AND form = $2`, [userId, word]);
    if (row.rowCount === 0) {
      lost++;
      console.error(`LOST WORD ${entry}`);
    }
  }
  failed = stats.report({outage, graceMs: 5_000, acknowledged: acknowledgedEdits.size + savedWords.size, lost, instances, fault}) || lost > 0;
} finally {
  await proxy?.close();
  for (const server of servers) await server.stop();
  await pool.end().catch((error: unknown) => console.error(error));
  await database.drop().catch((error: unknown) => console.error('dropping the load database failed:', error));
}
process.exit(failed ? 1 : 0);
