'use client';

import type {ChapterWindow} from './useChapterWindow';

export interface ChapterBarLabels {
  /** "Chapter": the label of the chapter menu. */
  chapter: string;
  /** With {number} left in: "Chapter {number}" for a chapter without a heading. */
  untitled: string;
  /** With {page} and {pages} left in. */
  page: string;
  previousPage: string;
  nextPage: string;
  realign: string;
}

/** Moves the editor between chapters and pages of a long text, and re-aligns the chapter shown. */
export function ChapterBar({
  view,
  labels,
  disabled,
  onGo,
  onRealign,
}: {
  view: ChapterWindow;
  labels: ChapterBarLabels;
  disabled: boolean;
  /** Puts the cursor on a row: the window follows it. */
  onGo: (row: number) => void;
  onRealign: (from: number, to: number) => void;
}) {
  const {chapter, chapters, page} = view;
  if (!chapter || (chapters.length < 2 && chapter.pages.length < 2)) return null;
  const title = (c: (typeof chapters)[number]) =>
    `${c.number}. ${c.titles.id ?? c.titles.en ?? labels.untitled.replace('{number}', String(c.number))}`;
  return (
    <div className="chapter-bar">
      <label>
        {labels.chapter}{' '}
        <select value={chapter.number} onChange={(e) => onGo(chapters[Number(e.target.value) - 1].startRow)}>
          {chapters.map((c) => (
            <option key={c.number} value={c.number}>
              {title(c)}
            </option>
          ))}
        </select>
      </label>
      {chapter.pages.length > 1 && (
        <span className="chapter-pages">
          <button type="button" disabled={page <= 1} onClick={() => onGo(chapter.pages[page - 2])}>
            {labels.previousPage}
          </button>
          <span>{labels.page.replace('{page}', String(page)).replace('{pages}', String(chapter.pages.length))}</span>
          <button type="button" disabled={page >= chapter.pages.length} onClick={() => onGo(chapter.pages[page])}>
            {labels.nextPage}
          </button>
        </span>
      )}
      {chapters.length > 1 && (
        <button
          type="button"
          data-realign-chapter
          disabled={disabled}
          onClick={() => onRealign(chapter.startRow, chapter.endRow)}
        >
          {labels.realign}
        </button>
      )}
    </div>
  );
}
