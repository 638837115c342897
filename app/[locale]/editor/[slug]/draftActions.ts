'use server';

import {z} from 'zod';
import {getDraftJob} from '@/server/drafts/draftJobs';
import {requestMachineDraft} from '@/server/drafts/draftWorker';
import {action} from '@/server/platform/action';
import {prisma} from '@/server/platform/db';
import {getQueue} from '@/server/platform/workers';

const RequestInput = z.object({textId: z.string().min(1).max(64)});
const ProgressInput = z.object({jobId: z.string().min(1).max(64)});

export const requestDraft = action({role: 'editor', input: RequestInput}, async ({textId}) =>
  requestMachineDraft(prisma(), await getQueue(), textId),
);

export type DraftActionResult = Awaited<ReturnType<typeof requestDraft>>;

/** The job's progress, polled by the editor's page while the draft is written; null when refused. */
export const getDraftProgress = action({role: 'editor', input: ProgressInput, refuse: () => null}, async ({jobId}) =>
  getDraftJob(prisma(), jobId),
);
