// Translation-memory lookup latency on a memory of 100,000 entries, on a throwaway PostgreSQL
// database (when TEST_POSTGRES_URL answers) and on the embedded PGlite: exact lookups of one
// paragraph, exact lookups of a 50-paragraph batch, and fuzzy lookups, as p50 / p99.
//   npm run bench:memory [-- ENTRIES]
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {openDatabase, type Database} from '../server/database';
import {applyMigrations} from '../server/migrate';
import {addToMemory, findExact, findFuzzy, type MemoryPair} from '../server/memory';
import {createTestDatabase, postgresAvailable} from '../tests/helpers/postgres';

const ENTRIES = Number(process.argv[2] ?? 100_000);
const devDir = '/work/shared/align/dev';

/** The 1-1 links of the aligner's development set: real Indonesian–English pairs. */
function devPairs(): MemoryPair[] {
  const pairs: MemoryPair[] = [];
  for (const name of readdirSync(devDir)) {
    const read = (f: string) => readFileSync(path.join(devDir, name, f), 'utf8').split('\n');
    const id = read('ID.txt');
    const en = read('EN.txt');
    const gold = JSON.parse(readFileSync(path.join(devDir, name, 'gold.json'), 'utf8')) as {links: {id: number[]; en: number[]}[]};
    for (const link of gold.links) {
      if (link.id.length === 1 && link.en.length === 1 && id[link.id[0]]?.trim() && en[link.en[0]]?.trim()) pairs.push({source: id[link.id[0]], target: en[link.en[0]]});
    }
  }
  return pairs;
}

// A fixed-seed generator, so that every run measures the same memory.
function random(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32);
}

/** The real pairs, then joins of two or three of them, until the memory holds `count` distinct sources. */
function memoryOf(base: MemoryPair[], count: number): MemoryPair[] {
  const rnd = random(42);
  const pick = () => base[Math.floor(rnd() * base.length)];
  const seen = new Set(base.map((p) => p.source));
  const out = [...base];
  while (out.length < count) {
    const parts = Array.from({length: rnd() < 0.7 ? 2 : 3}, pick);
    const source = parts.map((p) => p.source).join(' ');
    if (seen.has(source)) continue;
    seen.add(source);
    out.push({source, target: parts.map((p) => p.target).join(' ')});
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

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(2);

async function time(label: string, runs: number, work: (i: number) => Promise<unknown>): Promise<string> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work(i);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return `${label.padEnd(28)} p50 ${percentile(ms, 50).padStart(7)} ms   p99 ${percentile(ms, 99).padStart(7)} ms   (${runs} lookups)`;
}

async function bench(name: string, db: Database, memory: MemoryPair[]): Promise<void> {
  await applyMigrations(db.adapter);
  const fillStart = performance.now();
  // Bulk loading is faster with the trigram index built once afterwards; lookups see the same index.
  await db.prisma.$executeRawUnsafe('DROP INDEX "MemoryEntry_source_trgm_idx"');
  await addToMemory(db.prisma, 'id', 'en', memory, 'tmx');
  await db.prisma.$executeRawUnsafe('CREATE INDEX "MemoryEntry_source_trgm_idx" ON "MemoryEntry" USING GIN ("source" gin_trgm_ops)');
  await db.prisma.$executeRawUnsafe('ANALYZE "MemoryEntry"');
  const entries = await db.prisma.memoryEntry.count();
  console.log(`\n${name}: ${entries} entries, filled in ${((performance.now() - fillStart) / 1000).toFixed(1)} s`);
  const rnd = random(7);
  const hits = Array.from({length: 500}, () => memory[Math.floor(rnd() * memory.length)].source);
  const misses = hits.map((s) => edited(s, rnd));
  const batches = Array.from({length: 100}, (_, b) => Array.from({length: 50}, (_, k) => (k % 2 ? hits : misses)[(b * 50 + k) % hits.length]));
  const prisma = db.prisma;
  // A few warm-up queries so that neither engine's first-query costs count.
  for (const s of hits.slice(0, 20)) await findFuzzy(prisma, 'id', 'en', s);
  console.log(await time('exact, 1 paragraph (hit)', hits.length, (i) => findExact(prisma, 'id', 'en', [hits[i]])));
  console.log(await time('exact, 1 paragraph (miss)', misses.length, (i) => findExact(prisma, 'id', 'en', [misses[i]])));
  console.log(await time('exact, batch of 50', batches.length, (i) => findExact(prisma, 'id', 'en', batches[i])));
  console.log(await time('fuzzy ≥50%, top 3', 300, (i) => findFuzzy(prisma, 'id', 'en', misses[i])));
  const found = await Promise.all(misses.slice(0, 50).map((s) => findFuzzy(prisma, 'id', 'en', s, {limit: 1})));
  const percents = found.map((f) => f[0]?.percent ?? 0).sort((a, b) => a - b);
  console.log(`fuzzy best match of a one-word edit: median ${percents[25]}%, lowest ${percents[0]}%`);
}

const memory = memoryOf(devPairs(), ENTRIES);
console.log(`memory of ${memory.length} Indonesian→English entries built from ${devDir}`);

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

const dir = mkdtempSync(path.join(tmpdir(), 'selaras-bench-memory-'));
const embedded = openDatabase({SELARAS_DATA_DIR: dir});
try {
  await bench('PGlite (embedded, on disk)', embedded, memory);
} finally {
  await embedded.close();
  rmSync(dir, {recursive: true, force: true});
}
