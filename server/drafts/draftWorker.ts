// Machine drafts on the job queue: requesting one stores a DraftJob and enqueues its id; the worker
// runs it with the engine the environment names. pg-boss retries jobs whose engine was briefly
// unreachable, and jobs interrupted by a restart once they expire.
import {engineFromEnv} from '../../core/translate/config';
import type {RawEnv} from '../platform/env';
import {isRetryable, TranslationError, type TranslationEngine} from '../../core/translate/engine';
import type {PrismaClient} from '../generated/prisma/client';
import {createDraftJob, errorCode, fail, runDraftJob, type DraftJobView, type DraftRefusal} from './draftJobs';
import {log} from '../platform/log';
import type {Queue} from '../platform/queue';

export const DRAFT_QUEUE = 'machine-draft';
const RETRIES = 3;

interface DraftMessage {
  draftJobId: string;
}

export type DraftRequestResult =
  | {ok: true; job: DraftJobView}
  | {ok: false; error: DraftRefusal | 'badConfig' | 'badKey'};

/** The engine's name as configured, or the configuration error, checked before anything is queued. */
function configuredEngine(env: RawEnv): TranslationEngine | TranslationError {
  try {
    return engineFromEnv(env);
  } catch (error) {
    if (error instanceof TranslationError) return error;
    throw error;
  }
}

export async function requestMachineDraft(
  prisma: PrismaClient,
  queue: Queue,
  textId: string,
  env: RawEnv = process.env,
): Promise<DraftRequestResult> {
  const engine = configuredEngine(env);
  if (engine instanceof TranslationError) return {ok: false, error: engine.code === 'badKey' ? 'badKey' : 'badConfig'};
  const created = await createDraftJob(prisma, textId, engine.name);
  if (!created.ok) return created;
  if (created.created) {
    await queue.createQueue(DRAFT_QUEUE);
    // Long texts through a slow engine take a while: the job may run 20 s a paragraph before it counts as lost.
    const expireInSeconds = Math.min(24 * 3600, 600 + 20 * created.job.total);
    await queue.send(DRAFT_QUEUE, {draftJobId: created.job.id} satisfies DraftMessage, {
      retryLimit: RETRIES,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds,
    });
  }
  return {ok: true, job: created.job};
}

/** Takes draft jobs from the queue, one at a time per process. */
export async function startDraftWorker(
  prisma: PrismaClient,
  queue: Queue,
  engineFor: () => TranslationEngine = () => engineFromEnv(process.env),
): Promise<string> {
  await queue.createQueue(DRAFT_QUEUE);
  return queue.work<DraftMessage>(DRAFT_QUEUE, {batchSize: 1, includeMetadata: true}, async ([job]) => {
    const id = job.data.draftJobId;
    try {
      const result = await runDraftJob(prisma, id, engineFor());
      log.info('machine draft finished', {draftJobId: id, status: result?.status});
    } catch (error) {
      const retrying = error instanceof TranslationError && isRetryable(error) && job.retryCount < job.retryLimit;
      await fail(prisma, id, errorCode(error), retrying);
      log.error('machine draft failed', {draftJobId: id, retrying, error: (error as Error).message});
      // Thrown again so that pg-boss records the failure and, for passing troubles, tries later.
      if (retrying) throw error;
    }
  });
}
