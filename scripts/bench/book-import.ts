// npm run bench:book:import [-- --paragraphs 10000] [--postgres]
// Imports a generated EPUB pair of 10,000 paragraphs a language (100 chapters of the shipped texts'
// real paragraphs, under "Bab n" / "Chapter n" headings) as the import form does: both files parsed
// (core/book), the blocks stored as the job's submission, and the text-import job run to its end
// (chapter alignment, storing with kind, level and marks). Prints each step's time and the process's
// peak RSS, sampled every 10 ms. The embedded database (PGlite) runs in this process, so its memory
// counts too, as in a server that uses it (migrated beforehand by a process of its own, as under
// `npm start`); --postgres uses a throwaway database on TEST_POSTGRES_URL.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {block, type Block} from '../../core/book/blocks';
import {parseBook} from '../../core/book/parseBook';
import {writeEpub} from '../../core/book/testBooks';
import {parseTextSource} from '../../core/texts/content';
import {runTextImport, storeSubmission, type ImportSubmission} from '../../server/editor/importJob';
import {applyMigrations} from '../../server/platform/migrate';
import {openDatabase, type Database} from '../../server/platform/openDatabase';
import {createTestDatabase} from '../../tests/helpers/postgres';

const {values} = parseArgs({
  options: {paragraphs: {type: 'string', default: '10000'}, postgres: {type: 'boolean', default: false}},
});
const PARAGRAPHS = Number(values.paragraphs);
const root = path.resolve(import.meta.dirname, '../..');

/** Chapters cycling through the shipped texts until each side has PARAGRAPHS blocks. */
function generatePair(): {id: Block[]; en: Block[]} {
  const texts = [
    'pulau-kenari',
    'payung-kuning',
    'bahasa-milik-bersama',
    'selaras-reader-guide',
    'genpi-china-influence',
  ].map((slug) => {
    const read = (f: string) => readFileSync(path.join(root, 'content', slug, f), 'utf8');
    return parseTextSource(slug, {meta: read('meta.yml'), id: read('id.md'), en: read('en.md')}).versions;
  });
  const pair = {id: [] as Block[], en: [] as Block[]};
  for (let c = 1; pair.id.length < PARAGRAPHS || pair.en.length < PARAGRAPHS; c++) {
    const text = texts[(c - 1) % texts.length]!;
    for (const lang of ['id', 'en'] as const) {
      const room = PARAGRAPHS - pair[lang].length;
      if (room <= 0) continue;
      const heading = block('heading', `${lang === 'id' ? 'Bab' : 'Chapter'} ${c}`, 1);
      const body = text[lang]!.paragraphs.map((p, k) =>
        block('paragraph', p, null, k % 5 ? [] : [[0, p.indexOf(' ') > 0 ? p.indexOf(' ') : p.length, 'em']]),
      );
      pair[lang].push(...[heading, ...body].slice(0, room));
    }
  }
  return pair;
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

async function main() {
  const pair = generatePair();
  const files = {
    id: writeEpub(
      pair.id.map((b) => ({id: [b], en: []})),
      'id',
      'Buku uji',
    ),
    en: writeEpub(
      pair.en.map((b) => ({id: [], en: [b]})),
      'en',
      'Test book',
    ),
  };
  const {db, cleanup} = await openBenchDatabase();
  try {
    if (values.postgres) await applyMigrations(db.adapter);
    const editor = await db.prisma.user.create({
      data: {id: 'bench-editor', name: 'Bench', email: 'bench@example.org', role: 'editor'},
      select: {id: true},
    });
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const began = performance.now();
    const parsed = {id: await parseBook('id.epub', files.id), en: await parseBook('en.epub', files.en)};
    if (!parsed.id.ok || !parsed.en.ok) throw new Error('the generated books did not parse');
    const parseMs = performance.now() - began;
    const peaks = {parseMb: mb(Math.max(peak, process.memoryUsage().rss)), submissionMb: 0};
    const submission: ImportSubmission = {
      meta: {kind: 'book', originalLanguage: 'id', licence: 'bench', titles: {id: 'Buku uji', en: 'Test book'}},
      id: '',
      en: '',
      tmx: null,
      blocks: {id: parsed.id.book.blocks, en: parsed.en.book.blocks},
    };
    const jobId = await storeSubmission(db.prisma, editor.id, submission);
    const queuedMs = performance.now() - began;
    peaks.submissionMb = mb(Math.max(peak, process.memoryUsage().rss));
    const status = await runTextImport(db.prisma, jobId);
    const totalMs = performance.now() - began;
    clearInterval(sampler);
    const stored = await db.prisma.paragraph.count({where: {kind: 'heading'}});
    console.log(
      JSON.stringify({
        database: db.kind,
        paragraphs: {id: parsed.id.book.blocks.length, en: parsed.en.book.blocks.length},
        epubBytes: {id: files.id.length, en: files.en.length},
        status,
        headingsStored: stored,
        parseBothMs: Math.round(parseMs),
        submissionStoredMs: Math.round(queuedMs - parseMs),
        alignAndStoreMs: Math.round(totalMs - queuedMs),
        totalMs: Math.round(totalMs),
        rssBeforeMb: mb(baseline),
        peakRssMb: mb(peak),
        peakRssAfterParseMb: peaks.parseMb,
        peakRssAfterSubmissionMb: peaks.submissionMb,
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
