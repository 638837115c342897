// Confirmed multi-word terms join the lexicon: a new Lexicon whose hand-written glosses also hold
// them, so that the lookup finds the phrase and the word aligner links it as a unit.
import type {Lexicon} from './lexicon';

export interface Term {
  /** the Indonesian phrase, lowercase, words separated by one space */
  phrase: string;
  /** its English gloss */
  gloss: string;
}

/** The lexicon with the terms added (before any gloss it already had); the same lexicon when none. */
export function withTerms(lexicon: Lexicon, terms: readonly Term[]): Lexicon {
  if (terms.length === 0) return lexicon;
  const idEn = new Map(lexicon.selaras.idEn);
  const enId = new Map(lexicon.selaras.enId);
  for (const {phrase, gloss} of terms) {
    const own =
      idEn.get(phrase) ?? (Object.hasOwn(lexicon.freedict.idEn, phrase) ? lexicon.freedict.idEn[phrase]! : []);
    idEn.set(phrase, [gloss, ...own.filter((g) => g !== gloss)]);
    const back = enId.get(gloss) ?? [];
    enId.set(gloss, [phrase, ...back.filter((p) => p !== phrase)]);
  }
  return {...lexicon, edition: `${lexicon.edition}+terms`, selaras: {idEn, enId}};
}

/** The longest phrase of 2–3 words starting at `words[0]` that the lexicon glosses, with its glosses. */
export function phraseAt(
  words: readonly string[],
  glossesOf: (phrase: string) => readonly string[],
): {phrase: string; glosses: readonly string[]} | null {
  for (let n = Math.min(3, words.length); n >= 2; n--) {
    const phrase = words.slice(0, n).join(' ').toLowerCase();
    const glosses = glossesOf(phrase);
    if (glosses.length) return {phrase, glosses};
  }
  return null;
}
