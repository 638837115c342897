// How strongly one Indonesian token and one English token translate each other, from 0 to 1: the
// strongest single piece of evidence wins (the same name or number, the dictionary either way, a
// shared loanword spelling, a grammatical correspondence, the corpus model).
import type {EnToken, IdToken} from './evidence';
import type {TranslationModel} from './model';

export const SCORES = {
  same: 1,
  number: 1,
  gloss: 0.9,
  reverse: 0.8,
  cognate: 0.75,
  grammar: 0.6,
  model: 0.8,
};

export function scorePair(id: IdToken, en: EnToken, model: TranslationModel | null): number {
  if (id.kind !== 'word' || en.kind !== 'word') {
    if (id.kind === 'number' && en.kind === 'number') return id.number === en.number ? SCORES.number : 0;
    return 0; // punctuation pairs are aligned on their own (punctuation.ts)
  }
  if (id.lower === en.lower && (id.lower.length > 1 || /\p{Lu}/u.test(id.lower))) return SCORES.same;
  let best = 0;
  for (const lemma of en.lemmas) {
    const g = id.gloss.get(lemma);
    if (g !== undefined && g * SCORES.gloss > best) best = g * SCORES.gloss;
  }
  if (
    best < SCORES.reverse &&
    !en.grammar &&
    (en.idWords.has(id.lower) || (id.root !== null && en.idWords.has(id.root)))
  )
    best = SCORES.reverse;
  if (best < SCORES.cognate && id.cognate !== null && id.cognate === en.cognate) best = SCORES.cognate;
  if (best < SCORES.grammar && id.grammar.size > 0 && en.lemmas.some((l) => id.grammar.has(l))) best = SCORES.grammar;
  if (model && best < SCORES.model) {
    const p = model.probability(id.root ?? id.lower, en.modelKey);
    if (p * SCORES.model > best) best = p * SCORES.model;
  }
  return best;
}
