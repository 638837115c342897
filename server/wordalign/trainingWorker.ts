// The corpus model is retrained in the background when the library's human translations grow (confirmed
// rows recorded in the translation memory): at most one training waits at a time, a few minutes after
// the change that asked for it, so a burst of confirmations trains once.
import type {PrismaClient} from '../generated/prisma/client';
import {log} from '../platform/log';
import {statelyQueue, type Queue} from '../platform/queue';
import {trainCorpusModel} from './corpusModel';

export const TRAINING_QUEUE = 'wordalign-train';
export const TRAINING_DELAY_SECONDS = 300;

/** Asks for a training; a request already waiting covers this one. */
export async function queueModelTraining(queue: Queue, afterSeconds = TRAINING_DELAY_SECONDS): Promise<void> {
  await statelyQueue(queue, TRAINING_QUEUE);
  await queue.send(
    TRAINING_QUEUE,
    {},
    {singletonKey: 'corpus', startAfter: Math.max(1, afterSeconds), retryLimit: 2, retryDelay: 60},
  );
}

export async function startModelTrainingWorker(prisma: PrismaClient, queue: Queue): Promise<string> {
  await statelyQueue(queue, TRAINING_QUEUE);
  return queue.work(TRAINING_QUEUE, {batchSize: 1}, async () => {
    const started = Date.now();
    const {sentences, digest} = await trainCorpusModel(prisma);
    log.info('word aligner model trained', {sentences, digest, ms: Date.now() - started});
  });
}
