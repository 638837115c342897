import {loadavg} from 'node:os';
import {parseArgs} from 'node:util';
import {englishWordsFor} from '../../core/language/lexicon';
import {alignGroupSentences} from '../../core/align/sentences';
import {alignRowWords} from '../../core/wordalign/rows';
import {formatLinks, rowSentencePairs} from '../../core/wordalign/sentencePairs';
import {insertPairs, type NewPair, rebuildTallies, termNamer} from '../../server/concordance/pairStore';
import {searchConcordance} from '../../server/concordance/search';
import {applyMigrations} from '../../server/platform/migrate';
import {type Database, openDatabase, openMemoryDatabase} from '../../server/platform/openDatabase';
import {readContentDir} from '../../server/texts/contentFiles';
import {loadLexicon} from '../../server/texts/lexiconFiles';
import {loadWordAligner} from '../../server/wordalign/loadAligner';
import {createTestDatabase} from '../../tests/helpers/postgres';
import {percentile} from './percentile';
import {readDevCases} from './devCases';

const {values: args} = parseArgs({
  options: {
    pairs: {type: 'string', default: '200000'},
    runs: {type: 'string', default: '5'},
    pglite: {type: 'boolean', default: false},
    /** leave the PostgreSQL database in place (its URL is printed), to look at plans */
    keep: {type: 'boolean', default: false},
  },
});
const TARGET = Number(args.pairs);
const RUNS = Number(args.runs);
const devDir = '/work/shared/align/dev';

/** Rows of real translations: the development set's links, then the shipped texts' paragraphs. */
async function realRows(): Promise<{id: string[]; en: string[]}[]> {
  const rows: {id: string[]; en: string[]}[] = [];
  for (const {id, en, links} of readDevCases(devDir)) {
    for (const link of links)
      if (link.id.length && link.en.length)
        rows.push({id: link.id.map((k) => id[k] ?? ''), en: link.en.map((k) => en[k] ?? '')});
  }
  for (const source of await readContentDir()) {
    const id = source.versions.id?.paragraphs ?? [];
    const en = source.versions.en?.paragraphs ?? [];
    for (const l of source.alignment ?? [])
      if (l.id.length && l.en.length) rows.push({id: l.id.map((k) => id[k]!), en: l.en.map((k) => en[k]!)});
  }
  return rows;
}

async function buildCorpus(db: Database): Promise<{base: number}> {
  const prisma = db.prisma;
  const text = await prisma.text.create({
    data: {slug: 'bench-corpus', kind: 'documentation', status: 'published', originalLanguage: 'id', licence: 'test'},
    select: {id: true},
  });
  const lexicon = loadLexicon();
  const dictionary = (w: string) => englishWordsFor(lexicon, w);
  const {aligner} = loadWordAligner();
  const started = Date.now();
  const pairs: NewPair[] = [];
  for (const [row, r] of (await realRows()).entries()) {
    const group = alignGroupSentences(r.id, r.en, {dictionary});
    const links = alignRowWords(aligner, r.id, r.en, dictionary);
    for (const p of rowSentencePairs(r.id, r.en, group, links))
      pairs.push({textId: text.id, row, idText: p.id, enText: p.en, links: formatLinks(p.links)});
  }
  const base = Math.min(pairs.length, TARGET);
  console.log(`${base} real sentence pairs word-aligned in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const stored = Date.now();
  for (let k = 0; k < base; k += 2000)
    await prisma.$transaction(
      async (tx) => insertPairs(tx, pairs.slice(k, Math.min(base, k + 2000)), termNamer(lexicon)),
      {
        timeout: 600_000,
      },
    );
  console.log(`stored through the app's code in ${((Date.now() - stored) / 1000).toFixed(1)} s`);
  const copied = Date.now();
  const copies = Math.ceil(TARGET / base) - 1;
  // Ids of the real pairs are 1..base (a fresh database): copy g gets ids base·g + 1 … base·(g + 1).
  if (copies > 0) {
    await prisma.$executeRawUnsafe(`
      INSERT INTO "ConcordancePair" (id, "textId", row, "idText", "enText", links)
      SELECT p.id + ${base} * g, p."textId", p.row, p."idText", p."enText", p.links
      FROM "ConcordancePair" p, generate_series(1, ${copies}) g
      WHERE p.id + ${base} * g <= ${TARGET}`);
    await prisma.$executeRawUnsafe(`
      INSERT INTO "ConcordanceTerm" (lang, term, "pairId", tokens, translation)
      SELECT t.lang, t.term, t."pairId" + ${base} * g, t.tokens, t.translation
      FROM "ConcordanceTerm" t, generate_series(1, ${copies}) g
      WHERE t."pairId" <= ${base} AND t."pairId" + ${base} * g <= ${TARGET}`);
    await prisma.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"ConcordancePair"', 'id'), (SELECT max(id) FROM "ConcordancePair"))`,
    );
    await rebuildTallies(prisma);
  }
  await prisma.$executeRawUnsafe('ANALYZE');
  const [{pairs: total, terms}] = await prisma.$queryRawUnsafe<{pairs: number; terms: number}[]>(
    'SELECT (SELECT count(*) FROM "ConcordancePair")::int AS pairs, (SELECT count(*) FROM "ConcordanceTerm")::int AS terms',
  );
  console.log(`copied to ${total} pairs (${terms} term rows) in ${((Date.now() - copied) / 1000).toFixed(1)} s`);
  return {base};
}

