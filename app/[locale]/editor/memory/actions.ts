'use server';

import type {Lang} from '@/core/vocabulary';
import {z} from 'zod';
import {getCurrentUser} from '@/server/accounts/currentUser';
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

/** The memory page's upload form. */
export async function uploadTmx(_previous: UploadState, form: unknown): Promise<UploadState> {
  if (!(form instanceof FormData)) return {ok: false, error: 'invalidInput'};
  const file = form.get('tmxFile');
  if (!(file instanceof File)) return {ok: false, error: 'empty'};
  return uploadTmxToMemory(prisma(), await getCurrentUser(), {
    name: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
}

const Direction = z.enum(['id-en', 'en-id']);
const Lookup = z.object({direction: Direction, source: z.string().trim().min(1).max(MAX_LOOKUP_CHARS)});

/** The memory page's trial box: type a sentence, see what the memory would offer for it. */
export async function tryLookup(_previous: LookupState, form: unknown): Promise<LookupState> {
  if (!(form instanceof FormData)) return {ok: false, error: 'invalidInput'};
  const parsed = Lookup.safeParse({direction: form.get('direction'), source: form.get('source')});
  if (!parsed.success) return {ok: false, error: 'invalidInput'};
  const [from, to] = parsed.data.direction.split('-') as [Lang, Lang];
  return {...(await lookupMemory(prisma(), await getCurrentUser(), {from, to, source: parsed.data.source})), from, to};
}

const Matches = z.object({
  textId: z.string().min(1).max(64).optional(),
  from: z.enum(['id', 'en']),
  to: z.enum(['id', 'en']),
  source: z.string().min(1).max(MAX_LOOKUP_CHARS),
});

/** The alignment editor's match panel: the closest memory entries for the focused row's source, from other texts. */
export async function findMemoryMatches(input: unknown): Promise<MemoryLookupResult> {
  const parsed = Matches.safeParse(input);
  if (!parsed.success) return {ok: false, error: 'invalidInput'};
  return lookupMemory(prisma(), await getCurrentUser(), parsed.data);
}
