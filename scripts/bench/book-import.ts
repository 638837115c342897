// npm run bench:book:import [-- --paragraphs 10000] [--postgres]
// Imports a generated EPUB pair of 10,000 paragraphs a language (100 chapters of the shipped texts'
// real paragraphs, under "Bab n" / "Chapter n" headings) as the import form does: both files parsed
// in child processes (dist/parse-book.mjs), the blocks stored as the job's submission, and the
// text-import job run to its end (chapter alignment in a child, storing with kind, level and marks).
// Prints each step's time and the peak RSS of the process and, apart, of its children, sampled every
// 10 ms. The embedded database (PGlite) runs in this process, so its memory
// counts too, as in a server that uses it (migrated beforehand by a process of its own, as under
// `npm start`); --postgres uses a throwaway database on TEST_POSTGRES_URL.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {parseBookOffThread} from '../../server/books/parseOffThread';
import {bookSubmission, runTextImport, storeSubmission} from '../../server/editor/importJob';
import {smallFootprint, startedSmall} from '../../server/platform/footprint';
import {applyMigrations} from '../../server/platform/migrate';
import {openDatabase, type Database} from '../../server/platform/openDatabase';
import {createTestDatabase} from '../../tests/helpers/postgres';
import {generateBookFiles} from './bookPair';

const {values} = parseArgs({
  options: {paragraphs: {type: 'string', default: '10000'}, postgres: {type: 'boolean', default: false}},
});
const PARAGRAPHS = Number(values.paragraphs);
const root = path.resolve(import.meta.dirname, '../..');

// The embedded database lives in this process, as in the web server, which `npm start` starts for a
// small footprint (server/platform/footprint.ts): so does the benchmark, running itself again that way.
if (!values.postgres && !startedSmall()) {
  const again = spawnSync(
    process.execPath,
    [...process.execArgv, ...smallFootprint.nodeFlags, ...process.argv.slice(1)],
    {stdio: 'inherit', env: {...process.env, ...smallFootprint.env}},
  );
  process.exit(again.status ?? 1);
}

async function openBenchDatabase(): Promise<{db: Database; cleanup: () => Promise<void>}> {
  if (!values.postgres) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-book-'));
    // As under `npm start`: the database is migrated by a process of its own (the WebAssembly schema
    // engine stays there), and the server opens it afterwards.
    const migrated = spawnSync('npx', ['tsx', 'scripts/cli/migrate.ts'], {
      cwd: root,
      env: {...process.env, DATABASE_URL: undefined, SELARAS_DATA_DIR: dir},
      stdio: 'ignore',
    });
    if (migrated.status !== 0) throw new Error('migrating the embedded database failed');
    return {
      db: openDatabase({SELARAS_DATA_DIR: dir}),
      cleanup: async () => rmSync(dir, {recursive: true, force: true}),
    };
  }
  const database = await createTestDatabase();
  return {db: openDatabase({DATABASE_URL: database.url}), cleanup: database.drop};
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** The resident memory of this process's children (the parser's and the aligner's), from /proc. */
function childrenRss(): number {
  try {
    const children = readFileSync(`/proc/self/task/${process.pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    return children.reduce((sum, pid) => {
      const status = existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, 'utf8') : '';
      return sum + Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    }, 0);
  } catch {
    return 0; // not Linux, or the child ended between the two reads
  }
}

/**
 * What the import form's request does with the uploads: each file parsed in a child process
 * (dist/parse-book.mjs), and the blocks' JSON, as the child printed it, stored as a queued job's
 * submission. Its objects are garbage once it returns, as the request's are once it has answered.
 */
async function submitBook(db: Database, editorId: string, files: {id: Uint8Array; en: Uint8Array}) {
  const began = performance.now();
  const parsed = {
    id: await parseBookOffThread('id.epub', files.id),
    en: await parseBookOffThread('en.epub', files.en),
  };
  if (!parsed.id.ok || !parsed.en.ok) throw new Error('the generated books did not parse');
  const parseMs = performance.now() - began;
  const meta = {
    kind: 'book',
    originalLanguage: 'id',
    licence: 'bench',
    titles: {id: 'Buku uji', en: 'Test book'},
  } as const;
  const jobId = await storeSubmission(
    db.prisma,
    editorId,
    bookSubmission(meta, {id: parsed.id.blocksJson, en: parsed.en.blocksJson}),
  );
  return {
    jobId,
    parseMs,
    paragraphs: {id: parsed.id.summary.blocks, en: parsed.en.summary.blocks},
  };
}

async function main() {
  const files = generateBookFiles(PARAGRAPHS);
  const {db, cleanup} = await openBenchDatabase();
  try {
    if (values.postgres) await applyMigrations(db.adapter);
    const editor = await db.prisma.user.create({
      data: {id: 'bench-editor', name: 'Bench', email: 'bench@example.org', role: 'editor'},
      select: {id: true},
    });
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    let childPeak = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
      childPeak = Math.max(childPeak, childrenRss());
    }, 10);
    const began = performance.now();
    const {jobId, parseMs, paragraphs} = await submitBook(db, editor.id, files);
    const queuedMs = performance.now() - began;
    const peakAfterSubmissionMb = mb(Math.max(peak, process.memoryUsage().rss));
    const status = await runTextImport(db.prisma, jobId);
    const totalMs = performance.now() - began;
    clearInterval(sampler);
    const stored = await db.prisma.paragraph.count({where: {kind: 'heading'}});
    console.log(
      JSON.stringify({
        database: db.kind,
        paragraphs,
        epubBytes: {id: files.id.length, en: files.en.length},
        status,
        headingsStored: stored,
        parseBothMs: Math.round(parseMs),
        submissionStoredMs: Math.round(queuedMs - parseMs),
        alignAndStoreMs: Math.round(totalMs - queuedMs),
        totalMs: Math.round(totalMs),
        rssBeforeMb: mb(baseline),
        peakRssMb: mb(peak),
        peakChildRssMb: mb(childPeak),
        peakRssAfterSubmissionMb: peakAfterSubmissionMb,
        targets: {totalMs: 30_000, peakRssMb: 500},
      }),
    );
  } finally {
    await db.close();
    await cleanup();
  }
}

await main();
// The WebAssembly schema engine leaves a timer behind for a while: don't wait for it.
process.exit(0);
