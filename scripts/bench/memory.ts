import {loadavg} from 'node:os';
import {parseArgs} from 'node:util';
import {splitSentences} from '../../core/align/sentences';
import {openDatabase, openMemoryDatabase, type Database} from '../../server/platform/openDatabase';
import {applyMigrations} from '../../server/platform/migrate';
import {findExact, findFuzzy, hashSource, normaliseSource} from '../../server/memory/memoryLookup';
import type {MemoryPair} from '../../server/memory/translationMemory';
import {createTestDatabase, postgresAvailable} from '../../tests/helpers/postgres';
import {percentile} from './percentile';
import {readDevCases} from './devCases';

const {values: args} = parseArgs({
  options: {
    entries: {type: 'string', default: '100000'},
    'skip-pglite': {type: 'boolean', default: false},
    baseline: {type: 'boolean', default: false},
  },
});
const ENTRIES = Number(args.entries);
const devDir = '/work/shared/align/dev';

/** The 1-1 paragraph links of the aligner's development set, and the sentences of those with as many on each side. */
function devPairs(): {paragraphs: MemoryPair[]; sentences: MemoryPair[]} {
  const paragraphs: MemoryPair[] = [];
  const sentences: MemoryPair[] = [];
  for (const {id, en, links} of readDevCases(devDir)) {
    for (const link of links) {
      const source = id[link.id[0]]?.trim();
      const target = en[link.en[0]]?.trim();
      if (link.id.length !== 1 || link.en.length !== 1 || !source || !target) continue;
      paragraphs.push({source, target});
      const ids = splitSentences(source, 'id').map((s) => source.slice(s.start, s.end));
      const ens = splitSentences(target, 'en').map((s) => target.slice(s.start, s.end));
      if (ids.length > 1 && ids.length === ens.length)
        for (const [k, s] of ids.entries()) sentences.push({source: s, target: ens[k]});
    }
  }
  return {paragraphs, sentences};
}

// A fixed-seed generator, so that every run measures the same memory.
function random(seed: number): () => number {
  return () => {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    return seed / 2 ** 32;
  };
}

/**
 * The real paragraphs and sentences, then made-up entries of typical length until the memory holds
 * `count` distinct sources: a sentence with a word or two changed (software and news memories are
 * full of these), short paragraphs of two or three sentences and long ones of four to seven.
 */
function memoryOf(count: number): MemoryPair[] {
  const {paragraphs, sentences} = devPairs();
  const units = [...paragraphs, ...sentences];
  const rnd = random(42);
  const pick = () => units[Math.floor(rnd() * units.length)];
  const words = units.flatMap((u) => u.source.split(' '));
  const seen = new Set<string>();
  const out: MemoryPair[] = [];
  const add = (p: MemoryPair) => {
    const source = normaliseSource(p.source);
    if (source && !seen.has(source)) {
      seen.add(source);
      out.push({source, target: p.target});
    }
  };
  units.forEach(add);
  while (out.length < count) {
    const r = rnd();
    if (r < 0.45) {
      const base = pick();
      const parts = base.source.split(' ');
      for (let k = rnd() < 0.6 ? 1 : 2; k > 0; k--)
        parts[Math.floor(rnd() * parts.length)] = words[Math.floor(rnd() * words.length)];
      add({source: parts.join(' '), target: base.target});
    } else {
      const parts = Array.from({length: r < 0.85 ? 2 + Math.floor(rnd() * 2) : 4 + Math.floor(rnd() * 4)}, pick);
      add({source: parts.map((p) => p.source).join(' '), target: parts.map((p) => p.target).join(' ')});
    }
  }
  return out.slice(0, count);
}

/** A near miss: one word dropped from a remembered source. */
function edited(source: string, rnd: () => number): string {
  const words = source.split(' ');
  if (words.length < 4) return `${source} lagi`;
  words.splice(Math.floor(rnd() * words.length), 1);
  return words.join(' ');
}

