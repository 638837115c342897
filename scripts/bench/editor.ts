// npm run bench:editor [-- --http] [--http-only] [--runs 30] [--only realign,confirmThrough] [--json FILE] [--port 3390]
//   [--dist-dir .next-test]
// Each editor operation on a 1,000-paragraph text in the embedded default database (PGlite on disk),
// p50 and p99 in ms: the server's work in this process (transaction, revision, undo, redo), and with
// --http also the whole round trip: the production build (a copy in tmp/bench-editor-app), signed in
// as the demo editor, calling the editor's server actions over HTTP the way the browser does.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {EditRequest} from '../../server/editor/operations';
import {openDatabase} from '../../server/platform/openDatabase';
import {applyMigrations} from '../../server/platform/migrate';
import {ensureUser} from '../../server/accounts/people';
import {importTextSource} from '../../server/texts/importContent';
import {alignForImport} from '../../server/texts/aligner';
import {redoEdit, undoEdit} from '../../server/editor/history';
import {applyEdit} from '../../server/editor/operations';
import type {ScoredRun} from '../../core/vocabulary';
import {parseArgs, snapshotProject, startApp} from '../quality/appServer';
import {callAction, findActionId, signIn} from '../quality/actions';
import {percentile} from './percentile';

const args = parseArgs(process.argv.slice(2));
const N = Number(args.runs ?? process.env.BENCH_RUNS ?? 30);
const PARAGRAPHS = 1000;
const mid = PARAGRAPHS / 2;
const sentence = (i: number, lang: string) =>
  `${lang === 'id' ? 'Paragraf' : 'Paragraph'} ${i}: ${'lorem ipsum dolor sit amet '.repeat(8)}`;
// A cheap stand-in for the aligner, so that the server-side "realign" measures the database work, not
// the model (the row "realign, real aligner" and the HTTP figures include the model). Each call scores
// differently, so that every re-align rewrites all rows after the confirmed one (the worst case).
let calls = 0;
const oneToOne = (id: string[], en: string[]): ScoredRun[] => {
  const score = 0.5 + (++calls % 4_000) / 10_000;
  return Array.from({length: Math.max(id.length, en.length)}, (_, i) => ({
    id: i < id.length ? [i] : [],
    en: i < en.length ? [i] : [],
    score,
  }));
};

const allOperations: [string, EditRequest][] = [
  ['merge', {kind: 'merge', row: mid}],
  ['split', {kind: 'split', row: mid, idCount: 1, enCount: 0}],
  ['moveUp', {kind: 'moveUp', row: mid, side: 'en'}],
  ['moveDown', {kind: 'moveDown', row: mid, side: 'id'}],
  ['detach', {kind: 'detach', row: mid, side: 'en', end: 'first'}],
  ['confirm', {kind: 'confirm', row: mid}],
  ['confirmThrough', {kind: 'confirmThrough', row: PARAGRAPHS - 2}],
  ['editParagraph', {kind: 'editParagraph', lang: 'en', position: mid, body: 'A fixed translation.'}],
  ['splitParagraph', {kind: 'splitParagraph', lang: 'id', position: 10, offset: 12}],
  ['joinParagraphs', {kind: 'joinParagraphs', lang: 'en', position: 10}],
  ['realign', {kind: 'realign'}],
];
const only = args.only ? String(args.only).split(',') : null;
const operations = allOperations.filter(([name]) => !only || only.includes(name));

/** One way of reaching the editor: in this process or over HTTP. Each call returns the new revision. */
interface Driver {
  apply(request: EditRequest): Promise<number>;
  undo(): Promise<number>;
  redo(): Promise<number>;
}
// CPU time beside wall time: the embedded database runs in this process, so its CPU time is the
// operation's cost even on a machine busy with other work, where wall times stretch.
type Timings = Record<string, {doing: number[]; cpu: number[]; undoing: number[]; redoing: number[]}>;

interface BenchText {
  textId: string;
  revision: number;
}
// A second copy of the text aligned at import by the real aligner, as imported texts are: re-aligning
// it after a wrong merge changes two rows, where the first copy (stand-in scores) changes every row.
const REALISTIC = 'realign after a wrong merge, text aligned at import';

