// Long work someone asked for (a learner's word list, an editor's re-align) as a row they can watch:
// the request stores the job and puts it on the queue, a worker (scripts/cli/worker.ts under
// `npm start`) runs it and records how far it has come, and /[locale]/jobs/[id] shows that until it
// ends. Every state lives in the database, so a reload, another instance or a restarted worker carries on.
import {Prisma, type BackgroundJobKind, type BackgroundJobStatus, type PrismaClient} from '../generated/prisma/client';
import {log} from './log';
import type {Queue} from './queue';

export interface JobView {
  id: string;
  kind: BackgroundJobKind;
  status: BackgroundJobStatus;
  done: number;
  total: number;
  result: Prisma.JsonValue | null;
  error: string | null;
  textId: string | null;
  createdAt: Date;
}

const viewSelect = {
  id: true,
  kind: true,
  status: true,
  done: true,
  total: true,
  result: true,
  error: true,
  textId: true,
  createdAt: true,
} as const;

const queueName = (kind: BackgroundJobKind) => `job-${kind}`;
const expiry: Record<BackgroundJobKind, number> = {knownWords: 120, realign: 300};

export type EnqueueResult = {ok: true; jobId: string} | {ok: false; error: 'busy'; jobId: string};

/**
 * Stores and queues a job. At most one of a kind runs per learner (known words) or per text (re-align),
 * kept by partial unique indexes: a second submission, even at the same instant, gets the first job back.
 */
export async function enqueueJob(
  prisma: PrismaClient,
  queue: Queue,
  job: {kind: BackgroundJobKind; userId: string; input: Prisma.InputJsonValue; total: number; textId?: string},
): Promise<EnqueueResult> {
  let id: string;
  try {
    ({id} = await prisma.backgroundJob.create({data: job, select: {id: true}}));
  } catch (error) {
    if ((error as {code?: unknown}).code !== 'P2002') throw error;
    const running = await prisma.backgroundJob.findFirst({
      where: {
        kind: job.kind,
        status: {in: ['queued', 'running']},
        ...(job.kind === 'realign' ? {textId: job.textId} : {userId: job.userId}),
      },
      select: {id: true},
    });
    if (!running) throw error;
    return {ok: false, error: 'busy', jobId: running.id};
  }
  await queue.createQueue(queueName(job.kind));
  // A worker killed mid-job leaves it active until it expires; then it is handed out again and
  // carries on. The limits are a few times what the largest job takes on a loaded machine.
  await queue.send(queueName(job.kind), {jobId: id}, {retryLimit: 2, retryDelay: 5, expireInSeconds: expiry[job.kind]});
  return {ok: true, jobId: id};
}

/** A job as the person who asked for it sees it; null for anyone else. */
export async function getJob(prisma: PrismaClient, userId: string, id: string): Promise<JobView | null> {
  return prisma.backgroundJob.findFirst({where: {id, userId}, select: viewSelect});
}

/** The person's job of this kind that has not ended, if any: pages show its progress. */
export async function getRunningJob(
  prisma: PrismaClient,
  userId: string,
  kind: BackgroundJobKind,
): Promise<JobView | null> {
  return prisma.backgroundJob.findFirst({
    where: {userId, kind, status: {in: ['queued', 'running']}},
    orderBy: {createdAt: 'desc'},
    select: viewSelect,
  });
}

export type Client = PrismaClient | Prisma.TransactionClient;

/** How far a job has come, and what it has to show so far (counts a retry goes on adding to). */
export async function recordProgress(
  client: Client,
  id: string,
  done: number,
  result?: Prisma.InputJsonValue,
): Promise<void> {
  await client.backgroundJob.update({where: {id}, data: {done, result}, select: {id: true}});
}

export interface RunningJob {
  id: string;
  userId: string;
  textId: string | null;
  input: Prisma.JsonValue;
  result: Prisma.JsonValue;
  /** Units recorded done by an earlier attempt: a retried job carries on from here. */
  done: number;
}

/** What a job's run ends with: a result for the progress page, or a message key of what went wrong. */
export type JobOutcome = {result: Prisma.InputJsonValue} | {error: string};

/**
 * Takes jobs of a kind from the queue. A job whose row is gone (its learner deleted their account) is
 * dropped; one that has ended (a retry of a run that got as far as recording it) is left alone; a
 * run that throws is retried by the queue, and marked failed after the last attempt.
 */
export async function startJobWorker(
  prisma: PrismaClient,
  queue: Queue,
  kind: BackgroundJobKind,
  run: (job: RunningJob) => Promise<JobOutcome>,
): Promise<string> {
  await queue.createQueue(queueName(kind));
  return queue.work<{jobId: string}>(
    queueName(kind),
    {batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 0.5},
    async ([message]) => {
      const id = message.data.jobId;
      const job = await prisma.backgroundJob.findUnique({
        where: {id},
        select: {id: true, userId: true, textId: true, input: true, result: true, done: true, status: true},
      });
      if (!job || job.status === 'done' || job.status === 'failed') return;
      await prisma.backgroundJob.update({where: {id}, data: {status: 'running'}, select: {id: true}});
      try {
        const outcome = await run(job);
        const ended =
          'result' in outcome
            ? {status: 'done' as const, result: outcome.result}
            : {status: 'failed' as const, error: outcome.error};
        // A run that outlived its expiry may have a twin: whichever ends first tells how it went.
        await prisma.backgroundJob.updateMany({
          where: {id, status: {in: ['queued', 'running']}},
          data: {...ended, input: Prisma.DbNull},
        });
        log.info('job finished', {kind, jobId: id, status: ended.status});
      } catch (error) {
        const retrying = message.retryCount < message.retryLimit;
        log.error('job failed', {kind, jobId: id, retrying, error: (error as Error).message});
        if (retrying) throw error;
        await prisma.backgroundJob.updateMany({
          where: {id, status: {in: ['queued', 'running']}},
          data: {status: 'failed', error: 'failed', input: Prisma.DbNull},
        });
      }
    },
  );
}
