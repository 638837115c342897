// Finding what the translation memory holds for a source: exact matches by the hash of the
// normalised source, leaving out machine output, and fuzzy ones by pg_trgm similarity through
// partial GIN trigram indexes, one per source size (core/texts/memoryClasses.ts).
import {createHash} from 'node:crypto';
import {classesFor, similarCountRange} from '../../core/texts/memoryClasses';
import type {Lang} from '../../core/vocabulary';
import {Prisma, type PrismaClient} from '../generated/prisma/client';

export interface FuzzyMatch {
  source: string;
  target: string;
  /** 0–100, pg_trgm similarity as a percentage */
  percent: number;
  /** Where the entry came from: 'machine' and 'postedited' are not a person's translation. */
  origin: string;
}

export type MachineOrigin = 'machine' | 'postedited';
export const MACHINE_ORIGINS: MachineOrigin[] = ['machine', 'postedited'];

/** Whitespace runs become one space and Unicode is composed, so that re-typed text still matches. */
export function normaliseSource(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function hashSource(text: string): string {
  return createHash('md5').update(normaliseSource(text)).digest('hex');
}

/** The remembered translation of each source, or null; one query for the whole batch. */
export async function findExact(
  prisma: PrismaClient,
  from: Lang,
  to: Lang,
  sources: string[],
): Promise<(string | null)[]> {
  const hashes = sources.map(hashSource);
  const unique = [...new Set(hashes)];
  if (!unique.length) return [];
  const rows = await prisma.memoryEntry.findMany({
    where: {sourceLang: from, targetLang: to, sourceHash: {in: unique}, origin: {notIn: MACHINE_ORIGINS}},
    // Paragraph and sentence entries from confirmed links before TMX imports, then the newest.
    orderBy: [{origin: 'asc'}, {createdAt: 'desc'}],
    select: {sourceHash: true, target: true},
  });
  const best = new Map<string, string>();
  for (const row of rows) if (!best.has(row.sourceHash)) best.set(row.sourceHash, row.target);
  return hashes.map((h, i) => (sources[i].trim() ? (best.get(h) ?? null) : null));
}

/**
 * The closest remembered sources by trigram similarity, best first. `minPercent` becomes pg_trgm's
 * similarity threshold for the `%` operator. Only sources whose trigram count can reach it are
 * read, each size class through its own partial GIN index (core/texts/memoryClasses.ts).
 */
/** `excludeTextId` leaves out entries recorded from that text (the editor's panel asks about the text's own rows). */
export async function findFuzzy(
  prisma: PrismaClient,
  from: Lang,
  to: Lang,
  source: string,
  options: {limit?: number; minPercent?: number; excludeTextId?: string} = {},
): Promise<FuzzyMatch[]> {
  const text = normaliseSource(source);
  if (!text) return [];
  const limit = options.limit ?? 3;
  const threshold = (options.minPercent ?? 50) / 100;
  // set_config(…, true) lasts only for this transaction, so pooled connections keep their default.
  // The few index scans of a lookup are quicker than starting parallel workers for them.
  const rows = await prisma.$transaction(
    async (tx) => {
      const [{trigrams}] = await tx.$queryRaw<{trigrams: number}[]>`
      SELECT set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true), set_config('max_parallel_workers_per_gather', '0', true),
        cardinality(show_trgm(${text}))::int AS trigrams`;
      // Text without letters or digits has no trigrams and resembles nothing.
      if (!trigrams) return [];
      const range = similarCountRange(trigrams, threshold);
      // The class bounds are literals so that the planner can match each arm to its partial index.
      const arms = classesFor(range).map(
        (c) => Prisma.sql`
      SELECT source, target, origin, "createdAt" FROM "MemoryEntry"
      WHERE "sourceTrigrams" >= ${Prisma.raw(String(c.from))} ${c.to === null ? Prisma.empty : Prisma.raw(`AND "sourceTrigrams" < ${c.to}`)}
        AND source % ${text} AND "sourceTrigrams" BETWEEN ${Prisma.raw(String(range.min))} AND ${Prisma.raw(String(range.max))}
        AND "sourceLang" = ${from}::"Lang" AND "targetLang" = ${to}::"Lang"
        ${options.excludeTextId ? Prisma.sql`AND "textId" IS DISTINCT FROM ${options.excludeTextId}` : Prisma.empty}`,
      );
      if (!arms.length) return [];
      return tx.$queryRaw<{source: string; target: string; origin: string; score: number}[]>`
      SELECT source, target, origin, similarity(source, ${text})::float8 AS score
      FROM (${Prisma.join(arms, ' UNION ALL ')}) AS candidates
      ORDER BY score DESC, "createdAt" DESC, source
      LIMIT ${limit}`;
    },
    {timeout: 30_000, maxWait: 10_000},
  );
  return rows.map((r) => ({
    source: r.source,
    target: r.target,
    percent: Math.round(Number(r.score) * 100),
    origin: r.origin,
  }));
}
