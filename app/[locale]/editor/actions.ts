'use server';

import {revalidatePath} from 'next/cache';
import {after} from 'next/server';
import {changeForPage, type PageChange} from '@/core/editing/alignmentChange';
import {routing} from '@/i18n/routing';
import {alignForImport} from '@/server/texts/aligner';
import {getCurrentUser} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import type {EditResult} from '@/server/editor/editTransaction';
import {redoEdit, restoreRevision, undoEdit} from '@/server/editor/history';
import {applyEdit} from '@/server/editor/operations';
import {EditInput, HistoryInput, RestoreInput} from '@/server/editor/requests';
import {getQueue} from '@/server/platform/workers';
import {log} from '@/server/platform/log';
import {queueMemoryRecording} from '@/server/memory/memoryWorker';

type Done = Extract<EditResult, {ok: true}>;
/** What the editor's page gets back: the change with the rows it replaced only counted (core/editing/alignmentChange.ts). */
export type EditActionResult =
  | Exclude<EditResult, Done>
  | (Omit<Done, 'change'> & {change: PageChange})
  | {ok: false; error: 'invalidInput'};

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
// confirmed rows once the editor has paused (server/memory/memoryWorker.ts).
function rememberConfirmed(result: EditResult, textId: string): void {
  if (!result.ok || !result.change.links?.inserted.some((l) => l.status === 'confirmed')) return;
  after(() =>
    getQueue()
      .then((queue) => queueMemoryRecording(queue, textId))
      .catch((error: Error) => log.error('memory recording not queued', {textId, error: error.message})),
  );
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
