// What a learner knows of one text: each distinct word form with its lemma's status, for marking the
// words not yet known in the reader (as LingQ does) and counting the new ones.

import type {Lang} from '../../core/vocabulary';
import {isNameOrNumber, loadLexicon, lookupWord, tokenizeWords} from '../../core/language/lexicon';
import type {PrismaClient} from '../generated/prisma/client';
import type {VocabularyStatus} from '../learning/vocabulary';

export type WordMark = VocabularyStatus | 'unseen';
export interface TextWords {
  forms: Record<string, WordMark>;
  /** The learning level (1–5) of each form whose word is being learnt. */
  levels: Record<string, number>;
  newWords: number;
  totalWords: number;
}

// Forms → lemmas per text revision: computed once, then only the learner's statuses are queried.
const cache = new Map<string, Map<string, string>>();

/** Each word form of a text's version with its lemma; names and numbers are not vocabulary and are left out. */
export async function getTextLemmas(
  prisma: PrismaClient,
  slug: string,
  lang: Lang,
): Promise<Map<string, string> | null> {
  const text = await prisma.text.findUnique({
    where: {slug},
    select: {status: true, revision: true, versions: {where: {lang}, select: {paragraphs: {select: {body: true}}}}},
  });
  if (text?.status !== 'published') return null;
  const key = `${slug}|${lang}|${text.revision}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const lexicon = loadLexicon();
  const forms = new Map<string, string>();
  // A form is a name when every occurrence is one: "Beijing" mid-sentence, but not "Mereka" opening one.
  const words = new Set<string>();
  const names = new Set<string>();
  for (const {body} of text.versions[0]?.paragraphs ?? []) {
    for (const token of tokenizeWords(body)) {
      const form = token.word.toLowerCase();
      if (words.has(form) || /\d/.test(token.word)) continue;
      if (isNameOrNumber(lexicon, body, token, lang)) names.add(form);
      else words.add(form);
    }
  }
  for (const form of words) {
    const found = lookupWord(lexicon, form, lang);
    forms.set(form, found.root ?? found.word);
  }
  if (cache.size > 200) cache.clear();
  cache.set(key, forms);
  return forms;
}

export async function getTextWords(
  prisma: PrismaClient,
  userId: string,
  slug: string,
  lang: Lang,
): Promise<TextWords | null> {
  const lemmas = await getTextLemmas(prisma, slug, lang);
  if (!lemmas) return null;
  const rows = await prisma.vocabularyItem.findMany({
    where: {userId, lang, lemma: {in: [...new Set(lemmas.values())]}},
    select: {lemma: true, status: true, level: true},
  });
  const saved = new Map(rows.map((r) => [r.lemma, r]));
  const forms: Record<string, WordMark> = {};
  const levels: Record<string, number> = {};
  const unseen = new Set<string>();
  for (const [form, lemma] of lemmas) {
    const item = saved.get(lemma);
    forms[form] = item?.status ?? 'unseen';
    if (!item) unseen.add(lemma);
    else if (item.status === 'new' || item.status === 'learning') levels[form] = item.level;
  }
  return {forms, levels, newWords: unseen.size, totalWords: new Set(lemmas.values()).size};
}