/** A throwaway embedded database holding both copies of the 1,000-paragraph text. */
async function prepareDatabase(dir: string): Promise<{bench: BenchText; aligned: BenchText; actorId: string}> {
  const db = openDatabase({SELARAS_DATA_DIR: dir});
  try {
    await applyMigrations(db.adapter);
    await ensureUser(db.prisma, {
      email: 'bench@selaras.local',
      password: 'bench-password',
      name: 'Bench',
      role: 'editor',
    });
    const paragraphs = (lang: string) => Array.from({length: PARAGRAPHS}, (_, i) => sentence(i, lang));
    const importAs = async (slug: string, align: typeof oneToOne): Promise<BenchText> => {
      await importTextSource(
        db.prisma,
        {
          slug,
          alignment: null,
          meta: {kind: 'book', originalLanguage: 'id', licence: 'synthetic'},
          versions: {
            id: {title: 'Bench', provenance: 'original', paragraphs: paragraphs('id')},
            en: {title: 'Bench', provenance: 'human', paragraphs: paragraphs('en')},
          },
        },
        align,
        'draft',
      );
      const text = await db.prisma.text.findUniqueOrThrow({where: {slug}, select: {id: true, revision: true}});
      return {textId: text.id, revision: text.revision};
    };
    const bench = await importAs('bench', oneToOne);
    const aligned = await importAs('bench-aligned', alignForImport);
    const actor = await db.prisma.user.findUniqueOrThrow({where: {email: 'bench@selaras.local'}, select: {id: true}});
    return {bench, aligned, actorId: actor.id};
  } finally {
    await db.close();
  }
}

async function measure(driver: Driver, ops: [string, EditRequest][]): Promise<Timings> {
  const timings: Timings = {};
  let cpu = 0;
  const time = async (fn: () => Promise<number>) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    const used = process.cpuUsage(c0);
    cpu = (used.user + used.system) / 1000;
    return performance.now() - t0;
  };
  for (const [name, request] of ops) {
    const t: Timings[string] = {doing: [], cpu: [], undoing: [], redoing: []};
    timings[name] = t;
    // Re-aligning needs something unconfirmed after a confirmed row.
    if (request.kind === 'realign') await driver.apply({kind: 'merge', row: 100});
    // Once untimed: the first run of each statement pays for compiling it, and the first split of an
    // imported text for spreading its paragraph keys (server/editor/changes.ts).
    await driver.apply(request);
    await driver.undo();
    for (let i = 0; i < N; i++) {
      t.doing.push(await time(() => driver.apply(request)));
      t.cpu.push(cpu);
      t.undoing.push(await time(() => driver.undo()));
      if (i % 3 === 0) {
        t.redoing.push(await time(() => driver.redo()));
        await driver.undo();
      }
    }
    if (request.kind === 'realign') await driver.undo();
  }
  return timings;
}

function refused(result: unknown): never {
  throw new Error(`refused: ${JSON.stringify(result).slice(0, 300)}`);
}

