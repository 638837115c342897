// How much of a running text the dictionary covers, leaving out what is not vocabulary (names, numbers).
import type {Lang} from '../vocabulary';
import {type Lexicon, lookupWord, tokenizeWords} from './lexicon';

export interface Coverage {
  tokens: number;
  covered: number;
  missing: string[];
}

// Names (capitalised mid-sentence, or capitalised and unknown at a sentence start) and numbers are
// not vocabulary, so coverage leaves them out and the reader does not mark them as new words.
export function isNameOrNumber(
  lexicon: Lexicon,
  text: string,
  token: {word: string; start: number},
  lang: Lang = 'id',
): boolean {
  if (!/\p{L}/u.test(token.word)) return true;
  if (!/^\p{Lu}/u.test(token.word)) return false;
  if (/^\p{Lu}[\p{Lu}\d-]+$/u.test(token.word)) return true; // AS, AP, COVID-19
  const before = text.slice(0, token.start).replace(/[\s"'“”‘’([«-]+$/u, '');
  const sentenceStart = before === '' || /[.!?…:]$/.test(before);
  return !sentenceStart || lookupWord(lexicon, token.word, lang).glosses.length === 0;
}

/** Share of running word tokens (names and numbers excluded) that get at least one gloss. */
export function measureCoverage(lexicon: Lexicon, text: string): Coverage {
  let tokens = 0;
  let covered = 0;
  const missing: string[] = [];
  for (const token of tokenizeWords(text)) {
    if (isNameOrNumber(lexicon, text, token)) continue;
    tokens++;
    if (lookupWord(lexicon, token.word, 'id').glosses.length > 0) covered++;
    else missing.push(token.word.toLowerCase());
  }
  return {tokens, covered, missing};
}
