// The word aligner's Indonesian synonyms (content/wordalign/thesaurus-id.json, `npm run
// wordalign:thesaurus`): a content word that neither the lexicon nor the pivot dictionary glosses
// borrows the first glosses of its synonyms that the lexicon knows (letih → capek, lelah: tired;
// resah → gelisah: uneasy), at a lower weight than any dictionary gloss. Grammar words are left out: their synonyms
// (untuk → buat: make) would mislead.
import {analyzeWord} from '../language/morphology';

/** Indonesian word → its synonyms separated by spaces (as the JSON file holds it). */
export type Thesaurus = Readonly<Record<string, string>>;

/** Weight of a synonym's gloss before SCORES.gloss (0.9): it scores 0.63, under the pivot's. */
export const SYNONYM_WEIGHT = 0.7;
/** How many of a synonym's glosses it lends (its first are its main senses). */
export const SYNONYM_GLOSSES = 2;

/** The synonyms of a word: its own entry, else its root's (keletihan → letih). */
export function synonymsOf(thesaurus: Thesaurus, word: string): string[] {
  if (Object.hasOwn(thesaurus, word)) return thesaurus[word]!.split(' ');
  const best = analyzeWord(word, (w) => Object.hasOwn(thesaurus, w))[0];
  return best && Object.hasOwn(thesaurus, best.root) ? thesaurus[best.root]!.split(' ') : [];
}

/** English gloss → its WordNet synonyms separated by spaces (content/wordalign/synonyms-en.json). */
export type EnglishSynonyms = Readonly<Record<string, string>>;

/** Weight of a gloss's English synonym before SCORES.gloss: "mount" for gunung (mountain) scores 0.63 at most. */
export const ENGLISH_SYNONYM_WEIGHT = 0.7;
/** How many of a word's glosses lend their synonyms. */
export const ENGLISH_SYNONYM_GLOSSES = 3;

/** An English gloss as the synonyms file keys it: "save (money)" and "to save" → "save". */
export function synonymKey(gloss: string): string {
  return gloss
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*to\s+/, '')
    .trim()
    .replace(/\s+/g, ' ');
}

/** The synonyms of an English gloss. */
export function englishSynonymsOf(synonyms: EnglishSynonyms, gloss: string): string[] {
  const key = synonymKey(gloss);
  return Object.hasOwn(synonyms, key) ? synonyms[key]!.split(' ') : [];
}
