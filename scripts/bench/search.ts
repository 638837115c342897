import {parseArgs} from 'node:util';
import {openDatabase} from '../../server/platform/openDatabase';
import {applyMigrations} from '../../server/platform/migrate';
import {Prisma} from '../../server/generated/prisma/client';
import {searchSql, searchTexts} from '../../server/reader/search';
import {createTestDatabase} from '../../tests/helpers/postgres';

const {values: args} = parseArgs({
  options: {
    paragraphs: {type: 'string', default: '20000'},
    runs: {type: 'string', default: '5'},
    explain: {type: 'boolean', default: false},
  },
});
const N = Number(args.paragraphs);
const RUNS = Number(args.runs);

const idWords = ['rumah', 'kami', 'besar', 'di', 'desa', 'itu', 'dan', 'anak', 'bermain', 'sungai', 'pasar', 'jalan'];
const enWords = ['house', 'our', 'big', 'in', 'village', 'the', 'and', 'child', 'plays', 'river', 'market', 'road'];
function sentence(words: string[], k: number, rare: string): string {
  const out = Array.from({length: 14}, (_, j) => words[(k * 7 + j * 3) % words.length]);
  if (k % 500 === 0) out.push(rare);
  return `${out.join(' ')}.`;
}

const created = await createTestDatabase();
const db = openDatabase({DATABASE_URL: created.url});
try {
  await applyMigrations(db.adapter);
  const paragraphs = {
    id: Array.from({length: N}, (_, k) => `${sentence(idWords, k, 'gajah')} Rumah nomor ${k}.`),
    en: Array.from({length: N}, (_, k) => `${sentence(enWords, k, 'elephant')} House number ${k}.`),
  };
  // Stored with set-based SQL: the bench measures search, not the import.
  const text = await db.prisma.text.create({
    data: {slug: 'long-text', kind: 'book', originalLanguage: 'id', licence: 'CC0', status: 'published'},
    select: {id: true},
  });
  for (const lang of ['id', 'en'] as const) {
    const title = lang === 'id' ? 'Teks panjang' : 'A long text';
    const provenance = lang === 'id' ? 'original' : 'human';
    const version = await db.prisma.textVersion.create({
      data: {textId: text.id, lang, title, provenance},
      select: {id: true},
    });
    await db.prisma.$executeRaw`
      INSERT INTO "Paragraph" (id, "versionId", lang, position, body, provenance)
      SELECT gen_random_uuid()::text, ${version.id}, ${lang}::"Lang", k - 1, b, ${provenance}::"Provenance"
      FROM unnest(${paragraphs[lang]}::text[]) WITH ORDINALITY AS u(b, k)`;
  }
  await db.prisma.$executeRaw`
    INSERT INTO "AlignmentLink" (id, "textId", position, "idStart", "idEnd", "enStart", "enEnd", score)
    SELECT gen_random_uuid()::text, ${text.id}, k, k, k + 1, k, k + 1, 1 FROM generate_series(0, ${N - 1}::int) k`;
  await db.prisma.$executeRawUnsafe('ANALYZE');
  for (const query of ['rumah', 'gajah', 'elephant']) {
    const times: number[] = [];
    let hits = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const result = await searchTexts(db.prisma, query);
      times.push(performance.now() - start);
      hits = result.ok ? result.hits.length : -1;
    }
    times.sort((a, b) => a - b);
    if (args.explain) {
      const plan = await db.prisma.$queryRaw<{'QUERY PLAN': string}[]>(
        Prisma.sql`EXPLAIN (ANALYZE, COSTS OFF) ${searchSql(query, 1)}`,
      );
      console.log(plan.map((r) => r['QUERY PLAN']).join('\n'));
    }
    console.log(
      `${query.padEnd(10)} ${hits} hits  p50 ${times[Math.floor(RUNS / 2)]!.toFixed(0)} ms  max ${times.at(-1)!.toFixed(0)} ms`,
    );
  }
} finally {
  await db.close();
  await created.drop();
}
