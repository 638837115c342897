// A learner's list of words they already know, marked known in their vocabulary. Lists are bounded,
// and the app imports them as a job (server/platform/backgroundJobs.ts) that the learner watches:
// each chunk of words is stored together with the count done, so a retried job carries on where the
// last attempt stopped and the progress page never counts a word twice.
import type {Lang} from '../../core/vocabulary';
import {newCard} from '../../core/learning/review';
import type {PrismaClient} from '../generated/prisma/client';
import {enqueueJob, recordProgress, startJobWorker, type Client, type EnqueueResult} from '../platform/backgroundJobs';
import type {Queue} from '../platform/queue';
import {lemmaOf} from './vocabulary';

/** The most words one import takes; a longer list is refused with a message, not cut silently. */
export const MAX_IMPORT_WORDS = 10_000;
/** The size of a word list (pasted and uploaded together): MAX_IMPORT_WORDS words of ordinary length fit. */
export const MAX_IMPORT_CHARS = 200_000;
/** The most words one learner keeps: an import that would go past it is refused. */
export const MAX_VOCABULARY = 50_000;
const IMPORT_CHUNK = 500;

export type ImportKnownResult = {ok: true; added: number; updated: number} | {ok: false; error: 'tooMany' | 'full'};

async function checkRoom(prisma: PrismaClient, userId: string, words: number): Promise<'tooMany' | 'full' | null> {
  if (words > MAX_IMPORT_WORDS) return 'tooMany';
  const have = await prisma.vocabularyItem.count({where: {userId}});
  return have + words > MAX_VOCABULARY ? 'full' : null;
}

/** Stores one chunk in one statement; rows already known are neither inserted nor counted. */
async function storeChunk(
  client: Client,
  userId: string,
  lang: Lang,
  words: readonly string[],
  now: Date,
): Promise<{added: number; updated: number}> {
  const card = newCard(now);
  const seen = new Set<string>();
  const lemmas: string[] = [];
  const forms: string[] = [];
  const glosses: string[] = [];
  for (const word of words) {
    const {form, lemma, gloss} = lemmaOf(word, lang);
    // One statement cannot touch a row twice: "bertemu" and "pertemuan" share their lemma.
    if (!form || seen.has(lemma)) continue;
    seen.add(lemma);
    lemmas.push(lemma);
    forms.push(form);
    glosses.push(gloss);
  }
  if (!lemmas.length) return {added: 0, updated: 0};
  // xmax is 0 on a row this statement inserted.
  const rows = await client.$queryRaw<{inserted: boolean}[]>`
    INSERT INTO "VocabularyItem" (id, "userId", lang, lemma, form, gloss, status, due, stability, difficulty,
      "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, state, "createdAt")
    SELECT gen_random_uuid()::text, ${userId}, ${lang}::"Lang", u.lemma, u.form, u.gloss,
      'known'::"VocabularyStatus", ${card.due}, ${card.stability}, ${card.difficulty}, ${card.elapsedDays},
      ${card.scheduledDays}, ${card.learningSteps}, ${card.reps}, ${card.lapses}, ${card.state}, ${now}
    FROM unnest(${lemmas}::text[], ${forms}::text[], ${glosses}::text[]) AS u(lemma, form, gloss)
    ON CONFLICT ("userId", lang, lemma) DO UPDATE SET status = 'known'::"VocabularyStatus"
      WHERE "VocabularyItem".status <> 'known'::"VocabularyStatus"
    RETURNING (xmax = 0) AS inserted`;
  const added = rows.filter((r) => r.inserted).length;
  return {added, updated: rows.length - added};
}

/**
 * Marks each listed word known (by lemma); words already saved keep their schedule. A chunk at a
 * time, from word `from` on, each chunk in a transaction with `afterChunk` (the job's progress).
 */
export async function importKnownWords(
  prisma: PrismaClient,
  userId: string,
  lang: Lang,
  words: readonly string[],
  now: Date,
  options: {
    from?: number;
    afterChunk?: (tx: Client, done: number, counts: {added: number; updated: number}) => Promise<void>;
  } = {},
): Promise<ImportKnownResult> {
  const refused = await checkRoom(prisma, userId, words.length - (options.from ?? 0));
  if (refused) return {ok: false, error: refused};
  let added = 0;
  let updated = 0;
  for (let start = options.from ?? 0; start < words.length; start += IMPORT_CHUNK) {
    const end = Math.min(words.length, start + IMPORT_CHUNK);
    await prisma.$transaction(
      async (tx) => {
        const stored = await storeChunk(tx, userId, lang, words.slice(start, end), now);
        added += stored.added;
        updated += stored.updated;
        await options.afterChunk?.(tx, end, {added, updated});
        // A chunk takes a fraction of a second; on a machine busy with other work, many times that.
      },
      {timeout: 60_000, maxWait: 30_000},
    );
  }
  return {ok: true, added, updated};
}

interface KnownWordsInput {
  lang: Lang;
  words: string[];
}

interface KnownWordsResult {
  added: number;
  updated: number;
}

/** Checks the list's size and the learner's room, then queues it; the learner follows it on its progress page. */
export async function requestKnownWordsImport(
  prisma: PrismaClient,
  queue: Queue,
  userId: string,
  lang: Lang,
  words: string[],
): Promise<EnqueueResult | {ok: false; error: 'tooMany' | 'full'}> {
  const refused = await checkRoom(prisma, userId, words.length);
  if (refused) return {ok: false, error: refused};
  const input: KnownWordsInput = {lang, words};
  return enqueueJob(prisma, queue, {kind: 'knownWords', userId, input: {...input}, total: words.length});
}

export function startKnownWordsWorker(prisma: PrismaClient, queue: Queue): Promise<string> {
  return startJobWorker(prisma, queue, 'knownWords', async (job) => {
    const input = job.input as unknown as KnownWordsInput;
    // The chunks an earlier attempt stored were counted then, with their progress.
    const before = (job.result as KnownWordsResult | null) ?? {added: 0, updated: 0};
    const sum = (counts: KnownWordsResult) => ({
      added: before.added + counts.added,
      updated: before.updated + counts.updated,
    });
    const result = await importKnownWords(prisma, job.userId, input.lang, input.words, new Date(), {
      from: job.done,
      afterChunk: (tx, done, counts) => recordProgress(tx, job.id, done, sum(counts)),
    });
    if (!result.ok) return {error: result.error};
    return {result: sum(result)};
  });
}
