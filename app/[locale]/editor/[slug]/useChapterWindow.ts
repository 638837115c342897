'use client';

import {useEffect, useMemo, useRef} from 'react';
import type {LinkState} from '@/core/vocabulary';
import {editorChapters, type EditorWindow, windowAt} from '@/core/editing/editorWindow';
import {clip, missingParagraphs, type ParagraphRanges, type PartialDoc} from '@/core/editing/partialDoc';

export type ChapterWindow = EditorWindow;

/**
 * The rows the editor renders: the page of the chapter that holds the cursor (core/editing/editorWindow.ts),
 * so that a 10,000-paragraph text costs what one chapter costs while every operation still addresses
 * the whole text's rows. When the cursor enters a chapter whose paragraphs the page lacks, they are
 * asked for once per revision; `loading` says some are still on their way.
 */
export function useChapterWindow(
  doc: PartialDoc,
  rows: LinkState[],
  row: number,
  revision: number,
  load: (ranges: ParagraphRanges) => Promise<void>,
): ChapterWindow & {loading: boolean} {
  const chapters = useMemo(() => editorChapters(rows, doc.paragraphs), [doc.paragraphs, rows]);
  const view = windowAt(chapters, rows, row);
  const {start, end} = view.load;
  const missing = useMemo(() => {
    const ranges = missingParagraphs(doc, rows, start, end);
    return ranges && clip(ranges);
  }, [doc, rows, start, end]);
  const asked = useRef<string | null>(null);
  const key = missing && `${revision}:${missing.id.join('-')}:${missing.en.join('-')}`;
  useEffect(() => {
    if (!missing || !key || asked.current === key) return;
    asked.current = key;
    load(missing).catch(() => {
      // Asked again when the cursor moves to another page.
      if (asked.current === key) asked.current = null;
    });
  }, [missing, key, load]);
  return {...view, loading: missing !== null};
}