async function measureInProcess(): Promise<Timings> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'selaras-bench-'));
  try {
    const {bench, aligned, actorId} = await prepareDatabase(dir);
    const db = openDatabase({SELARAS_DATA_DIR: dir});
    const actor = {id: actorId, role: 'editor' as const};
    let align = oneToOne;
    const driverFor = ({textId, revision: first}: BenchText): Driver => {
      let revision = first;
      const step = async (result: Awaited<ReturnType<typeof applyEdit>>) => {
        if (!result.ok) return refused(result);
        revision = result.revision;
        return revision;
      };
      return {
        apply: async (request) => step(await applyEdit(db.prisma, actor, {textId, revision, request}, align)),
        undo: async () => step(await undoEdit(db.prisma, actor, {textId, revision})),
        redo: async () => step(await redoEdit(db.prisma, actor, {textId, revision})),
      };
    };
    const driver = driverFor(bench);
    try {
      const timings = await measure(driver, operations);
      if (!timings.realign) return timings;
      align = alignForImport;
      const real = await measure(driver, [['realign', {kind: 'realign'}]]);
      timings['realign, real aligner'] = real.realign!;
      timings[REALISTIC] = (await measure(driverFor(aligned), [['realign', {kind: 'realign'}]])).realign!;
      return timings;
    } finally {
      await db.close();
    }
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

async function measureOverHttp(): Promise<Timings> {
  // --dist-dir serves the working tree's own build in that folder (the browser tests' .next-test, say)
  // instead of building a snapshot of the sources.
  const inPlace = typeof args['dist-dir'] === 'string' ? args['dist-dir'] : undefined;
  const cwd = inPlace ? process.cwd() : snapshotProject('bench-editor-app');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'selaras-bench-http-'));
  const {bench, aligned} = await prepareDatabase(dir);
  // The embedded default, so that npm start creates the demo editor; the app imports content/ too.
  const app = await startApp(
    Number(args.port ?? 3390),
    {SELARAS_DATA_DIR: dir, DATABASE_URL: undefined, SELARAS_DIST_DIR: inPlace},
    {cwd, quiet: true},
  );
  try {
    const cookie = await signIn(app.url, 'editor@selaras.local', 'selaras-demo');
    const distDir = path.join(cwd, inPlace ?? '.next');
    const ids = {
      edit: findActionId(distDir, 'app/[locale]/editor/actions.ts', 'editText'),
      undo: findActionId(distDir, 'app/[locale]/editor/actions.ts', 'undoLast'),
      redo: findActionId(distDir, 'app/[locale]/editor/actions.ts', 'redoNext'),
    };
    let resets = 0;
    const post = (id: string, input: object) => callAction(app.url, '/en/editor/bench', id, [input], {cookie});
    const driverFor = ({textId, revision: first}: BenchText): Driver => {
      let revision = first;
      const call = async (id: string, input: object) => {
        const response = await post(id, input).catch(async (error: Error) => {
          // The connection was reset before an answer came (seen on this busy machine, with the app
          // still running). Sent again with the same revision, an edit cannot apply twice: if the first
          // one went through, the answer is "stale" with the revision after it.
          if (!String(error.cause).includes('ECONNRESET') || app.process.exitCode !== null) throw error;
          resets++;
          const again = await post(id, input);
          const result = again.result as {ok?: boolean; error?: string; current?: {revision: number}} | undefined;
          if (result?.ok === false && result.error === 'stale' && result.current?.revision === revision + 1)
            return {...again, result: {ok: true, revision: revision + 1}};
          return again;
        });
        const result = response.result as {ok?: boolean; revision?: number} | undefined;
        if (!result?.ok || typeof result.revision !== 'number') return refused(result ?? response.text.slice(0, 300));
        revision = result.revision;
        return revision;
      };
      return {
        apply: (request) => call(ids.edit, {textId, revision, request}),
        undo: () => call(ids.undo, {textId, revision}),
        redo: () => call(ids.redo, {textId, revision}),
      };
    };
    const driver = driverFor(bench);
    // A few calls first: the server compiles and caches each route on its first request.
    for (let i = 0; i < 3; i++) {
      await driver.apply({kind: 'confirm', row: 1});
      await driver.undo();
    }
    const timings = await measure(driver, operations);
    if (timings.realign)
      timings[REALISTIC] = (await measure(driverFor(aligned), [['realign', {kind: 'realign'}]])).realign!;
    if (resets) console.log(`http: ${resets} connection resets, each sent again (its time counts both attempts)`);
    return timings;
  } catch (error) {
    console.error(`the app's last output:\n${app.output().slice(-4000)}`);
    throw error;
  } finally {
    await app.stop();
    rmSync(dir, {recursive: true, force: true});
  }
}

const pct = (xs: number[], p: number) =>
  xs.length
    ? +percentile(
        [...xs].sort((a, b) => a - b),
        p,
      ).toFixed(1)
    : '';
const load = () => os.loadavg().join(' ');

console.log(`load average before: ${load()}`);
const server = args['http-only'] ? {} : await measureInProcess();
console.log(`load average after the server-side runs: ${load()}`);
const http = args.http || args['http-only'] ? await measureOverHttp() : undefined;
if (http) console.log(`load average after the HTTP runs: ${load()}`);
// Every measured time, for looking at a tail's shape.
if (typeof args.json === 'string') writeFileSync(args.json, JSON.stringify({server, http}, null, 1));
console.log(
  `editor operations on a ${PARAGRAPHS}-paragraph text, embedded PGlite on disk, ${N} runs each (ms; after one untimed run, p99 of ${N} runs is the slowest):`,
);
const names = [...new Set([...Object.keys(server), ...Object.keys(http ?? {})])];
const none: Timings[string] = {doing: [], cpu: [], undoing: [], redoing: []};
const columns = (prefix: string, t: Timings[string], which: (keyof Timings[string])[]) =>
  Object.fromEntries(
    which.flatMap((k) =>
      [50, 99].map((p) => [`${prefix}${k === 'doing' ? '' : `${k.replace('ing', '')} `}p${p}`, pct(t[k], p)]),
    ),
  );
console.table(
  names.map((operation) => ({
    operation,
    ...columns('', (server as Timings)[operation] ?? none, ['doing', 'cpu', 'undoing', 'redoing']),
    ...(http && columns('http ', http[operation] ?? none, ['doing', 'undoing', 'redoing'])),
  })),
);
console.log('cpu: CPU time of this process during the operation (the embedded database runs in it)');
if (http)
  console.log(
    'http: the round trip of a server action from this process (the real aligner re-aligns); the other columns: the same operation in this process',
  );
process.exit(0);
