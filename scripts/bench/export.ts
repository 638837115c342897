import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {openDatabase, type Database} from '../../server/platform/openDatabase';
import {applyMigrations} from '../../server/platform/migrate';
import {createTestDatabase} from '../../tests/helpers/postgres';
import {getAlignedExport, getExportHead, streamExport, type ExportFormat} from '../../server/editor/exports';

const {values} = parseArgs({
  options: {
    paragraphs: {type: 'string', default: '20000'},
    postgres: {type: 'boolean', default: false},
    'streamed-only': {type: 'boolean', default: false},
  },
});
const PARAGRAPHS = Number(values.paragraphs);
const gc = (globalThis as {gc?: () => void}).gc;
if (!gc) console.warn('run with node --expose-gc for comparable memory figures (npm run bench:export does)');

async function openBenchDatabase(): Promise<{db: Database; cleanup: () => Promise<void>}> {
  if (!values.postgres) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-export-'));
    const db = openDatabase({SELARAS_DATA_DIR: dir});
    return {db, cleanup: async () => rmSync(dir, {recursive: true, force: true})};
  }
  const database = await createTestDatabase();
  const db = openDatabase({DATABASE_URL: database.url});
  return {db, cleanup: database.drop};
}

/** Runs `work`, sampling memory every 5 ms; peak increases over the start, in MB. */
interface Measured {
  ms: number;
  bytes: number;
  heapMb: number;
  rssMb: number;
}

async function measure(work: () => Promise<number>): Promise<Measured> {
  gc?.();
  const start = process.memoryUsage();
  let heap = start.heapUsed;
  let rss = start.rss;
  const sample = () => {
    const now = process.memoryUsage();
    heap = Math.max(heap, now.heapUsed);
    rss = Math.max(rss, now.rss);
  };
  const timer = setInterval(sample, 5);
  const began = performance.now();
  const bytes = await work();
  const ms = performance.now() - began;
  sample();
  clearInterval(timer);
  return {ms, bytes, heapMb: (heap - start.heapUsed) / 2 ** 20, rssMb: (rss - start.rss) / 2 ** 20};
}

const {db, cleanup} = await openBenchDatabase();
try {
  await applyMigrations(db.adapter);
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  const began = performance.now();
  // Written with generate_series rather than imported: the import of a text this size is its own
  // (slow) story, and only the export is measured here.
  const filler = 'lorem ipsum dolor sit amet, consectetur adipiscing elit '.repeat(3);
  const textId = 'bench-export-text';
  await db.prisma.$executeRaw`INSERT INTO "Text" (id, slug, kind, status, "originalLanguage", licence, "updatedAt")
    VALUES (${textId}, 'bench-export', 'book', 'draft', 'id', 'synthetic', now())`;
  for (const [lang, word, provenance] of [
    ['id', 'Paragraf', 'original'],
    ['en', 'Paragraph', 'machine'],
  ] as const) {
    const versionId = `bench-export-${lang}`;
    await db.prisma.$executeRaw`INSERT INTO "TextVersion" (id, "textId", lang, title, provenance, engine, model)
      VALUES (${versionId}, ${textId}, ${lang}::"Lang", 'Bench', ${provenance}::"Provenance", 'offline', 'bench')`;
    await db.prisma.$executeRaw`INSERT INTO "Paragraph" (id, "versionId", lang, position, body, provenance)
      SELECT ${versionId} || '-' || i, ${versionId}, ${lang}::"Lang", i * 1024, ${word} || ' ' || i || ': ' || ${filler},
        ${provenance}::"Provenance"
      FROM generate_series(0, ${PARAGRAPHS - 1}) AS i`;
  }
  await db.prisma
    .$executeRaw`INSERT INTO "AlignmentLink" (id, "textId", position, "idStart", "idEnd", "enStart", "enEnd", score, status)
    SELECT 'bench-export-link-' || i, ${textId}, i, i, i + 1, i, i + 1, 0.9, 'automatic'
    FROM generate_series(0, ${PARAGRAPHS - 1}) AS i`;
  console.log(`${db.kind}: ${PARAGRAPHS} paragraphs a side written in ${seconds(performance.now() - began)} s`);
  console.log('format  way               time (s)   output (MB)   peak heap +MB   peak RSS +MB');
  for (const format of ['tmx', 'tsv', 'json'] as ExportFormat[]) {
    for (const way of values['streamed-only'] ? ['streamed' as const] : (['streamed', 'built in memory'] as const)) {
      const result = await measure(async () => {
        const head = (await getExportHead(db.prisma, 'bench-export', {includeUnpublished: true}))!;
        if (way === 'built in memory') {
          // The former route: every row and paragraph as objects, then the file as one string, both
          // alive until the response is made.
          const text = (await getAlignedExport(db.prisma, 'bench-export', {includeUnpublished: true}))!;
          const whole = await new Response(streamExport(db.prisma, head, format, new Date())).text();
          if (text.rows.length !== PARAGRAPHS) throw new Error(`${text.rows.length} rows`);
          return Buffer.byteLength(whole);
        }
        // As a client reads it: a chunk at a time, each dropped once counted.
        const reader = streamExport(db.prisma, head, format, new Date()).getReader();
        let bytes = 0;
        for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.byteLength;
        return bytes;
      });
      const mb = (value: number, width: number) => value.toFixed(1).padStart(width);
      console.log(
        `${format.padEnd(7)} ${way.padEnd(17)} ${seconds(result.ms).padStart(8)}   ${mb(result.bytes / 2 ** 20, 11)}` +
          `   ${mb(result.heapMb, 13)}   ${mb(result.rssMb, 12)}`,
      );
    }
  }
} finally {
  await db.close();
  await cleanup();
}
process.exit(0);
