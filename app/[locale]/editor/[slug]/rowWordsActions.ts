'use server';

import {z} from 'zod';
import {action} from '@/server/platform/action';
import {prisma} from '@/server/platform/db';
import {type EditorRowWords, getEditorRowWords, MAX_ROWS} from '@/server/editor/rowWords';

const RowsInput = z
  .object({
    textId: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[\w-]+$/),
    from: z.number().int().min(0).max(10_000_000),
    to: z.number().int().min(0).max(10_000_000),
  })
  .refine((r) => r.to >= r.from && r.to - r.from <= MAX_ROWS);

export type RowWordsResult = {ok: true; rows: EditorRowWords[]} | {ok: false; error: 'notFound'};

/** The word links and suspicious flags of the rows the editor shows, read once per page of rows and revision. */
export const getRowWordsAction = action(
  {role: 'editor', input: RowsInput},
  async ({textId, from, to}): Promise<RowWordsResult> => {
    const rows = await getEditorRowWords(prisma(), textId, from, to);
    return rows ? {ok: true, rows} : {ok: false, error: 'notFound'};
  },
);
