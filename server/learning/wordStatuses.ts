// A learner's word statuses set from the reader, and their reading settings. Takes the Prisma client
// as an argument, like server/learning/vocabulary.ts, so that tests use it as the app does.

import type {Lang} from '../../core/vocabulary';
import type {PrismaClient} from '../generated/prisma/client';
import {getTextLemmas} from '../reader/textWords';
import {lemmaOf, saveWord, type SaveWordInput} from './vocabulary';

/** What the reader's popover sets: a learning level (1–5), known or ignored. */
export type WordStatusChoice = {status: 'learning'; level: 1 | 2 | 3 | 4 | 5} | {status: 'known' | 'ignored'};

/** Sets the status of a word the learner met in a text, saving it first (with its sentence) if needed. */
export async function setWordStatus(
  prisma: PrismaClient,
  userId: string,
  input: SaveWordInput,
  choice: WordStatusChoice,
  now: Date,
) {
  const {form, lemma} = lemmaOf(input.word, input.lang);
  if (!form) return null;
  const where = {userId_lang_lemma: {userId, lang: input.lang, lemma}};
  // Known and ignored words need no sentence; a word being learnt gets one for its review card.
  const exists = await prisma.vocabularyItem.findUnique({where, select: {id: true}});
  const withSentence =
    choice.status === 'learning' ? input : {...input, sentence: null, translation: null, contextTranslation: null};
  if (!exists) await saveWord(prisma, userId, withSentence, now);
  const level = choice.status === 'learning' ? choice.level : choice.status === 'known' ? 5 : 1;
  return prisma.vocabularyItem.update({
    where,
    data: {status: choice.status, level},
    select: {id: true, lemma: true, status: true, level: true},
  });
}

/** At most this many words are marked known by one request: a whole book is marked in a few requests. */
export const MARK_KNOWN_LIMIT = 5000;

/** Marks every word of a text that the learner has not saved yet as known; returns how many were marked. */
export async function markTextKnown(
  prisma: PrismaClient,
  userId: string,
  slug: string,
  lang: Lang,
  now: Date,
): Promise<number | null> {
  const forms = await getTextLemmas(prisma, slug, lang);
  if (!forms) return null;
  const byLemma = new Map<string, string>();
  for (const [form, lemma] of forms) if (!byLemma.has(lemma)) byLemma.set(lemma, form);
  const words = [...byLemma];
  // One statement with four array parameters: a multi-row createMany sends 20 parameters per word,
  // which took seconds for a thousand words on the embedded database. The card columns keep their
  // defaults, which are a new card's; words already saved keep their status and schedule.
  const at = now.toISOString();
  return prisma.$executeRaw`
    INSERT INTO "VocabularyItem" (id, "userId", lang, lemma, form, gloss, status, level, due, "createdAt")
    SELECT gen_random_uuid()::text, ${userId}, ${lang}::"Lang", w.lemma, w.form, w.gloss, 'known', 5,
      ${at}::timestamp(3), ${at}::timestamp(3)
    FROM unnest(${words.map(([lemma]) => lemma)}::text[], ${words.map(([, form]) => form)}::text[],
      ${words.map(([, form]) => lemmaOf(form, lang).gloss)}::text[]) AS w(lemma, form, gloss)
    WHERE NOT EXISTS (
      SELECT 1 FROM "VocabularyItem" v WHERE v."userId" = ${userId} AND v.lang = ${lang}::"Lang" AND v.lemma = w.lemma
    )
    LIMIT ${MARK_KNOWN_LIMIT}
    ON CONFLICT ("userId", lang, lemma) DO NOTHING`;
}

export async function getLearnLang(prisma: PrismaClient, userId: string): Promise<Lang | null> {
  const setting = await prisma.learnerSetting.findUnique({where: {userId}, select: {learnLang: true}});
  return setting?.learnLang ?? null;
}

export async function setLearnLang(prisma: PrismaClient, userId: string, learnLang: Lang): Promise<void> {
  await prisma.learnerSetting.upsert({
    where: {userId},
    create: {userId, learnLang},
    update: {learnLang},
    select: {userId: true},
  });
}

/**
 * Words known at the end of each of the last `days` UTC days, oldest first. A word counts from the day
 * it was last marked or reviewed as known (the day it was saved, for imported lists): status changes
 * are not logged, so a word forgotten since counts from its last review.
 */
export async function getKnownOverTime(
  prisma: PrismaClient,
  userId: string,
  now: Date,
  days = 14,
): Promise<{day: string; known: number}[]> {
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (days - 1)));
  const first = since.toISOString().slice(0, 10);
  const rows = await prisma.$queryRaw<{day: string | null; n: number}[]>`
    SELECT CASE WHEN d < ${first}::timestamp THEN NULL ELSE to_char(d, 'YYYY-MM-DD') END AS day, count(*)::int AS n
    FROM (
      SELECT date_trunc('day', COALESCE("lastReview", "createdAt")) AS d
      FROM "VocabularyItem"
      WHERE "userId" = ${userId} AND status = 'known'
    ) AS known
    GROUP BY 1`;
  const added = new Map(rows.map((r) => [r.day, r.n]));
  let known = added.get(null) ?? 0;
  return Array.from({length: days}, (_, k) => {
    const day = new Date(since.getTime() + k * 86_400_000).toISOString().slice(0, 10);
    known += added.get(day) ?? 0;
    return {day, known};
  });
}
