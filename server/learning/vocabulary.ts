// A learner's saved words and their review schedule. Takes the Prisma client as an argument so that
// scripts and tests use it as the app does; the app passes prisma() from server/db.
import type {Lang} from '../../core/vocabulary';
import {lookupWord} from '../../core/language/lexicon';
import {loadLexicon} from '../texts/lexiconFiles';
import {newCard, scheduleReview, statusAfterReview, type CardState, type Grade} from '../../core/learning/review';
import type {AnkiNote} from '../../core/learning/anki';
import type {PrismaClient} from '../generated/prisma/client';

export type VocabularyStatus = 'new' | 'learning' | 'known' | 'ignored';

export interface SaveWordInput {
  lang: Lang;
  word: string;
  sentence?: string | null;
  translation?: string | null;
  /** The words of `translation` aligned with the word. */
  contextTranslation?: string | null;
  textSlug?: string | null;
  /** The reader row (`#r<row>`) of the sentence. */
  textRow?: number | null;
}

/** The form a learner's word is filed under: the Indonesian root or English base form the lexicon finds. */
export function lemmaOf(word: string, lang: Lang): {form: string; lemma: string; gloss: string} {
  const found = lookupWord(loadLexicon(), word, lang);
  return {form: found.word, lemma: found.root ?? found.word, gloss: found.glosses.slice(0, 4).join('; ')};
}

const itemSelect = {
  id: true,
  lang: true,
  lemma: true,
  form: true,
  gloss: true,
  status: true,
  sentence: true,
  translation: true,
  contextTranslation: true,
  due: true,
  reps: true,
  lapses: true,
  state: true,
  createdAt: true,
  textRow: true,
  text: {select: {slug: true, versions: {select: {lang: true, title: true}}}},
} as const;

/** Saves a word (once per lemma); saving it again keeps its schedule and fills in a missing sentence. */
export async function saveWord(prisma: PrismaClient, userId: string, input: SaveWordInput, now: Date) {
  const {form, lemma, gloss} = lemmaOf(input.word, input.lang);
  if (!form) return null;
  const text = input.textSlug
    ? await prisma.text.findUnique({where: {slug: input.textSlug}, select: {id: true}})
    : null;
  const findExisting = () =>
    prisma.vocabularyItem.findUnique({
      where: {userId_lang_lemma: {userId, lang: input.lang, lemma}},
      select: {id: true, sentence: true, status: true},
    });
  let existing = await findExisting();
  if (!existing) {
    const card = newCard(now);
    try {
      return await prisma.vocabularyItem.create({
        data: {
          userId,
          lang: input.lang,
          lemma,
          form,
          gloss,
          sentence: input.sentence ?? null,
          translation: input.translation ?? null,
          contextTranslation: input.contextTranslation ?? null,
          textId: text?.id ?? null,
          textRow: text ? (input.textRow ?? null) : null,
          ...card,
          createdAt: now,
        },
        select: itemSelect,
      });
    } catch (error) {
      // The same lemma saved twice at once (two tabs, a double click, "bertemu" and "pertemuan"):
      // the other request created the item, and this one saves into it as a later save would.
      if ((error as {code?: unknown}).code !== 'P2002') throw error;
      existing = await findExisting();
      if (!existing) throw error;
    }
  }
  return prisma.vocabularyItem.update({
    where: {id: existing.id},
    data: {
      ...(existing.sentence
        ? {}
        : {
            sentence: input.sentence ?? null,
            translation: input.translation ?? null,
            contextTranslation: input.contextTranslation ?? null,
            textId: text?.id ?? null,
            textRow: text ? (input.textRow ?? null) : null,
          }),
      // Saving a word marked known or ignored means the learner wants it back in review.
      ...(existing.status === 'known' || existing.status === 'ignored' ? {status: 'learning' as const, due: now} : {}),
    },
    select: itemSelect,
  });
}

export const VOCABULARY_PAGE_SIZE = 50;

export interface VocabularyFilter {
  status?: VocabularyStatus;
  /** Words whose lemma or form starts with this. */
  prefix?: string;
  page?: number;
}

/** One page of the learner's words, newest first, and how many match the filter. */
export async function listVocabulary(prisma: PrismaClient, userId: string, filter: VocabularyFilter = {}) {
  const prefix = filter.prefix?.trim().toLowerCase();
  const where = {
    userId,
    ...(filter.status ? {status: filter.status} : {}),
    ...(prefix ? {OR: [{lemma: {startsWith: prefix}}, {form: {startsWith: prefix}}]} : {}),
  };
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  const [items, total] = await Promise.all([
    prisma.vocabularyItem.findMany({
      where,
      orderBy: [{createdAt: 'desc'}, {lemma: 'asc'}, {id: 'asc'}],
      skip: (page - 1) * VOCABULARY_PAGE_SIZE,
      take: VOCABULARY_PAGE_SIZE,
      select: itemSelect,
    }),
    prisma.vocabularyItem.count({where}),
  ]);
  return {items, total, page, pages: Math.max(1, Math.ceil(total / VOCABULARY_PAGE_SIZE))};
}

