// The corpus a translation model learns from: the sentence pairs inside aligned rows (split and linked
// as the reader links them) and the dictionary's own entries, each a tiny pair that acts as a prior
// (a word and its gloss co-occur before the corpus says anything). Tokens become model keys: the
// Indonesian root, the English lemma, punctuation and numbers left out.
import type {Dictionary} from '../align/analysis';
import {alignGroupSentences} from '../align/sentences';
import {stemEnglish} from '../align/words';
import {type Lexicon, lookupWord} from '../language/lexicon';
import {glossWords} from './glosses';
import type {TrainingPair} from './model';
import {tokenize} from './tokens';

const WORD = /[\p{L}]/u;

export function idModelKey(lexicon: Lexicon, token: string): string {
  const lower = token.toLowerCase();
  return lookupWord(lexicon, lower, 'id').root ?? lower;
}

export function enModelKey(token: string): string {
  return stemEnglish(token.toLowerCase().replace(/['’]s$/, ''));
}

export function sentencePairKeys(lexicon: Lexicon, id: string, en: string): TrainingPair {
  return {
    id: tokenize(id)
      .filter((t) => WORD.test(t))
      .map((t) => idModelKey(lexicon, t)),
    en: tokenize(en)
      .filter((t) => WORD.test(t))
      .map(enModelKey),
  };
}

/** Sentence pairs of one row of paragraphs, linked as the reader links them. */
export function rowTrainingPairs(
  lexicon: Lexicon,
  idParagraphs: readonly string[],
  enParagraphs: readonly string[],
  dictionary?: Dictionary,
): TrainingPair[] {
  if (idParagraphs.length === 0 || enParagraphs.length === 0) return [];
  const group = alignGroupSentences(idParagraphs, enParagraphs, {dictionary});
  const text = (paragraphs: readonly string[], s: {paragraph: number; start: number; end: number}) =>
    paragraphs[s.paragraph]!.slice(s.start, s.end);
  const out: TrainingPair[] = [];
  for (const link of group.links) {
    if (link.id.length === 0 || link.en.length === 0) continue;
    const id = link.id.map((k) => text(idParagraphs, group.id[k]!)).join(' ');
    const en = link.en.map((k) => text(enParagraphs, group.en[k]!)).join(' ');
    const pair = sentencePairKeys(lexicon, id, en);
    if (pair.id.length > 0 && pair.en.length > 0 && pair.id.length <= 80 && pair.en.length <= 80) out.push(pair);
  }
  return out;
}

/** The hand-written dictionary's entries as pairs: yang → who which that the one. */
export function lexiconTrainingPairs(lexicon: Lexicon): TrainingPair[] {
  const out: TrainingPair[] = [];
  for (const [word, glosses] of lexicon.selaras.idEn) {
    const en = glosses.flatMap(glossWords).map(enModelKey);
    const id = word.split(' ').map((w) => idModelKey(lexicon, w));
    if (en.length > 0) out.push({id, en});
  }
  return out;
}
