// Machine drafts of a text in its missing language. A DraftJob row holds everything about one draft
// (status, progress, error) so that any server instance, or the same one after a restart, can show
// and continue it; the queue only says which job to run next (server/drafts/draftWorker.ts).
import type {Lang} from '../../core/vocabulary';
import {splitSentences} from '../../core/align/sentences';

import {translateAll} from '../../core/translate/batching';
import {TranslationError, type TranslationEngine} from '../../core/translate/engine';
import type {PrismaClient} from '../generated/prisma/client';
import {findExact} from '../memory/memoryLookup';
import {forgetWordLinks} from '../wordalign/store';

export interface DraftJobView {
  id: string;
  textId: string;
  targetLang: Lang;
  engine: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  done: number;
  total: number;
  error: string | null;
  updatedAt: Date;
}

const jobSelect = {
  id: true,
  textId: true,
  targetLang: true,
  engine: true,
  status: true,
  done: true,
  total: true,
  error: true,
  updatedAt: true,
} as const;
const asView = (row: Omit<DraftJobView, 'status'> & {status: string}): DraftJobView => ({
  ...row,
  status: row.status as DraftJobView['status'],
});

export type DraftRefusal = 'notFound' | 'hasBothLanguages' | 'alreadyRunning';

/** The text's only version and the language it lacks, or why it cannot be drafted. */
async function draftTarget(prisma: PrismaClient, textId: string): Promise<{source: Lang; target: Lang} | DraftRefusal> {
  const versions = await prisma.textVersion.findMany({where: {textId}, select: {lang: true}});
  if (versions.length === 0) return 'notFound';
  if (versions.length > 1) return 'hasBothLanguages';
  const source = versions[0].lang;
  return {source, target: source === 'id' ? 'en' : 'id'};
}

/** Creates the DraftJob row; the caller enqueues its id. An unfinished draft of the text is returned instead of a second one. */
export async function createDraftJob(
  prisma: PrismaClient,
  textId: string,
  engineName: string,
): Promise<{ok: true; job: DraftJobView; created: boolean} | {ok: false; error: DraftRefusal}> {
  const target = await draftTarget(prisma, textId);
  if (typeof target === 'string') return {ok: false, error: target};
  const running = await prisma.draftJob.findFirst({
    where: {textId, status: {in: ['queued', 'running']}},
    select: jobSelect,
  });
  if (running) return {ok: true, job: asView(running), created: false};
  const total = 1 + (await prisma.paragraph.count({where: {version: {textId, lang: target.source}}}));
  const job = await prisma.draftJob.create({
    data: {textId, targetLang: target.target, engine: engineName, total},
    select: jobSelect,
  });
  return {ok: true, job: asView(job), created: true};
}

export async function getDraftJob(prisma: PrismaClient, jobId: string): Promise<DraftJobView | null> {
  const job = await prisma.draftJob.findUnique({where: {id: jobId}, select: jobSelect});
  return job ? asView(job) : null;
}

/** The text's most recent draft job, finished or not. */
export async function getLatestDraftJob(prisma: PrismaClient, textId: string): Promise<DraftJobView | null> {
  const job = await prisma.draftJob.findFirst({where: {textId}, orderBy: {createdAt: 'desc'}, select: jobSelect});
  return job ? asView(job) : null;
}

/**
 * Fills what the memory knows: a paragraph whose whole text is remembered, or whose every sentence
 * is. Two queries, whatever the length of the text.
 */
export async function fillFromMemory(
  prisma: PrismaClient,
  from: Lang,
  to: Lang,
  units: string[],
): Promise<(string | null)[]> {
  const filled = await findExact(prisma, from, to, units);
  const open = units.flatMap((u, i) => (filled[i] === null && u.trim() ? [i] : []));
  const sentences = open.map((i) => splitSentences(units[i], from).map((s) => units[i].slice(s.start, s.end)));
  const known = await findExact(prisma, from, to, sentences.flat());
  let k = 0;
  open.forEach((i, n) => {
    const found = known.slice(k, k + sentences[n].length);
    k += sentences[n].length;
    if (sentences[n].length > 1 && found.every((s) => s !== null)) filled[i] = found.join(' ');
  });
  return filled;
}

/**
 * Runs one draft job to the end: memory first, the engine for the rest, then the target version in
 * one transaction with the job's completion. Safe to run again after an interruption.
 */
