// Size classes of translation-memory sources, by their count of distinct pg_trgm trigrams. Each class
// has its own partial GIN index (prisma/migrations/20261127120000_memory_fuzzy_by_length), so that a
// fuzzy lookup reads only the posting lists of sources that could be similar enough.
//
// pg_trgm's similarity is shared / (a + b - shared) for a query of a trigrams and a source of b, and
// shared ≤ min(a, b): a similarity of at least t needs t·a ≤ b ≤ a / t.

/** Lower bounds of the classes; the last class is open-ended. The migration's index predicates use exactly these. */
export const TRIGRAM_CLASS_STARTS = [0, 16, 23, 32, 45, 64, 91, 128, 181, 256, 362, 512, 724] as const;

export interface TrigramClass {
  from: number /** exclusive; null for the open-ended last class */;
  to: number | null;
}

export const TRIGRAM_CLASSES: TrigramClass[] = TRIGRAM_CLASS_STARTS.map((from, i) => ({
  from,
  to: TRIGRAM_CLASS_STARTS[i + 1] ?? null,
}));

/**
 * The source trigram counts that can reach `threshold` (0–1) against a query of `queryTrigrams`.
 * One count of slack on each side absorbs pg_trgm's single-precision arithmetic.
 */
export function similarCountRange(queryTrigrams: number, threshold: number): {min: number; max: number} {
  if (threshold <= 0) return {min: 0, max: Number.MAX_SAFE_INTEGER};
  return {min: Math.max(0, Math.floor(queryTrigrams * threshold) - 1), max: Math.ceil(queryTrigrams / threshold) + 1};
}

/** The classes whose sources can be similar enough to the query: usually three to five of the thirteen. */
export function classesFor(range: {min: number; max: number}): TrigramClass[] {
  return TRIGRAM_CLASSES.filter((c) => (c.to === null || c.to > range.min) && c.from <= range.max);
}
