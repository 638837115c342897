'use client';

// The word links and suspicious flags of the rows the editor shows: asked for once per page of rows
// and per revision (never per hover), and dropped as soon as the text changes, so that stale links
// never light up the wrong words.
import {useEffect, useState} from 'react';
import type {EditorRowWords} from '@/server/editor/rowWords';

/** The rows' words, or a refusal (the action's own, or the boundary's). */
export type LoadRowWords = (input: unknown) => Promise<{ok: true; rows: EditorRowWords[]} | {ok: false; error: string}>;

export function useRowWords(
  load: LoadRowWords | undefined,
  textId: string,
  start: number,
  end: number,
  revision: number,
): ReadonlyMap<number, EditorRowWords> {
  const [rows, setRows] = useState<ReadonlyMap<number, EditorRowWords>>(new Map());
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new revision means new rows to ask for.
  useEffect(() => {
    setRows(new Map());
    if (!load || end <= start) return;
    let live = true;
    load({textId, from: start, to: end})
      .then((result) => {
        if (live && result.ok) setRows(new Map(result.rows.map((row, k) => [start + k, row])));
      })
      .catch(() => live && setRows(new Map()));
    return () => {
      live = false;
    };
  }, [load, textId, start, end, revision]);
  return rows;
}