/** New text made of the memory's words: the common case, where nothing is similar enough. */
function novel(memory: MemoryPair[], rnd: () => number): string {
  const length = memory[Math.floor(rnd() * memory.length)].source.split(' ').length;
  return Array.from({length}, () => {
    const words = memory[Math.floor(rnd() * memory.length)].source.split(' ');
    return words[Math.floor(rnd() * words.length)];
  }).join(' ');
}

/**
 * Loads the memory with a handful of INSERT … SELECT statements. The secondary indexes are dropped
 * first and built once afterwards, which is much faster than updating them row by row; lookups then
 * see the same indexes the migrations create.
 */
async function fill(db: Database, memory: MemoryPair[]): Promise<void> {
  const indexes = await db.prisma.$queryRaw<{indexname: string; indexdef: string}[]>`
    SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'MemoryEntry' AND indexdef NOT LIKE 'CREATE UNIQUE%'`;
  for (const {indexname} of indexes) await db.prisma.$executeRawUnsafe(`DROP INDEX "${indexname}"`);
  for (let i = 0; i < memory.length; i += 10_000) {
    const rows = memory
      .slice(i, i + 10_000)
      .map((p, k) => ({id: `bench${i + k}`, source: p.source, target: p.target, hash: hashSource(p.source)}));
    await db.prisma.$executeRaw`
      INSERT INTO "MemoryEntry" (id, "sourceLang", "targetLang", source, target, "sourceHash", origin)
      SELECT r.id, 'id', 'en', r.source, r.target, r.hash, 'tmx' FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(id text, source text, target text, hash text)`;
  }
  for (const {indexdef} of indexes) await db.prisma.$executeRawUnsafe(indexdef);
  await db.prisma.$executeRawUnsafe('ANALYZE "MemoryEntry"');
}

