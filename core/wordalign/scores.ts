// How strongly one Indonesian token and the English tokens of its sentence translate each other, from
// 0 to 1: the strongest single piece of evidence wins (the same name or number, the dictionary either
// way, a shared loanword spelling, a grammatical correspondence, the corpus model). The English side
// is indexed once per sentence, so a token's scores cost look-ups, not a pass over every English word.
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

export interface EnglishIndex {
  lower: Map<string, number[]>;
  lemma: Map<string, number[]>;
  /** the sentence's tokens whose dictionary translations are read (not articles, prepositions, auxiliaries) */
  reverse: {j: number; idWords: ReadonlySet<string>}[];
  cognate: Map<string, number[]>;
  number: Map<string, number[]>;
  modelKey: Map<string, number[]>;
}

function put(map: Map<string, number[]>, key: string, j: number) {
  const list = map.get(key);
  if (!list) map.set(key, [j]);
  else if (list.at(-1) !== j) list.push(j);
}

export function indexEnglish(en: readonly EnToken[]): EnglishIndex {
  const index: EnglishIndex = {
    lower: new Map(),
    lemma: new Map(),
    reverse: [],
    cognate: new Map(),
    number: new Map(),
    modelKey: new Map(),
  };
  en.forEach((t, j) => {
    if (t.number !== null) put(index.number, t.number, j);
    if (t.kind !== 'word') return;
    if (t.lower.length > 1) put(index.lower, t.lower, j);
    for (const lemma of t.lemmas) put(index.lemma, lemma, j);
    // The dictionary's inverse is too loose for articles, prepositions and auxiliaries. (A token's
    // Indonesian words are many: they are asked about, not indexed.)
    if (!t.grammar && t.idWords.size > 0) index.reverse.push({j, idWords: t.idWords});
    if (t.cognate !== null) put(index.cognate, t.cognate, j);
    put(index.modelKey, t.modelKey, j);
  });
  return index;
}

/**
 * Scores of one Indonesian token against the English tokens in [from, to) that have any evidence,
 * written into `out` (cleared first: one map serves a whole sentence's tokens).
 */
export function scoreToken(
  id: IdToken,
  index: EnglishIndex,
  model: TranslationModel | null,
  [from, to]: [number, number],
  out: Map<number, number> = new Map(),
): Map<number, number> {
  out.clear();
  if (id.number !== null) raise(out, index.number.get(id.number), SCORES.number, from, to);
  // Punctuation pairs are aligned on their own (punctuation.ts).
  if (id.kind !== 'word') return out;
  if (id.lower.length > 1) raise(out, index.lower.get(id.lower), SCORES.same, from, to);
  for (const [lemma, weight] of id.gloss) raise(out, index.lemma.get(lemma), weight * SCORES.gloss, from, to);
  for (const {j, idWords} of index.reverse)
    if (j >= from && j < to && (idWords.has(id.lower) || (id.root !== null && idWords.has(id.root))))
      if (SCORES.reverse > (out.get(j) ?? 0)) out.set(j, SCORES.reverse);
  if (id.cognate !== null) raise(out, index.cognate.get(id.cognate), SCORES.cognate, from, to);
  for (const word of id.grammar) raise(out, index.lemma.get(word), SCORES.grammar, from, to);
  const row = model?.row(id.root ?? id.lower);
  if (row) for (const [key, p] of row) raise(out, index.modelKey.get(key), p * SCORES.model, from, to);
  return out;
}

/** Each English token of `js` in [from, to) scores at least `s` (a plain function: this runs for every gloss). */
function raise(out: Map<number, number>, js: readonly number[] | undefined, s: number, from: number, to: number) {
  if (js) for (const j of js) if (j >= from && j < to && s > (out.get(j) ?? 0)) out.set(j, s);
}

// peN- without -an makes the doer (peneliti: researcher, penunggang: rider), as -er, -or and -ist do in
// English: when a root's gloss meets both "research" and "researchers", the shape decides.
const AGENT = /..(er|or|ist|ant)s?$/;

/** A small bonus for an English word whose derivation matches the Indonesian word's affixes. */
export function shapeBonus(id: IdToken, en: EnToken): number {
  if (!id.affixes.includes('peN-') || id.affixes.includes('-an')) return 0;
  return AGENT.test(en.lower) ? 0.05 : 0;
}
