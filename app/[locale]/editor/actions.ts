'use server';

import {revalidatePath} from 'next/cache';
import {after} from 'next/server';
import type {z} from 'zod';
import {changeForPage, type PageChange} from '@/core/editing/alignmentChange';
import {routing} from '@/i18n/routing';
import {alignForImport} from '@/server/texts/aligner';
import type {CurrentUser} from '@/server/accounts/currentUser';
import {action, type Refused} from '@/server/platform/action';
import {prisma} from '@/server/platform/db';
import type {EditResult} from '@/server/editor/editTransaction';
import {redoEdit, restoreRevision, undoEdit} from '@/server/editor/history';
import {applyEdit} from '@/server/editor/operations';
import {routeRealign} from '@/server/editor/realignJob';
import {EditInput, HistoryInput, RestoreInput} from '@/server/editor/requests';
import {getQueue} from '@/server/platform/workers';
import {log} from '@/server/platform/log';
import {queueMemoryRecording} from '@/server/memory/memoryWorker';
import {queueConcordanceRefresh} from '@/server/concordance/concordanceWorker';

type Done = Extract<EditResult, {ok: true}>;
/** What the editor's page gets back: the change with the rows it replaced only counted (core/editing/alignmentChange.ts). */
export type EditActionResult =
  | Exclude<EditResult, Done>
  | (Omit<Done, 'change'> & {change: PageChange})
  | Refused<'editor'>
  | {ok: false; error: 'tooLong'}
  /** A long re-align runs as a job: the page opens its progress (/jobs/[id]). */
  | {ok: false; error: 'queued'; jobId: string};

function forPage(result: EditResult): EditActionResult {
  return result.ok ? {...result, change: changeForPage(result.change)} : result;
}

// Readers' pages are cached: a change to a published text (or to whether it is published) refreshes them.
function refreshReaders(result: EditResult, wasPublished: boolean): void {
  if (!result.ok || (result.status !== 'published' && !wasPublished)) return;
  const {slug} = result;
  const markStale = () => {
    for (const locale of routing.locales) {
      revalidatePath(`/${locale}/read/${slug}`);
      revalidatePath(`/${locale}`);
    }
    // A book's chapter pages and row addresses: every book's are marked stale at once (a literal path
    // with 'layout' does not reach the pages below it); each re-renders only when next visited.
    revalidatePath('/[locale]/read/[slug]/[chapter]', 'page');
    revalidatePath('/[locale]/read/[slug]/[chapter]/[page]', 'page');
    revalidatePath('/[locale]/read/[slug]/row/[row]', 'page');
  };
  // A revalidation inside the action sends the editor's whole page back, rendered again, with the
  // answer: 100 ms more per edit of a 10,000-paragraph book, for a page whose rows the answer's change
  // already updates. Only a change of status shows elsewhere on it (the reader link in its header);
  // any other edit marks the readers' pages stale just after the answer.
  if (result.change.status) markStale();
  else after(markStale);
  // The concordance shows published texts' sentences: it follows the change in the background.
  after(() =>
    getQueue()
      .then((queue) => queueConcordanceRefresh(queue))
      .catch((error: Error) => log.error('concordance refresh not queued', {error: error.message})),
  );
}

export const editText = action({role: 'editor', input: EditInput}, async (input, {user}): Promise<EditActionResult> => {
  // Re-aligning everything after the last confirmed row may be long: a job. A chapter's rows (the
  // chapter bar's) are aligned in the request, whatever the length of the rest of the text.
  if (input.request.kind === 'realign' && input.request.from === undefined) {
    const route = await routeRealign(prisma(), await getQueue(), user, input);
    if (!('inRequest' in route))
      return route.ok || route.error === 'busy' ? {ok: false, error: 'queued', jobId: route.jobId} : route;
  }
  const result = await applyEdit(prisma(), user, input, alignForImport);
  refreshReaders(result, result.ok && result.change.status?.from === 'published');
  rememberConfirmed(result, input.textId);
  return forPage(result);
});

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

export const undoLast = action({role: 'editor', input: HistoryInput}, async (input, {user}) =>
  walkHistory(input, user, undoEdit),
);

export const redoNext = action({role: 'editor', input: HistoryInput}, async (input, {user}) =>
  walkHistory(input, user, redoEdit),
);

async function walkHistory(
  input: z.output<typeof HistoryInput>,
  user: CurrentUser,
  step: typeof undoEdit,
): Promise<EditActionResult> {
  const result = await step(prisma(), user, input);
  refreshReaders(result, result.ok && result.change.status?.from === 'published');
  rememberConfirmed(result, input.textId);
  return forPage(result);
}

export const restoreTo = action({role: 'editor', input: RestoreInput}, async (input, {user}) => {
  const result = await restoreRevision(prisma(), user, input);
  refreshReaders(result, true);
  rememberConfirmed(result, input.textId);
  return forPage(result);
});
