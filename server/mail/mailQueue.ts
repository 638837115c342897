// Mail as jobs: a request puts the mail on the queue (a row in the database) and answers at once; the
// mail worker hands it to the transport. A mail server that is down or refuses fails the attempt, and
// pg-boss tries again later, with growing pauses, for 8 to 17 hours (a link works for 24), so no request
// waits for it or fails because of it.
import {log} from '../platform/log';
import type {Queue} from '../platform/queue';
import type {Mail, MailTransport} from './transport';

export const MAIL_QUEUE = 'mail';

// pg-boss waits 30 s × 2^n, up to twice that (jitter), before retry n + 1: the 10th and last retry
// comes 8.5 to 17 hours after the first attempt.
const retries = {retryLimit: 10, retryDelay: 30, retryBackoff: true, expireInSeconds: 120} as const;

const created = new WeakMap<Queue, Promise<void>>();

function ensureQueue(queue: Queue): Promise<void> {
  let ready = created.get(queue);
  if (!ready) {
    ready = queue.createQueue(MAIL_QUEUE);
    created.set(queue, ready);
  }
  return ready;
}

/** `pauses` shortens the wait between attempts (tests). */
export async function queueMail(
  queue: Queue,
  mail: Mail,
  pauses: {retryDelay: number; retryBackoff: boolean} = retries,
): Promise<void> {
  await ensureQueue(queue);
  await queue.send(MAIL_QUEUE, mail, {...retries, ...pauses});
}

/** Takes mail off the queue, including mail queued while no worker ran. */
export async function startMailWorker(
  queue: Queue,
  transport: MailTransport,
  options: {pollingIntervalSeconds?: number} = {},
): Promise<string> {
  await ensureQueue(queue);
  return queue.work<Mail>(
    MAIL_QUEUE,
    {batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1},
    async ([job]) => {
      try {
        await transport.send(job.data);
        log.info('mail sent', {to: job.data.to, transport: transport.kind, attempt: job.retryCount + 1});
      } catch (error) {
        const retrying = job.retryCount < job.retryLimit;
        log.error('mail not sent', {
          to: job.data.to,
          transport: transport.kind,
          attempt: job.retryCount + 1,
          retrying,
          error: (error as Error).message,
        });
        throw error;
      }
    },
  );
}