/** Queries of every kind, read from the corpus: the commonest words, middling and rare ones, … */
async function queries(db: Database): Promise<{kind: string; q: string; from: 'id' | 'en'; after?: number}[]> {
  const byFrequency = (lang: 'id' | 'en') =>
    db.prisma.$queryRawUnsafe<{term: string; n: number}[]>(
      `SELECT term, sum(count)::int AS n FROM "ConcordanceTally" WHERE lang = '${lang}' GROUP BY term ORDER BY n DESC`,
    );
  const id = await byFrequency('id');
  const en = await byFrequency('en');
  const pick = (list: {term: string}[], from: number, to: number, n: number) => {
    const slice = list.slice(Math.floor(from * list.length), Math.floor(to * list.length));
    return Array.from({length: n}, (_, k) => slice[Math.floor((k * slice.length) / n)]!.term);
  };
  const out: {kind: string; q: string; from: 'id' | 'en'; after?: number}[] = [];
  for (const q of id.slice(0, 15).map((t) => t.term)) out.push({kind: 'commonest Indonesian', q, from: 'id'});
  for (const q of pick(id, 0.01, 0.2, 20)) out.push({kind: 'middling Indonesian', q, from: 'id'});
  for (const q of pick(id, 0.5, 1, 20)) out.push({kind: 'rare Indonesian', q, from: 'id'});
  for (const q of ['menggunakan', 'digunakan', 'penggunaan', 'pengaturan', 'mengklik', 'ditampilkan', 'membuka'])
    out.push({kind: 'inflected forms', q, from: 'id'});
  for (const q of [...en.slice(0, 5).map((t) => t.term), ...pick(en, 0.01, 0.5, 15)])
    out.push({kind: 'English', q, from: 'en'});
  const bigrams = await db.prisma.$queryRawUnsafe<{id: string}[]>(
    `SELECT "idText" AS id FROM "ConcordancePair" ORDER BY id LIMIT 400`,
  );
  for (const {id: text} of bigrams.filter((_, k) => k % 40 === 0)) {
    const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}$/u.test(w));
    if (words.length >= 2) out.push({kind: 'phrases', q: `${words[0]} ${words[1]}`, from: 'id'});
  }
  for (const q of ['klik tombol', 'pengaturan sistem', 'kerja sama', 'layar penuh'])
    out.push({kind: 'phrases', q, from: 'id'});
  for (const q of id.slice(0, 5).map((t) => t.term)) {
    const first = await searchConcordance(db.prisma, {q, from: 'id'});
    if (first.ok && first.result.next) out.push({kind: 'second pages', q, from: 'id', after: first.result.next});
  }
  return out;
}

async function measure(db: Database, label: string) {
  await buildCorpus(db);
  const list = await queries(db);
  for (const query of list) await searchConcordance(db.prisma, query);
  if (args.keep) console.log(JSON.stringify(list.filter((q) => q.kind === 'phrases').map((q) => q.q)));
  const times: Record<string, number[]> = {};
  for (let run = 0; run < RUNS; run++)
    for (const query of list) {
      const start = performance.now();
      const answer = await searchConcordance(db.prisma, query);
      const ms = performance.now() - start;
      if (!answer.ok) throw new Error(`${query.q}: ${answer.error}`);
      for (const kind of [query.kind, 'all']) {
        const list = times[kind] ?? [];
        list.push(ms);
        times[kind] = list;
      }
    }
  console.log(
    `\n${label}: ${TARGET} sentence pairs, ${list.length} queries × ${RUNS} runs (load ${loadavg()[0]!.toFixed(1)})`,
  );
  console.log('queries                    calls     p50 ms     p99 ms');
  for (const [kind, values] of Object.entries(times)) {
    const sorted = values.sort((a, b) => a - b);
    const row = [kind.padEnd(24), String(sorted.length).padStart(7)];
    row.push(percentile(sorted, 50).toFixed(1).padStart(10), percentile(sorted, 99).toFixed(1).padStart(10));
    console.log(row.join(' '));
  }
}

if (args.pglite) {
  const db = openMemoryDatabase();
  await applyMigrations(db.adapter);
  await measure(db, 'PGlite (in memory)');
  await db.close();
} else {
  const created = await createTestDatabase();
  const db = openDatabase({DATABASE_URL: created.url});
  try {
    await applyMigrations(db.adapter);
    await measure(db, 'PostgreSQL');
  } finally {
    await db.close();
    if (args.keep) console.log(`kept: ${created.url}`);
    else await created.drop();
  }
}
