'use server';

import {revalidatePath} from 'next/cache';
import {after} from 'next/server';
import {routing} from '@/i18n/routing';
import {alignForImport} from '@/server/aligner';
import {getCurrentUser} from '@/server/auth';
import {prisma} from '@/server/db';
import {applyEdit, redoEdit, restoreRevision, undoEdit, type EditResult} from '@/server/editor/operations';
import {EditInput, HistoryInput, RestoreInput} from '@/server/editor/requests';
import {recordConfirmedLinks} from '@/server/memory';

export type EditActionResult = EditResult | {ok: false; error: 'invalidInput'};

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
  // A confirmed pair of paragraphs is a translation worth remembering: the rows this edit confirmed
  // are recorded after the response, so the editor's keystroke does not wait for the memory.
  const confirmed = result.ok ? result.change.links?.inserted.filter((l) => l.status === 'confirmed') : undefined;
  if (confirmed?.length) {
    const textId = parsed.data.textId;
    after(() => recordConfirmedLinks(prisma(), textId, confirmed));
  }
  return result;
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
  return result;
}

export async function restoreTo(input: unknown): Promise<EditActionResult> {
  const parsed = RestoreInput.safeParse(input);
  if (!parsed.success) return {ok: false, error: 'invalidInput'};
  const result = await restoreRevision(prisma(), await getCurrentUser(), parsed.data);
  refreshReaders(result, true);
  return result;
}