export async function setVocabularyStatus(
  prisma: PrismaClient,
  userId: string,
  itemId: string,
  status: VocabularyStatus,
): Promise<boolean> {
  const {count} = await prisma.vocabularyItem.updateMany({where: {id: itemId, userId}, data: {status}});
  return count === 1;
}

export async function removeVocabularyItem(prisma: PrismaClient, userId: string, itemId: string): Promise<boolean> {
  const {count} = await prisma.vocabularyItem.deleteMany({where: {id: itemId, userId}});
  return count === 1;
}

// Words marked known without ever being reviewed (an imported list) and ignored words are not drilled.
const reviewable = {
  OR: [{status: {in: ['new' as const, 'learning' as const]}}, {status: 'known' as const, reps: {gt: 0}}],
};

/** The cards due now, with their schedules (the review page previews each grade's next interval). */
export async function getDueCards(prisma: PrismaClient, userId: string, now: Date, limit = 50) {
  return prisma.vocabularyItem.findMany({
    where: {userId, due: {lte: now}, ...reviewable},
    orderBy: [{due: 'asc'}, {id: 'asc'}],
    take: limit,
    select: {...itemSelect, ...cardSelect},
  });
}

export async function countDueCards(prisma: PrismaClient, userId: string, now: Date): Promise<number> {
  return prisma.vocabularyItem.count({where: {userId, due: {lte: now}, ...reviewable}});
}

const cardSelect = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

/** Grades one card: the new schedule and the review log are written together. */
export async function gradeCard(
  prisma: PrismaClient,
  userId: string,
  itemId: string,
  grade: Grade,
  now: Date,
): Promise<CardState | null> {
  return prisma.$transaction(async (tx) => {
    const item = await tx.vocabularyItem.findFirst({
      where: {id: itemId, userId},
      select: {...cardSelect, status: true},
    });
    if (!item) return null;
    const {card, log} = scheduleReview(item, grade, now);
    const status = item.status === 'ignored' ? 'ignored' : statusAfterReview(card);
    await tx.vocabularyItem.update({where: {id: itemId}, data: {...card, status}, select: {id: true}});
    await tx.reviewLog.create({data: {itemId, ...log}, select: {id: true}});
    return card;
  });
}

export interface ReviewProgress {
  byStatus: Record<VocabularyStatus, number>;
  /** Reviews per UTC day for the last `days` days, oldest first. */
  daily: {day: string; reviews: number; correct: number}[];
  dueNow: number;
  dueTomorrow: number;
}

export async function getReviewProgress(
  prisma: PrismaClient,
  userId: string,
  now: Date,
  days = 14,
): Promise<ReviewProgress> {
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (days - 1)));
  const [groups, logs, dueNow, dueTomorrow] = await Promise.all([
    prisma.vocabularyItem.groupBy({by: ['status'], where: {userId}, _count: {_all: true}}),
    prisma.reviewLog.findMany({
      where: {item: {userId}, reviewedAt: {gte: since}},
      select: {reviewedAt: true, rating: true},
    }),
    countDueCards(prisma, userId, now),
    countDueCards(prisma, userId, new Date(now.getTime() + 24 * 60 * 60 * 1000)),
  ]);
  const byStatus: Record<VocabularyStatus, number> = {new: 0, learning: 0, known: 0, ignored: 0};
  for (const g of groups) byStatus[g.status] = g._count._all;
  const daily = Array.from({length: days}, (_, k) => ({
    day: new Date(since.getTime() + k * 86_400_000).toISOString().slice(0, 10),
    reviews: 0,
    correct: 0,
  }));
  for (const log of logs) {
    const entry = daily.find((d) => d.day === log.reviewedAt.toISOString().slice(0, 10));
    if (!entry) continue;
    entry.reviews++;
    if (log.rating > 1) entry.correct++;
  }
  return {byStatus, daily, dueNow, dueTomorrow};
}

export async function getAnkiNotes(prisma: PrismaClient, userId: string): Promise<AnkiNote[]> {
  const items = await prisma.vocabularyItem.findMany({
    where: {userId, status: {not: 'ignored'}},
    orderBy: [{lang: 'asc'}, {lemma: 'asc'}],
    select: {
      form: true,
      lemma: true,
      gloss: true,
      sentence: true,
      translation: true,
      lang: true,
      status: true,
      text: {select: {slug: true}},
    },
  });
  return items.map((i) => ({
    word: i.form,
    lemma: i.lemma,
    gloss: i.gloss,
    sentence: i.sentence,
    translation: i.translation,
    source: i.text?.slug ?? null,
    lang: i.lang,
    status: i.status,
  }));
}
