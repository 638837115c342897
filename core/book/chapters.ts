// Chapters anchor the paragraph alignment of a book. Worked example: Indonesian chapters "Bab 1",
// "Bab 2", "Bab 3" against English "Chapter 1", "Chapter 3" (the translation left chapter 2 out).
// The chapters are matched first, like letters in an edit distance: 1↔1 and 3↔3 score high (same
// number, similar length), 2↔3 scores low (numbers differ), so chapter 2 stays alone. Each matched
// pair is then aligned on its own by the paragraph aligner, headings linked to each other, and the
// lone chapter becomes unlinked rows: a mistake inside one chapter cannot spread into the next.
import type {ScoredRun} from '../vocabulary';
import type {Block} from './blocks';

type Run = ScoredRun;
export type ParagraphAligner = (id: string[], en: string[]) => Run[] | Promise<Run[]>;

export interface Chapter {
  start: number;
  end: number;
  /** The number in the heading (12, XII), or null. */
  number: number | null;
  chars: number;
}

const ROMAN: Record<string, number> = {i: 1, v: 5, x: 10, l: 50, c: 100};

function romanValue(word: string): number | null {
  if (!/^[ivxlc]+$/i.test(word)) return null;
  let total = 0;
  const s = word.toLowerCase();
  for (let k = 0; k < s.length; k++) {
    const v = ROMAN[s[k]!]!;
    const next = ROMAN[s[k + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

export function headingNumber(text: string): number | null {
  const digits = /\d+/.exec(text);
  if (digits) return Number(digits[0]);
  for (const word of text.split(/[\s.:—–-]+/)) {
    const roman = word.length <= 7 ? romanValue(word) : null;
    if (roman) return roman;
  }
  return null;
}

/**
 * Chapters start at headings of the chapter level: the highest level used at least twice (a book
 * title above its chapters is used once), and at any heading above it. Text before the first
 * heading is a chapter of its own.
 */
export function splitChapters(blocks: readonly Block[]): Chapter[] {
  const counts = new Map<number, number>();
  for (const b of blocks) if (b.kind === 'heading') counts.set(b.level ?? 1, (counts.get(b.level ?? 1) ?? 0) + 1);
  const repeated = [...counts].filter(([, n]) => n >= 2).map(([level]) => level);
  const level = repeated.length ? Math.min(...repeated) : Math.min(7, ...counts.keys());
  const starts = [0];
  blocks.forEach((b, k) => {
    if (k > 0 && b.kind === 'heading' && (b.level ?? 1) <= level) starts.push(k);
  });
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? blocks.length;
    const first = blocks[start];
    let chars = 0;
    for (let i = start; i < end; i++) chars += blocks[i]!.text.length;
    return {start, end, number: first?.kind === 'heading' ? headingNumber(first.text) : null, chars};
  });
}

function matchScore(a: Chapter, b: Chapter): number {
  const ratio = Math.abs(Math.log((a.chars + 50) / (b.chars + 50)));
  const numbers = a.number === null || b.number === null ? 0 : a.number === b.number ? 3 : -6;
  return 2 - 4 * ratio + numbers;
}

/** Matched chapter pairs in order (an edit-distance alignment that maximises the matches' scores). */
export function matchChapters(id: readonly Chapter[], en: readonly Chapter[]): [number, number][] {
  const rows = id.length + 1;
  const cols = en.length + 1;
  const best = new Float64Array(rows * cols);
  const move = new Uint8Array(rows * cols); // 0 match, 1 skip id, 2 skip en
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (!i && !j) continue;
      let value = -Infinity;
      let how = 0;
      if (i && j) value = best[(i - 1) * cols + j - 1]! + matchScore(id[i - 1]!, en[j - 1]!);
      if (i && best[(i - 1) * cols + j]! > value) [value, how] = [best[(i - 1) * cols + j]!, 1];
      if (j && best[i * cols + j - 1]! > value) [value, how] = [best[i * cols + j - 1]!, 2];
      best[i * cols + j] = value;
      move[i * cols + j] = how;
    }
  }
  const pairs: [number, number][] = [];
  for (let i = id.length, j = en.length; i || j; ) {
    const how = move[i * cols + j];
    if (i && j && how === 0) pairs.push([--i, --j]);
    else if (how === 1 || !j) i--;
    else j--;
  }
  return pairs.reverse();
}

const plain = (blocks: readonly Block[], from: number, to: number) =>
  blocks.slice(from, to).map((b) => b.text.replace(/\s+/g, ' '));
const range = (from: number, to: number) => Array.from({length: to - from}, (_, k) => from + k);

/**
 * Runs over both books, in order. Without chapters on both sides the whole text is aligned at once;
 * chapters in one language only are runs of one paragraph with no counterpart (score 0.5: unsure).
 */
export async function alignByChapters(
  id: readonly Block[],
  en: readonly Block[],
  align: ParagraphAligner,
): Promise<Run[]> {
  const idChapters = splitChapters(id);
  const enChapters = splitChapters(en);
  if (idChapters.length < 2 || enChapters.length < 2) return align(plain(id, 0, id.length), plain(en, 0, en.length));
  const runs: Run[] = [];
  const alone = (lang: 'id' | 'en', chapter: Chapter) => {
    for (const k of range(chapter.start, chapter.end))
      runs.push(lang === 'id' ? {id: [k], en: [], score: 0.5} : {id: [], en: [k], score: 0.5});
  };
  let nextId = 0;
  let nextEn = 0;
  for (const [i, j] of matchChapters(idChapters, enChapters)) {
    for (; nextId < i; nextId++) alone('id', idChapters[nextId]!);
    for (; nextEn < j; nextEn++) alone('en', enChapters[nextEn]!);
    const a = idChapters[i]!;
    const b = enChapters[j]!;
    let [idFrom, enFrom] = [a.start, b.start];
    if (id[a.start]?.kind === 'heading' && en[b.start]?.kind === 'heading') {
      runs.push({id: [a.start], en: [b.start], score: a.number !== null && a.number === b.number ? 0.99 : 0.9});
      [idFrom, enFrom] = [a.start + 1, b.start + 1];
    }
    if (idFrom >= a.end || enFrom >= b.end) {
      alone('id', {...a, start: idFrom});
      alone('en', {...b, start: enFrom});
    } else {
      const inner = await align(plain(id, idFrom, a.end), plain(en, enFrom, b.end));
      for (const run of inner)
        runs.push({...run, id: run.id.map((k) => k + idFrom), en: run.en.map((k) => k + enFrom)});
    }
    [nextId, nextEn] = [i + 1, j + 1];
  }
  for (; nextId < idChapters.length; nextId++) alone('id', idChapters[nextId]!);
  for (; nextEn < enChapters.length; nextEn++) alone('en', enChapters[nextEn]!);
  return runs;
}