/** Times up to `runs` lookups, stopping early once `budgetMs` is spent so that a slow engine still finishes. */
async function time(
  label: string,
  runs: number,
  work: (i: number) => Promise<unknown>,
  budgetMs = 30_000,
): Promise<string> {
  const ms: number[] = [];
  const begin = performance.now();
  for (let i = 0; i < runs && (i < 10 || performance.now() - begin < budgetMs); i++) {
    const start = performance.now();
    await work(i);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return `${label.padEnd(32)} p50 ${percentile(ms, 50).toFixed(2).padStart(7)} ms   p99 ${percentile(ms, 99).toFixed(2).padStart(7)} ms   (${ms.length} lookups)`;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function bench(name: string, db: Database, memory: MemoryPair[]): Promise<void> {
  await applyMigrations(db.adapter);
  const fillStart = performance.now();
  await fill(db, memory);
  const entries = await db.prisma.memoryEntry.count();
  console.log(
    `\n${name}: ${entries} entries, filled and indexed in ${((performance.now() - fillStart) / 1000).toFixed(1)} s (load average ${load()})`,
  );
  const rnd = random(7);
  const hits = Array.from({length: 500}, () => memory[Math.floor(rnd() * memory.length)].source);
  const misses = hits.map((s) => edited(s, rnd));
  const fresh = Array.from({length: 300}, () => novel(memory, rnd));
  const batches = Array.from({length: 100}, (_, b) =>
    Array.from({length: 50}, (_, k) => (k % 2 ? hits : misses)[(b * 50 + k) % hits.length]),
  );
  const prisma = db.prisma;
  // A few warm-up queries so that neither engine's first-query costs count.
  for (const s of hits.slice(0, 3)) await findFuzzy(prisma, 'id', 'en', s);
  console.log(await time('exact, 1 paragraph (hit)', hits.length, (i) => findExact(prisma, 'id', 'en', [hits[i]])));
  console.log(
    await time('exact, 1 paragraph (miss)', misses.length, (i) => findExact(prisma, 'id', 'en', [misses[i]])),
  );
  console.log(await time('exact, batch of 50', batches.length, (i) => findExact(prisma, 'id', 'en', batches[i])));
  // The draft preview's call (best match of at least 60%) and the default (top 3 of at least 50%).
  console.log(
    await time('fuzzy ≥60%, top 1 (near miss)', 300, (i) =>
      findFuzzy(prisma, 'id', 'en', misses[i], {limit: 1, minPercent: 60}),
    ),
  );
  console.log(
    await time('fuzzy ≥60%, top 1 (new text)', fresh.length, (i) =>
      findFuzzy(prisma, 'id', 'en', fresh[i], {limit: 1, minPercent: 60}),
    ),
  );
  console.log(await time('fuzzy ≥50%, top 3 (near miss)', 300, (i) => findFuzzy(prisma, 'id', 'en', misses[i])));
  const found: number[] = [];
  for (const s of misses.slice(0, 20))
    found.push((await findFuzzy(prisma, 'id', 'en', s, {limit: 1}))[0]?.percent ?? 0);
  found.sort((a, b) => a - b);
  console.log(
    `fuzzy best match of a one-word edit: median ${found[10]}%, lowest ${found[0]}%, none for ${found.filter((p) => !p).length} of ${found.length}`,
  );
  console.log(`(load average ${load()})`);
  if (args.baseline) await timeBaseline(prisma, misses, fresh);
}

/** The lookup before the size classes: one GIN index over every source and the % filter alone. */
async function timeBaseline(prisma: Database['prisma'], misses: string[], fresh: string[]): Promise<void> {
  await prisma.$executeRawUnsafe(
    'CREATE INDEX "MemoryEntry_source_all_idx" ON "MemoryEntry" USING GIN ("source" gin_trgm_ops)',
  );
  const old = (text: string, limit: number, minPercent: number) =>
    prisma.$transaction(
      [
        prisma.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(minPercent / 100)}, true)`,
        prisma.$queryRaw`SELECT source, target, similarity(source, ${text})::float8 AS score FROM "MemoryEntry"
      WHERE source % ${text} AND "sourceLang" = 'id'::"Lang" AND "targetLang" = 'en'::"Lang" ORDER BY score DESC, "createdAt" DESC LIMIT ${limit}`,
      ],
      {timeout: 60_000},
    );
  // Both designs answer alike: the same best matches with the same percentages.
  for (const text of misses.slice(0, 10)) {
    const [, rows] = await old(text, 3, 50);
    const before = (rows as {score: number}[]).map((r) => Math.round(r.score * 100));
    const now = (await findFuzzy(prisma, 'id', 'en', text)).map((m) => m.percent);
    if (JSON.stringify(before) !== JSON.stringify(now))
      console.log(`baseline and size classes differ for "${text.slice(0, 60)}…": ${before} vs ${now}`);
  }
  console.log(await time('baseline ≥60%, top 1 (near miss)', 300, (i) => old(misses[i], 1, 60)));
  console.log(await time('baseline ≥60%, top 1 (new text)', fresh.length, (i) => old(fresh[i], 1, 60)));
  console.log(await time('baseline ≥50%, top 3 (near miss)', 300, (i) => old(misses[i], 3, 50)));
  console.log(`(load average ${load()})`);
  await prisma.$executeRawUnsafe('DROP INDEX "MemoryEntry_source_all_idx"');
}

const memory = memoryOf(ENTRIES);
const lengths = memory.map((p) => p.source.length).sort((a, b) => a - b);
console.log(
  `memory of ${memory.length} Indonesian→English entries built from ${devDir}: source length p10 ${lengths[Math.floor(lengths.length * 0.1)]}, median ${lengths[Math.floor(lengths.length / 2)]}, p90 ${lengths[Math.floor(lengths.length * 0.9)]} characters`,
);

if (await postgresAvailable()) {
  const created = await createTestDatabase();
  const db = openDatabase({DATABASE_URL: created.url});
  try {
    await bench('PostgreSQL', db, memory);
  } finally {
    await db.close();
    await created.drop();
  }
} else {
  console.log('\nPostgreSQL: skipped (nothing answers at TEST_POSTGRES_URL)');
}

if (!args['skip-pglite']) {
  const embedded = openMemoryDatabase();
  try {
    await bench('PGlite (in memory)', embedded, memory);
  } finally {
    await embedded.close();
  }
}
