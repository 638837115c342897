'use server';

import type {Lang} from '@/core/vocabulary';
import {z} from 'zod';
import {after} from 'next/server';
import {action, formAction} from '@/server/platform/action';
import {queueConcordanceRefresh} from '@/server/concordance/concordanceWorker';
import {log} from '@/server/platform/log';
import {getQueue} from '@/server/platform/workers';
import {prisma} from '@/server/platform/db';
import {
  lookupMemory,
  MAX_LOOKUP_CHARS,
  uploadTmxToMemory,
  type MemoryLookupResult,
  type TmxUploadResult,
} from '@/server/memory/editorMemory';

export type UploadState = TmxUploadResult | {ok: false; error: 'invalidInput'} | null;
export type LookupState = (MemoryLookupResult & {from: Lang; to: Lang}) | {ok: false; error: 'invalidInput'} | null;

const Upload = z.object({tmxFile: z.unknown()});

/** The memory page's upload form. */
export const uploadTmx = formAction(
  {role: 'editor', input: Upload, refuse: ({reason}): UploadState => ({ok: false, error: reason})},
  async ({tmxFile}, {user}): Promise<UploadState> => {
    if (!(tmxFile instanceof File)) return {ok: false, error: 'empty'};
    const result = await uploadTmxToMemory(prisma(), user, {
      name: tmxFile.name,
      bytes: new Uint8Array(await tmxFile.arrayBuffer()),
    });
    // Imported pairs join the concordance in the background.
    if (result.ok)
      after(() =>
        getQueue()
          .then((queue) => queueConcordanceRefresh(queue))
          .catch((error: Error) => log.error('concordance refresh not queued', {error: error.message})),
      );
    return result;
  },
);

const Direction = z.enum(['id-en', 'en-id']);
const Lookup = z.object({direction: Direction, source: z.string().trim().min(1).max(MAX_LOOKUP_CHARS)});
const sidesOf = (direction: z.output<typeof Direction>) => direction.split('-') as [Lang, Lang];

/** The memory page's trial box: type a sentence, see what the memory would offer for it. */
export const tryLookup = formAction(
  {
    role: 'editor',
    input: Lookup,
    refuse: (refusal): LookupState => {
      if (refusal.reason === 'invalidInput') return {ok: false, error: 'invalidInput'};
      const [from, to] = sidesOf(refusal.input.direction);
      return {ok: false, error: 'forbidden', from, to};
    },
  },
  async ({direction, source}, {user}): Promise<LookupState> => {
    const [from, to] = sidesOf(direction);
    return {...(await lookupMemory(prisma(), user, {from, to, source})), from, to};
  },
);

const Matches = z.object({
  textId: z.string().min(1).max(64).optional(),
  from: z.enum(['id', 'en']),
  to: z.enum(['id', 'en']),
  source: z.string().min(1).max(MAX_LOOKUP_CHARS),
});

/** The alignment editor's match panel: the closest memory entries for the focused row's source, from other texts. */
export const findMemoryMatches = action(
  {role: 'editor', input: Matches},
  async (input, {user}): Promise<MemoryLookupResult> => lookupMemory(prisma(), user, input),
);
