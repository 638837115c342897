// What the alignment editor shows of its rows' words: each row's links packed for hover highlighting
// (core/wordalign/packedLinks.ts), and whether its words mostly fail to align (core/wordalign/rowQuality.ts).
import {packRowLinks} from '../../core/wordalign/packedLinks';
import {rowQuality, rowTokenWords} from '../../core/wordalign/rowQuality';
import type {PrismaClient} from '../generated/prisma/client';
import {getRowWordLinks, getTextRows} from '../wordalign/store';

export interface EditorRowWords {
  /** packed word links ('' when none) */
  words: string;
  suspicious: boolean;
}

/** Rows shown at most per request: a page of the editor's chapter window. */
export const MAX_ROWS = 400;

/** The rows [from, to) of a text as stored now; null for an unknown text. */
export async function getEditorRowWords(
  prisma: PrismaClient,
  textId: string,
  from: number,
  to: number,
): Promise<EditorRowWords[] | null> {
  const rows = await getTextRows(prisma, textId, {from, to: Math.min(to, from + MAX_ROWS)});
  if (!rows) return null;
  const links = await getRowWordLinks(prisma, textId, rows);
  return rows.map((row, k) => {
    const linked = links[k]!;
    return {
      words: packRowLinks(row.id, row.en, linked),
      suspicious: rowQuality(linked, rowTokenWords(linked, row)).suspicious,
    };
  });
}