export async function runDraftJob(
  prisma: PrismaClient,
  jobId: string,
  engine: TranslationEngine,
  now: () => Date = () => new Date(),
): Promise<DraftJobView | null> {
  const job = await prisma.draftJob.findUnique({
    where: {id: jobId},
    select: {
      ...jobSelect,
      text: {
        select: {
          versions: {select: {lang: true, title: true, paragraphs: {select: {body: true}, orderBy: {position: 'asc'}}}},
        },
      },
    },
  });
  if (!job || job.status === 'done') return job ? asView(job) : null;
  const source = job.text.versions.find((v) => v.lang !== job.targetLang);
  if (!source || job.text.versions.some((v) => v.lang === job.targetLang)) {
    return fail(prisma, jobId, source ? 'hasBothLanguages' : 'notFound');
  }
  const from = source.lang;
  const to = job.targetLang;
  // The title travels with the paragraphs: unit 0.
  const units = [source.title, ...source.paragraphs.map((p) => p.body)];
  await prisma.draftJob.update({
    where: {id: jobId},
    data: {status: 'running', done: 0, total: units.length, error: null},
    select: {id: true},
  });

  const remembered = await fillFromMemory(prisma, from, to, units);
  const open = units.flatMap((_, i) => (remembered[i] === null ? [i] : []));
  const fromMemory = units.length - open.length;
  const report = progressWriter((done) =>
    prisma.draftJob.update({where: {id: jobId}, data: {done: fromMemory + done}, select: {id: true}}),
  );
  report(0);
  const translated = open.length
    ? await translateAll(
        engine,
        from,
        to,
        open.map((i) => units[i]),
        (done) => report(done),
      )
    : [];
  await report.flush();

  const out = remembered.slice();
  for (const [k, i] of open.entries()) out[i] = translated[k];
  const draftedAt = now();
  await prisma.$transaction(
    async (tx) => {
      await tx.textVersion.create({
        data: {
          textId: job.textId,
          lang: to,
          title: out[0] ?? '',
          provenance: 'machine',
          engine: open.length ? engine.name : 'memory',
          model: open.length ? engine.model : null,
          draftedAt,
          paragraphs: {
            createMany: {
              data: out.slice(1).map((body, k) => ({
                lang: to,
                position: k,
                body: body ?? '',
                // Memory entries are translations a person confirmed (or a loaded TMX): they count as human work, not as a draft.
                provenance: remembered[k + 1] !== null ? 'human' : 'machine',
              })),
            },
          },
        },
        select: {id: true},
      });
      await tx.alignmentLink.deleteMany({where: {textId: job.textId}});
      await forgetWordLinks(tx, job.textId);
      // A draft follows its source paragraph for paragraph: 1-1 links, left for an editor to confirm.
      await tx.alignmentLink.createMany({
        data: source.paragraphs.map((_, k) => ({
          textId: job.textId,
          position: k,
          idStart: k,
          idEnd: k + 1,
          enStart: k,
          enEnd: k + 1,
          status: 'automatic' as const,
          score: 1,
        })),
      });
      // Editors with the text open get a stale-revision refusal rather than overwriting the draft.
      await tx.text.update({where: {id: job.textId}, data: {revision: {increment: 1}}, select: {id: true}});
      await tx.draftJob.update({
        where: {id: jobId},
        data: {status: 'done', done: units.length, error: null},
        select: {id: true},
      });
    },
    {timeout: 60_000},
  );
  return getDraftJob(prisma, jobId);
}

/** Writes progress at most every `intervalMs`, in order, without holding up the translation. */
function progressWriter(write: (done: number) => Promise<unknown>, intervalMs = 250) {
  let last = 0;
  let pending: number | null = null;
  let chain: Promise<unknown> = Promise.resolve();
  const report = (done: number) => {
    if (Date.now() - last < intervalMs) {
      pending = done;
      return;
    }
    last = Date.now();
    pending = null;
    chain = chain.then(() => write(done));
  };
  const flush = async () => {
    const done = pending;
    pending = null;
    if (done !== null) chain = chain.then(() => write(done));
    await chain;
  };
  return Object.assign(report, {flush});
}

/** Records why a job failed; `retrying` leaves it queued for the queue's next attempt. */
export async function fail(
  prisma: PrismaClient,
  jobId: string,
  error: string,
  retrying = false,
): Promise<DraftJobView | null> {
  await prisma.draftJob.updateMany({
    where: {id: jobId, status: {not: 'done'}},
    data: {status: retrying ? 'queued' : 'failed', error},
  });
  return getDraftJob(prisma, jobId);
}

/** A message key for the UI: the translation error's code, or 'failed'. */
export function errorCode(error: unknown): string {
  return error instanceof TranslationError ? error.code : 'failed';
}
