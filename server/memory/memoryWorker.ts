// Confirmed rows join the translation memory through the job queue, once the editor has left the text
// alone for a few seconds. Confirming a thousand rows at once means a second or more of sentence
// alignment and index writes; done straight after the response, on the embedded database's one
// connection, it made the editor's next keystrokes wait. The job records what is confirmed when it
// runs, so a confirm the editor undid in the meantime records nothing, and a queued job survives a
// restart. One job waits per text however many rows are confirmed (pg-boss "stately" queue).
import type {PrismaClient} from '../generated/prisma/client';
import {log} from '../platform/log';
import {recordConfirmedLinks} from './translationMemory';
import {statelyQueue, type Queue} from '../platform/queue';
import {queueModelTraining} from '../wordalign/trainingWorker';

export const MEMORY_QUEUE = 'memory-record';
/** How long a text must have gone unedited before its confirmed rows are recorded. */
export const QUIET_SECONDS = 5;

interface MemoryMessage {
  textId: string;
}

/** Asks for the text's confirmed rows to be recorded once it has been quiet; a request already waiting covers this one. */
export async function queueMemoryRecording(queue: Queue, textId: string, afterSeconds = QUIET_SECONDS): Promise<void> {
  await statelyQueue(queue, MEMORY_QUEUE);
  await queue.send(MEMORY_QUEUE, {textId} satisfies MemoryMessage, {
    singletonKey: textId,
    startAfter: Math.max(1, Math.ceil(afterSeconds)),
    retryLimit: 3,
    retryDelay: 30,
  });
}

export type MemoryJobOutcome =
  | {kind: 'recorded'; paragraphs: number; sentences: number}
  | {kind: 'postponed'; seconds: number}
  | {kind: 'gone'};

/** One job: records the text's confirmed rows, or, if the text was edited within `quietSeconds`, asks again later. */
export async function runMemoryJob(
  prisma: PrismaClient,
  queue: Queue,
  textId: string,
  quietSeconds = QUIET_SECONDS,
): Promise<MemoryJobOutcome> {
  const [text] = await prisma.$queryRaw<
    {quiet: number}[]
  >`SELECT extract(epoch FROM now() - "updatedAt")::float8 AS quiet FROM "Text" WHERE id = ${textId}`;
  if (!text) return {kind: 'gone'};
  if (text.quiet < quietSeconds) {
    const seconds = quietSeconds - text.quiet;
    await queueMemoryRecording(queue, textId, seconds);
    return {kind: 'postponed', seconds};
  }
  return {kind: 'recorded', ...(await recordConfirmedLinks(prisma, textId))};
}

/** Takes memory jobs from the queue, one at a time per process. */
export async function startMemoryWorker(
  prisma: PrismaClient,
  queue: Queue,
  quietSeconds = QUIET_SECONDS,
): Promise<string> {
  await statelyQueue(queue, MEMORY_QUEUE);
  return queue.work<MemoryMessage>(MEMORY_QUEUE, {batchSize: 1}, async ([job]) => {
    const outcome = await runMemoryJob(prisma, queue, job.data.textId, quietSeconds);
    if (outcome.kind === 'recorded') {
      log.info('confirmed rows recorded in the translation memory', {
        textId: job.data.textId,
        paragraphs: outcome.paragraphs,
        sentences: outcome.sentences,
      });
      // New human pairs teach the word aligner's corpus model.
      if (outcome.sentences > 0) await queueModelTraining(queue);
    }
  });
}
