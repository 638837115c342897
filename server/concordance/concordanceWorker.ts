// The concordance follows the library through the job queue: a change to a published text, a text
// published or withdrawn, a TMX import or a confirmed term asks for a refresh, which rebuilds only the
// sources whose stamp changed (refresh.ts). One request waits at a time, a few seconds after the change
// that asked, so an editor's burst of edits refreshes once.
import type {PrismaClient} from '../generated/prisma/client';
import {log} from '../platform/log';
import type {Queue} from '../platform/queue';
import type {Database} from '../platform/openDatabase';
import {refreshStatistics} from '../platform/statistics';
import {refreshConcordance} from './refresh';

export const CONCORDANCE_QUEUE = 'concordance-refresh';
const DELAY_SECONDS = 5;

const created = new WeakMap<Queue, Promise<unknown>>();

function concordanceQueue(queue: Queue): Promise<unknown> {
  let ready = created.get(queue);
  if (!ready) {
    ready = queue.createQueue(CONCORDANCE_QUEUE, {name: CONCORDANCE_QUEUE, policy: 'stately'});
    created.set(queue, ready);
    ready.catch(() => created.delete(queue));
  }
  return ready;
}

export async function queueConcordanceRefresh(queue: Queue, afterSeconds = DELAY_SECONDS): Promise<void> {
  await concordanceQueue(queue);
  await queue.send(
    CONCORDANCE_QUEUE,
    {},
    {singletonKey: 'library', startAfter: Math.max(1, afterSeconds), retryLimit: 2, retryDelay: 30},
  );
}

/** Pairs written in one refresh after which the embedded database's statistics are refreshed too. */
const MANY_PAIRS = 2_000;

export async function startConcordanceWorker(
  prisma: PrismaClient,
  queue: Queue,
  kind: Database['kind'] = 'postgres',
): Promise<string> {
  await concordanceQueue(queue);
  return queue.work(CONCORDANCE_QUEUE, {batchSize: 1}, async () => {
    const started = Date.now();
    const outcome = await refreshConcordance(prisma);
    log.info('concordance refreshed', {...outcome, ms: Date.now() - started});
    if (outcome.pairs + (outcome.memory ?? 0) >= MANY_PAIRS) await refreshStatistics(prisma, kind);
  });
}
