'use server';

import {revalidatePath} from 'next/cache';
import {after} from 'next/server';
import {z} from 'zod';
import {changeForPage, type PageChange} from '@/core/alignmentChange';
import {redirect} from '@/i18n/navigation';
import {routing} from '@/i18n/routing';
import {alignForImport} from '@/server/aligner';
import {getCurrentUser} from '@/server/auth';
import {prisma} from '@/server/db';
import {applyEdit, redoEdit, restoreRevision, undoEdit, type EditResult} from '@/server/editor/operations';
import {EditInput, HistoryInput, RestoreInput} from '@/server/editor/requests';
import {getQueue} from '@/server/jobs';
import {log} from '@/server/log';
import {queueMemoryRecording} from '@/server/memoryQueue';

type Done = Extract<EditResult, {ok: true}>;
/** What the editor's page gets back: the change with the rows it replaced only counted (core/alignmentChange.ts). */
export type EditActionResult = Exclude<EditResult, Done> | (Omit<Done, 'change'> & {change: PageChange}) | {ok: false; error: 'invalidInput'};

function forPage(result: EditResult): EditActionResult {
  return result.ok ? {...result, change: changeForPage(result.change)} : result;
}

// Readers' pages are cached: a change to a published text (or to whether it is published) refreshes them.
function refreshReaders(result: EditResult, wasPublished: boolean): void {
  if (!result.ok || (result.status !== 'published' && !wasPublished)) return;
  for (const locale of routing.locales) {
    revalidatePath(`/${locale}/read/${result.slug}`);
    revalidatePath(`/${locale}`);
  }
}

export async function editText(input: unknown): Promise<EditActionResult> {
  const parsed = EditInput.safeParse(input);
  if (!parsed.success) return {ok: false, error: 'invalidInput'};
  const result = await applyEdit(prisma(), await getCurrentUser(), parsed.data, alignForImport);
  refreshReaders(result, result.ok && result.change.status?.from === 'published');
  rememberConfirmed(result, parsed.data.textId);
  return forPage(result);
}

// A confirmed pair of paragraphs is a translation worth remembering: a job records the text's
// confirmed rows once the editor has paused (server/memoryQueue.ts).
function rememberConfirmed(result: EditResult, textId: string): void {
  if (!result.ok || !result.change.links?.inserted.some((l) => l.status === 'confirmed')) return;
  after(() => getQueue().then((queue) => queueMemoryRecording(queue, textId)).catch((error: Error) => log.error('memory recording not queued', {textId, error: error.message})));
}

export async function undoLast(input: unknown): Promise<EditActionResult> {
  return walkHistory(input, undoEdit);
}

export async function redoNext(input: unknown): Promise<EditActionResult> {
  return walkHistory(input, redoEdit);
}

async function walkHistory(input: unknown, step: typeof undoEdit): Promise<EditActionResult> {
  const parsed = HistoryInput.safeParse(input);
  if (!parsed.success) return {ok: false, error: 'invalidInput'};
  const result = await step(prisma(), await getCurrentUser(), parsed.data);
  refreshReaders(result, result.ok && result.change.status?.from === 'published');
  rememberConfirmed(result, parsed.data.textId);
  return forPage(result);
}

export async function restoreTo(input: unknown): Promise<EditActionResult> {
  const parsed = RestoreInput.safeParse(input);
  if (!parsed.success) return {ok: false, error: 'invalidInput'};
  const result = await restoreRevision(prisma(), await getCurrentUser(), parsed.data);
  refreshReaders(result, true);
  rememberConfirmed(result, parsed.data.textId);
  return forPage(result);
}

const RestoreForm = z.object({
  locale: z.enum(routing.locales),
  slug: z.string().regex(/^[a-z0-9-]{1,200}$/),
  textId: z.string().min(1).max(64),
  revision: z.coerce.number().int().min(0).max(2 ** 31 - 1),
  number: z.coerce.number().int().min(0).max(2 ** 31 - 1),
});

/**
 * The history page's restore form. A module-level action with every value in the form, not a
 * closure over the page's slug: a closure's values travel encrypted as bound arguments, and a
 * tampered copy made the framework fail with a 500 before any code of ours could refuse it.
 */
export async function restoreFromHistory(form: unknown): Promise<EditActionResult> {
  if (!(form instanceof FormData)) return {ok: false, error: 'invalidInput'};
  const fields = [...form.entries()].filter(([, v]) => typeof v === 'string');
  const parsed = RestoreForm.safeParse(Object.fromEntries(fields));
  if (!parsed.success) return {ok: false, error: 'invalidInput'};
  const {locale, slug, ...input} = parsed.data;
  const result = await restoreTo(input);
  if (!result.ok) return result;
  return redirect({href: `/editor/${slug}`, locale});
}
