'use server';

import {z} from 'zod';
import {requireRole} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import {getDraftJob, type DraftJobView} from '@/server/drafts/draftJobs';
import {requestMachineDraft, type DraftRequestResult} from '@/server/drafts/draftWorker';
import {getQueue} from '@/server/platform/workers';

const RequestInput = z.object({textId: z.string().min(1).max(64)});
const ProgressInput = z.object({jobId: z.string().min(1).max(64)});

export type DraftActionResult = DraftRequestResult | {ok: false; error: 'invalidInput' | 'forbidden'};

export async function requestDraft(input: unknown): Promise<DraftActionResult> {
  const parsed = RequestInput.safeParse(input);
  if (!parsed.success) return {ok: false, error: 'invalidInput'};
  if (!(await requireRole('editor'))) return {ok: false, error: 'forbidden'};
  return requestMachineDraft(prisma(), await getQueue(), parsed.data.textId);
}

/** The job's progress, polled by the editor's page while the draft is written. */
export async function getDraftProgress(input: unknown): Promise<DraftJobView | null> {
  const parsed = ProgressInput.safeParse(input);
  if (!parsed.success || !(await requireRole('editor'))) return null;
  return getDraftJob(prisma(), parsed.data.jobId);
}
