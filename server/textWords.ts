// What a learner knows of one text: each distinct word form with its lemma's status, for marking the
// words not yet known in the reader (as LingQ does) and counting the new ones.
import type {Lang} from '../core/content';
import {loadLexicon, lookupWord, tokenizeWords} from '../core/lexicon';
import type {PrismaClient} from './generated/prisma/client';
import {getLemmaStatuses, type VocabularyStatus} from './vocabulary';

export type WordMark = VocabularyStatus | 'unseen';
export interface TextWords { forms: Record<string, WordMark>; newWords: number; totalWords: number }

// Forms → lemmas per text revision: computed once, then only the learner's statuses are queried.
const cache = new Map<string, Map<string, string>>();

async function textLemmas(prisma: PrismaClient, slug: string, lang: Lang): Promise<Map<string, string> | null> {
  const text = await prisma.text.findUnique({where: {slug}, select: {status: true, revision: true, versions: {where: {lang}, select: {paragraphs: {select: {body: true}}}}}});
  if (!text || text.status !== 'published') return null;
  const key = `${slug}|${lang}|${text.revision}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const lexicon = loadLexicon();
  const forms = new Map<string, string>();
  for (const {body} of text.versions[0]?.paragraphs ?? []) {
    for (const {word} of tokenizeWords(body)) {
      const form = word.toLowerCase();
      if (forms.has(form)) continue;
      const found = lookupWord(lexicon, word, lang);
      // Names are not vocabulary: a capitalised word the dictionary does not know is left unmarked.
      if (/^\p{Lu}/u.test(word) && found.glosses.length === 0) continue;
      if (/\d/.test(word)) continue;
      forms.set(form, found.root ?? found.word);
    }
  }
  if (cache.size > 200) cache.clear();
  cache.set(key, forms);
  return forms;
}

export async function getTextWords(prisma: PrismaClient, userId: string, slug: string, lang: Lang): Promise<TextWords | null> {
  const lemmas = await textLemmas(prisma, slug, lang);
  if (!lemmas) return null;
  const statuses = await getLemmaStatuses(prisma, userId, lang, [...new Set(lemmas.values())]);
  const forms: Record<string, WordMark> = {};
  const unseen = new Set<string>();
  for (const [form, lemma] of lemmas) {
    const status = statuses.get(lemma) ?? 'unseen';
    forms[form] = status;
    if (status === 'unseen') unseen.add(lemma);
  }
  return {forms, newWords: unseen.size, totalWords: new Set(lemmas.values()).size};
}
