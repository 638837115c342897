// Text imports on the job queue: the form stores the submission and enqueues it; the worker parses,
// aligns (a long text in a child process, server/books/alignBook.ts) and stores the text in one
// transaction, recording each step so that the page can show how far it has come.
import {hasRole, type Actor} from '../../core/accounts/roles';
import type {Prisma, PrismaClient} from '../generated/prisma/client';
import {rowId, withLargeValues} from '../platform/largeValues';
import {log} from '../platform/log';
import type {Queue} from '../platform/queue';
import type {Database} from '../platform/openDatabase';
import {refreshStatistics} from '../platform/statistics';
import type {Block} from '../../core/book/blocks';
import {alignBook} from '../books/alignBook';
import {
  createImportedText,
  createTextFromTmx,
  paragraphsFromLong,
  type ImportMeta,
  type ImportResult,
  type StoreClaim,
} from './importText';

export const TEXT_IMPORT_QUEUE = 'text-import';

export interface ImportSubmission {
  meta: ImportMeta;
  id: string;
  en: string;
  tmx: string | null;
  /** Book files parsed by the form (core/book): their blocks, instead of the pasted id/en text. */
  blocks?: Partial<Record<'id' | 'en', Block[]>>;
}

export type ImportJobStatus = 'queued' | 'parsing' | 'aligning' | 'storing' | 'done' | 'failed';
export interface ImportJobView {
  id: string;
  status: ImportJobStatus;
  paragraphs: number;
  slug: string | null;
  error: string | null;
}

interface ImportMessage {
  importJobId: string;
}

export async function requestTextImport(
  prisma: PrismaClient,
  queue: Queue,
  actor: Actor | null,
  submission: ImportSubmission | SubmissionJson,
): Promise<{ok: true; jobId: string} | {ok: false; error: 'forbidden'}> {
  if (!hasRole(actor, 'editor')) return {ok: false, error: 'forbidden'};
  const jobId = await storeSubmission(prisma, actor.id, submission);
  await queue.createQueue(TEXT_IMPORT_QUEUE);
  await queue.send(TEXT_IMPORT_QUEUE, {importJobId: jobId} satisfies ImportMessage, {
    retryLimit: 2,
    retryDelay: 5,
    expireInSeconds: 15 * 60,
  });
  return {ok: true, jobId};
}

/** Characters per stored piece of a submission (TextImportChunk), at most. */
const PIECE = 256 * 1024;

/**
 * A submission as JSON text in parts: parsed book files go in as the parser's child printed their
 * blocks (server/books/parseOffThread.ts), which the form's request never parses or writes again.
 */
export interface SubmissionJson {
  json: string[];
}

export function bookSubmission(meta: ImportMeta, blocksJson: {id: string; en: string}): SubmissionJson {
  const head = JSON.stringify({meta, id: '', en: '', tmx: null} satisfies ImportSubmission).slice(0, -1);
  return {json: [head, ',"blocks":{"id":', blocksJson.id, ',"en":', blocksJson.en, '}}']};
}

/**
 * The parts' text cut into pieces of at most `size` characters. A piece never ends inside a surrogate
 * pair: each is stored as UTF-8, where half of a pair cannot be written (it became U+FFFD).
 */
export function* submissionPieces(parts: readonly string[], size = PIECE): Generator<string> {
  let piece = '';
  for (const part of parts) {
    let from = 0;
    while (from < part.length) {
      let to = Math.min(part.length, from + size - piece.length);
      const last = part.charCodeAt(to - 1);
      if (to > from && to < part.length && last >= 0xd800 && last <= 0xdbff) to--;
      piece += part.slice(from, to);
      from = to;
      // The piece is full (or one short, before a pair): the part goes on in the next one.
      if (from < part.length) {
        yield piece;
        piece = '';
      }
    }
  }
  if (piece) yield piece;
}

/**
 * Stores a submission as a queued job; its id. A book's submission is megabytes of JSON: one
 * JSON.stringify takes milliseconds, where Prisma's Json handling walked the value on the event loop
 * for 0.3–0.7 s (2 × 10,000 paragraphs, every other request waiting). It is written in pieces, which
 * do not grow the embedded database's memory as one value does, on the driver, where no debug history
 * keeps it (server/platform/largeValues.ts), in one transaction with the job.
 */
export async function storeSubmission(
  prisma: PrismaClient,
  userId: string,
  submission: ImportSubmission | SubmissionJson,
) {
  const id = rowId();
  const parts = 'json' in submission ? submission.json : [JSON.stringify(submission)];
  await withLargeValues(prisma, async (query) => {
    await query(`INSERT INTO "TextImportJob" (id, "createdById", "updatedAt") VALUES ($1, $2, now())`, [id, userId]);
    let index = 0;
    for (const piece of submissionPieces(parts))
      await query(`INSERT INTO "TextImportChunk" ("jobId", "index", "text") VALUES ($1, $2, $3)`, [id, index++, piece]);
  });
  return id;
}

