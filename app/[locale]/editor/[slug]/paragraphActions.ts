'use server';

import {z} from 'zod';
import {MAX_CHUNK_PARAGRAPHS, type ParagraphChunk} from '@/core/editing/partialDoc';
import {action} from '@/server/platform/action';
import {prisma} from '@/server/platform/db';
import {type EditorOutline, getEditorOutline, readEditorParagraphs} from '@/server/editor/outline';

const Range = z
  .tuple([z.number().int().min(0).max(10_000_000), z.number().int().min(0).max(10_000_000)])
  .refine(([from, to]) => to >= from && to - from <= MAX_CHUNK_PARAGRAPHS);
const ParagraphsInput = z.object({
  textId: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[\w-]+$/),
  revision: z.number().int().min(0),
  id: Range,
  en: Range,
});

export type ParagraphsResult =
  | {ok: true; chunk: ParagraphChunk}
  /** The text changed since the page's revision: its outline now, from which the page starts again. */
  | {ok: false; error: 'stale'; current: EditorOutline}
  | {ok: false; error: 'notFound'};

/** The paragraphs of a chapter the editor enters, as they are at the revision the page holds. */
export const getParagraphsAction = action(
  {role: 'editor', input: ParagraphsInput},
  async ({textId, revision, id, en}): Promise<ParagraphsResult> => {
    const chunk = await readEditorParagraphs(prisma(), textId, revision, {id, en});
    if (chunk === null) return {ok: false, error: 'notFound'};
    if (chunk !== 'stale') return {ok: true, chunk};
    const current = await getEditorOutline(prisma(), {id: textId});
    return current ? {ok: false, error: 'stale', current} : {ok: false, error: 'notFound'};
  },
);
