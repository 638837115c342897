import {useMemo} from 'react';
import type {AlignedDoc} from '@/core/editing/alignmentChange';
import type {Lang, LinkState} from '@/core/vocabulary';
import {deriveChapters, locateRow, type Chapter, type HeadingRef} from '@/core/book/readerPages';

export interface ChapterWindow {
  chapters: Chapter[];
  chapter: Chapter | null;
  /** 1-based page of the chapter. */
  page: number;
  /** The rows shown: [start, end). Every index stays the text's own, so operations need no translation. */
  start: number;
  end: number;
}

/**
 * The rows the editor renders: the page of the chapter that holds the cursor (as the reader pages a
 * book, at most 150 paragraphs a language), so that a 10,000-paragraph text costs what one chapter
 * costs while every operation still addresses the whole text's rows.
 */
export function useChapterWindow(doc: AlignedDoc, rows: LinkState[], row: number): ChapterWindow {
  const chapters = useMemo(() => {
    const headings: Record<Lang, HeadingRef[]> = {id: [], en: []};
    for (const side of ['id', 'en'] as const)
      doc.paragraphs[side].forEach((p, ordinal) => {
        if (p.heading) headings[side].push({ordinal, level: p.heading, title: p.body});
      });
    return deriveChapters(rows, headings, 'id');
  }, [doc.paragraphs, rows]);
  const found = locateRow(chapters, Math.min(row, rows.length - 1));
  if (!found) return {chapters, chapter: null, page: 1, start: 0, end: rows.length};
  const {chapter, page} = found;
  return {chapters, chapter, page, start: chapter.pages[page - 1], end: chapter.pages[page] ?? chapter.endRow};
}
