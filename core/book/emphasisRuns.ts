// Inline emphasis stored as ranges over a paragraph's text ([[from, to, "em" | "strong"], …], UTF-16
// offsets), cut into runs that the reader renders as elements: text from a file never becomes HTML.
//
// Example: "a big dog" with [[2, 5, "strong"], [2, 9, "em"]] gives runs
// "a " {}, "big" {em, strong}, " dog" {em}.

export type MarkKind = 'em' | 'strong';
export type Mark = [from: number, to: number, kind: MarkKind];
export interface Run {
  start: number;
  end: number;
  em: boolean;
  strong: boolean;
}

/** Reads stored marks, keeping only well-formed ranges inside the body; anything else is dropped. */
export function parseMarks(value: unknown, length: number): Mark[] {
  if (!Array.isArray(value)) return [];
  const marks: Mark[] = [];
  for (const m of value) {
    if (!Array.isArray(m) || m.length !== 3) continue;
    const [from, to, kind] = m as unknown[];
    if (!Number.isInteger(from) || !Number.isInteger(to) || (kind !== 'em' && kind !== 'strong')) continue;
    const a = Math.max(0, from as number);
    const b = Math.min(length, to as number);
    if (a < b) marks.push([a, b, kind]);
  }
  return marks;
}

/**
 * Runs of [start, end) cut at every mark edge and at every extra `cuts` offset (sentence edges, so
 * that a sentence span can hold its runs), each with the emphasis that covers it.
 */
export function markRuns(start: number, end: number, marks: Mark[], cuts: number[] = []): Run[] {
  const edges = new Set<number>([start, end]);
  for (const [from, to] of marks) {
    if (from > start && from < end) edges.add(from);
    if (to > start && to < end) edges.add(to);
  }
  for (const c of cuts) if (c > start && c < end) edges.add(c);
  const sorted = [...edges].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [a, b] = [sorted[k], sorted[k + 1]];
    const covers = (kind: MarkKind) => marks.some(([from, to, m]) => m === kind && from <= a && to >= b);
    runs.push({start: a, end: b, em: covers('em'), strong: covers('strong')});
  }
  return runs;
}