/** The job's submission, read and parsed the same way; null once the job has ended. */
async function readSubmission(prisma: PrismaClient, id: string): Promise<ImportSubmission | null> {
  const pieces = await withLargeValues(prisma, (query) =>
    query<{text: string}>(`SELECT "text" FROM "TextImportChunk" WHERE "jobId" = $1 ORDER BY "index"`, [id]),
  );
  return pieces.length ? (JSON.parse(pieces.map((p) => p.text).join('')) as ImportSubmission) : null;
}

/** The job as its author (or an admin) may see it; null for anyone else. */
export async function getTextImportJob(
  prisma: PrismaClient,
  actor: Actor | null,
  id: string,
): Promise<ImportJobView | null> {
  if (!hasRole(actor, 'editor')) return null;
  const job = await prisma.textImportJob.findUnique({
    where: {id},
    select: {id: true, status: true, paragraphs: true, slug: true, error: true, createdById: true},
  });
  if (!job || (job.createdById !== actor.id && !hasRole(actor, 'admin'))) return null;
  const {createdById: _, ...view} = job;
  return {...view, status: view.status as ImportJobStatus};
}

async function step(prisma: PrismaClient, id: string, data: Prisma.TextImportJobUpdateInput): Promise<void> {
  await prisma.textImportJob.update({where: {id}, data, select: {id: true}});
}

/** Records the job's end and drops its submission. */
async function end(prisma: PrismaClient, id: string, data: {status: 'done'} | {status: 'failed'; error: string}) {
  await step(prisma, id, {...data, submission: {deleteMany: {}}});
}

class AlreadyStored extends Error {}

/** The job takes the text it stores, in the same transaction: a second store for the job rolls back. */
function claimFor(importJobId: string): StoreClaim {
  return async (query, {textId, slug}) => {
    const claimed = await query(
      `UPDATE "TextImportJob" SET "textId" = $2, slug = $3, "updatedAt" = now() WHERE id = $1 AND "textId" IS NULL RETURNING id`,
      [importJobId, textId, slug],
    );
    if (claimed.length !== 1) throw new AlreadyStored(importJobId);
  };
}

async function finishStored(prisma: PrismaClient, id: string): Promise<'done'> {
  await end(prisma, id, {status: 'done'});
  return 'done';
}

/**
 * Runs one import to its end. A job already ended is left alone, and one whose text is stored (a
 * retry after a crash between storing and recording the end) is marked done without storing again.
 */
export async function runTextImport(prisma: PrismaClient, id: string): Promise<ImportJobView['status'] | null> {
  const job = await prisma.textImportJob.findUnique({
    where: {id},
    select: {status: true, textId: true, createdById: true, createdBy: {select: {role: true}}},
  });
  const submission = job && job.status !== 'done' && job.status !== 'failed' ? await readSubmission(prisma, id) : null;
  if (!job || !submission) return job ? (job.status as ImportJobStatus) : null;
  if (job.textId) return finishStored(prisma, id);
  try {
    return await importSubmission(prisma, id, submission, {
      id: job.createdById,
      role: job.createdBy.role,
    });
  } catch (error) {
    if (error instanceof AlreadyStored) return finishStored(prisma, id);
    throw error;
  }
}

async function importSubmission(
  prisma: PrismaClient,
  id: string,
  submission: ImportSubmission,
  actor: Actor,
): Promise<ImportJobStatus> {
  const claim = claimFor(id);
  let result: ImportResult;
  await step(prisma, id, {status: 'parsing'});
  if (submission.tmx) {
    await step(prisma, id, {status: 'storing'});
    result = await createTextFromTmx(prisma, actor, submission.meta, submission.tmx, alignBook, claim);
  } else {
    const bodies = {
      id: submission.blocks?.id ?? (await paragraphsFromLong(submission.id)),
      en: submission.blocks?.en ?? (await paragraphsFromLong(submission.en)),
    };
    const paragraphs = bodies.id.length + bodies.en.length;
    await step(prisma, id, {status: bodies.id.length && bodies.en.length ? 'aligning' : 'storing', paragraphs});
    result = await createImportedText(prisma, actor, submission.meta, bodies, alignBook, {
      onAligned: () => step(prisma, id, {status: 'storing'}),
      claim,
    });
  }
  if (result.ok) return finishStored(prisma, id);
  await end(prisma, id, {status: 'failed', error: result.error});
  return 'failed';
}

export async function startTextImportWorker(
  prisma: PrismaClient,
  queue: Queue,
  kind: Database['kind'] = 'postgres',
): Promise<string> {
  await queue.createQueue(TEXT_IMPORT_QUEUE);
  // Polled often: the form waits a few seconds for a short text before it shows the progress page.
  return queue.work<ImportMessage>(
    TEXT_IMPORT_QUEUE,
    {batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 0.5},
    async ([job]) => {
      const id = job.data.importJobId;
      try {
        const status = await runTextImport(prisma, id);
        log.info('text import finished', {importJobId: id, status});
        // A book's thousands of rows are worth the embedded database's planner knowing about.
        if (status === 'done') await refreshStatistics(prisma, kind);
      } catch (error) {
        const retrying = job.retryCount < job.retryLimit;
        log.error('text import failed', {importJobId: id, retrying, error: (error as Error).message});
        if (retrying) throw error;
        await end(prisma, id, {status: 'failed', error: 'failed'});
      }
    },
  );
}
