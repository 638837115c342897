// What the alignment editor shows and loads of a long text: the page of the chapter under the cursor
// (as the reader pages a book), and the paragraphs of that whole chapter, or of the page alone when
// the chapter is too long to send at once. Row numbers stay the whole text's everywhere.
import type {Lang, LinkState} from '../vocabulary';
import {type Chapter, deriveChapters, type HeadingRef, locateRow} from '../book/readerPages';
import {type PartialDoc, rowParagraphs} from './partialDoc';

/** A chapter with more paragraphs than this on a side is loaded a page at a time. */
export const CHAPTER_LOAD_PARAGRAPHS = 1000;

export interface EditorWindow {
  chapters: Chapter[];
  chapter: Chapter | null;
  /** 1-based page of the chapter. */
  page: number;
  /** The rows shown: [start, end). */
  start: number;
  end: number;
  /** The rows whose paragraphs the page holds while it shows these: [start, end). */
  load: {start: number; end: number};
}

type Doc = Pick<PartialDoc, 'links' | 'paragraphs'>;

/** A text in one language has no links yet: one row per paragraph, for reading and editing only. */
export function displayRows(doc: Doc): LinkState[] {
  if (doc.links.length) return doc.links;
  const side: Lang = doc.paragraphs.id.length ? 'id' : 'en';
  return doc.paragraphs[side].map((_, i) => ({
    idStart: side === 'id' ? i : 0,
    idEnd: side === 'id' ? i + 1 : 0,
    enStart: side === 'en' ? i : 0,
    enEnd: side === 'en' ? i + 1 : 0,
    score: 1,
    status: 'automatic',
  }));
}

/** Chapters start at the Indonesian top-level headings (a copy always holds every heading). */
export function editorChapters(rows: LinkState[], paragraphs: Doc['paragraphs']): Chapter[] {
  const headings: Record<Lang, HeadingRef[]> = {id: [], en: []};
  for (const side of ['id', 'en'] as const)
    paragraphs[side].forEach((p, ordinal) => {
      if (p?.heading) headings[side].push({ordinal, level: p.heading, title: p.body});
    });
  return deriveChapters(rows, headings, 'id');
}

export function windowAt(chapters: Chapter[], rows: LinkState[], row: number): EditorWindow {
  const found = locateRow(chapters, Math.min(row, rows.length - 1));
  if (!found) return {chapters, chapter: null, page: 1, start: 0, end: rows.length, load: {start: 0, end: rows.length}};
  const {chapter, page} = found;
  const start = chapter.pages[page - 1]!;
  const end = chapter.pages[page] ?? chapter.endRow;
  const spans = rowParagraphs(rows, chapter.startRow, chapter.endRow);
  const whole = (['id', 'en'] as const).every((l) => spans[l][1] - spans[l][0] <= CHAPTER_LOAD_PARAGRAPHS);
  return {
    chapters,
    chapter,
    page,
    start,
    end,
    load: whole ? {start: chapter.startRow, end: chapter.endRow} : {start, end},
  };
}
