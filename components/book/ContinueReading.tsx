'use client';

import {useEffect, useState} from 'react';
import {readLocalPlace} from './readingPlace';

/**
 * "Continue at chapter 7" on a book's contents: the place saved in the reader's account when they are
 * signed in, else the one this browser kept. Also sends an old link to a row (`#r123`) to its page.
 */
export function ContinueReading({
  slug,
  locale,
  chapterStarts,
  label,
}: {
  slug: string;
  locale: string;
  /** First row of each chapter, in order: chapter n starts at chapterStarts[n - 1]. */
  chapterStarts: number[];
  /** With {number} left in. */
  label: string;
}) {
  const [row, setRow] = useState<number | null>(null);
  useEffect(() => {
    const target = /^#r(\d+)$/.exec(window.location.hash);
    if (target) {
      window.location.replace(`/${locale}/read/${slug}/row/${target[1]}`);
      return;
    }
    setRow(readLocalPlace(slug));
    let live = true;
    void fetch(`/api/reading/${encodeURIComponent(slug)}`, {cache: 'no-store'})
      .then((response) => (response.ok ? (response.json() as Promise<{signedIn: boolean; row: number | null}>) : null))
      .then((saved) => {
        if (live && saved?.signedIn && saved.row !== null) setRow(saved.row);
      });
    return () => {
      live = false;
    };
  }, [slug, locale]);
  if (row === null) return null;
  const chapter = chapterStarts.findLastIndex((start) => start <= row) + 1;
  if (chapter < 1) return null;
  return (
    <p className="book-continue">
      <a href={`/${locale}/read/${slug}/row/${row}`}>{label.replace('{number}', String(chapter))}</a>
    </p>
  );
}
