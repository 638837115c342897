// Chapters and pages of a long text, derived from its heading paragraphs and its alignment rows.
//
// Worked example: rows r0…r5 tile the Indonesian paragraphs 0…7; top-level headings (the smallest
// level the side uses) sit at paragraphs 0 and 5, inside rows r0 and r3. Chapters are then
// [r0, r3) and [r3, r6). Paragraphs before the first heading (a preface, a title page) become a
// chapter of their own without a heading, so that every row belongs to exactly one chapter.
import type {Lang} from '../vocabulary';

export interface RowSpan {
  idStart: number;
  idEnd: number;
  enStart: number;
  enEnd: number;
}
/** A heading paragraph: its place among its version's paragraphs (0-based), its level and its text. */
export interface HeadingRef {
  ordinal: number;
  level: number;
  title: string;
}
export interface Chapter {
  /** 1-based, as in the chapter's address. */
  number: number;
  /** The chapter's heading in each language that has one there; empty for the text before the first heading. */
  titles: Partial<Record<Lang, string>>;
  startRow: number;
  endRow: number;
  /** Row where each of the chapter's pages starts: pages[0] === startRow. */
  pages: number[];
}

/** At most this many paragraphs of one language on one page of the reader. */
export const PAGE_PARAGRAPHS = 150;
/**
 * At most this many characters of text (both languages) on one page: a page's HTML carries its text
 * twice (the markup and the React payload that hydrates it), so its size follows the characters, and
 * 14,000 keep a page of short or long paragraphs near 100 KB.
 */
export const PAGE_CHARACTERS = 14_000;
/** A text with fewer rows and fewer than two chapters keeps its single page. */
export const SINGLE_PAGE_ROWS = 400;

const LANGS: Lang[] = ['id', 'en'];
const span = (row: RowSpan, lang: Lang): [number, number] =>
  lang === 'id' ? [row.idStart, row.idEnd] : [row.enStart, row.enEnd];

/** The row holding paragraph `ordinal` of one language, by binary search over rows that tile it in order. */
export function rowOfParagraph(rows: RowSpan[], lang: Lang, ordinal: number): number | null {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = span(rows[mid], lang);
    // An empty run holds nothing: the paragraph lies left of its start or right of its end.
    if (ordinal < start) hi = mid - 1;
    else if (ordinal >= end) lo = mid + 1;
    else return mid;
  }
  return null;
}

/** Characters of each paragraph, per language, by the paragraph's place in its version. */
export type ParagraphLengths = Record<Lang, ArrayLike<number>>;

/**
 * Splits rows [start, end) into pages of at most `limit` paragraphs per language and `characters`
 * characters in all (when the lengths are known), each page at least one row.
 */
export function pageStarts(
  rows: RowSpan[],
  start: number,
  end: number,
  lengths?: ParagraphLengths,
  limit = PAGE_PARAGRAPHS,
  characters = PAGE_CHARACTERS,
): number[] {
  const starts = [start];
  let id = 0;
  let en = 0;
  let chars = 0;
  for (let r = start; r < end; r++) {
    const [idFrom, idTo] = span(rows[r], 'id');
    const [enFrom, enTo] = span(rows[r], 'en');
    let size = 0;
    if (lengths) {
      for (let p = idFrom; p < idTo; p++) size += lengths.id[p] ?? 0;
      for (let p = enFrom; p < enTo; p++) size += lengths.en[p] ?? 0;
    }
    if (r > starts.at(-1)! && (id + idTo - idFrom > limit || en + enTo - enFrom > limit || chars + size > characters)) {
      starts.push(r);
      id = 0;
      en = 0;
      chars = 0;
    }
    id += idTo - idFrom;
    en += enTo - enFrom;
    chars += size;
  }
  return starts;
}

/**
 * The chapters of a text. Top-level headings of the `primary` language start chapters (of the other
 * language when the primary has none), so a heading the translator added or dropped cannot cut a
 * chapter in two; each chapter is titled by the first heading of each language in its first row.
 */
export function deriveChapters(
  rows: RowSpan[],
  headings: Record<Lang, HeadingRef[]>,
  primary: Lang,
  lengths?: ParagraphLengths,
): Chapter[] {
  if (rows.length === 0) return [];
  const side = headings[primary].length ? primary : LANGS.find((l) => headings[l].length);
  const starts = new Set<number>([0]);
  if (side) {
    const top = Math.min(...headings[side].map((h) => h.level));
    for (const h of headings[side]) {
      if (h.level !== top) continue;
      const row = rowOfParagraph(rows, side, h.ordinal);
      if (row !== null) starts.add(row);
    }
  }
  const sorted = [...starts].sort((a, b) => a - b);
  return sorted.map((startRow, k) => {
    const endRow = sorted[k + 1] ?? rows.length;
    const titles: Partial<Record<Lang, string>> = {};
    for (const lang of LANGS) {
      const [from, to] = span(rows[startRow], lang);
      const heading = headings[lang].find((h) => h.ordinal >= from && h.ordinal < to);
      if (heading) titles[lang] = heading.title;
    }
    return {number: k + 1, titles, startRow, endRow, pages: pageStarts(rows, startRow, endRow, lengths)};
  });
}

/** Whether the reader shows the text page by page rather than on one page. */
export function isPaged(chapters: Chapter[]): boolean {
  const rows = chapters.at(-1)?.endRow ?? 0;
  return chapters.length >= 2 || rows > SINGLE_PAGE_ROWS;
}

/** Where row `row` is read: its chapter and the 1-based page within it, or null past the end. */
export function locateRow(chapters: Chapter[], row: number): {chapter: Chapter; page: number} | null {
  const chapter = chapters.find((c) => row >= c.startRow && row < c.endRow);
  if (!chapter) return null;
  const page = chapter.pages.findLastIndex((start) => start <= row) + 1;
  return {chapter, page};
}

/** The rows [start, end) of page `page` (1-based) of a chapter, or null when there is no such page. */
export function pageRows(chapter: Chapter, page: number): {start: number; end: number} | null {
  if (!Number.isInteger(page) || page < 1 || page > chapter.pages.length) return null;
  return {start: chapter.pages[page - 1], end: chapter.pages[page] ?? chapter.endRow};
}
