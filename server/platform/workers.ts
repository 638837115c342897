// The process's job queue over the app's database, started on first use; the Next server (or the job
// worker process) starts the workers, mail's included, from instrumentation.ts. All job state lives in the database, never in this process.
import {getDatabase} from './db';
import {startDraftWorker} from '../drafts/draftWorker';
import {startTextImportWorker} from '../editor/importJob';
import {startRealignWorker} from '../editor/realignJob';
import {startKnownWordsWorker} from '../learning/knownWords';
import {log} from './log';
import {startMailWorker} from '../mail/mailQueue';
import {createMailTransport} from '../mail/transport';
import {startMemoryWorker} from '../memory/memoryWorker';
import {startQueue, type Queue} from './queue';
import {startModelTrainingWorker} from '../wordalign/trainingWorker';
import {startConcordanceWorker} from '../concordance/concordanceWorker';

const holder = globalThis as typeof globalThis & {selarasQueue?: Promise<Queue>};

export function getQueue(): Promise<Queue> {
  holder.selarasQueue ??= startQueue(getDatabase()).then((queue) => {
    queue.on('error', (error) => log.error('job queue error', {error: error.message}));
    return queue;
  });
  return holder.selarasQueue;
}

/** Starts taking draft jobs, including those queued or interrupted before this process started. */
export async function startWorkers(): Promise<void> {
  const queue = await getQueue();
  await startDraftWorker(getDatabase().prisma, queue);
  await startMemoryWorker(getDatabase().prisma, queue);
  await startTextImportWorker(getDatabase().prisma, queue, getDatabase().kind);
  await startKnownWordsWorker(getDatabase().prisma, queue);
  await startRealignWorker(getDatabase().prisma, queue);
  await startModelTrainingWorker(getDatabase().prisma, queue);
  await startConcordanceWorker(getDatabase().prisma, queue, getDatabase().kind);
  const mail = createMailTransport();
  await startMailWorker(queue, mail);
  log.info(
    'job workers started: drafts, memory, text imports, known words, re-align, word-aligner training, concordance, mail',
    {database: getDatabase().kind},
  );
  if (mail.kind === 'smtp') log.info('mail is sent through the SMTP server of SELARAS_SMTP_URL', {smtp: mail.where});
  else
    log.warn('SELARAS_SMTP_URL is not set: mail is not sent but kept in the outbox folder and this log', {
      outbox: mail.where,
    });
}
