// One lemma for an English word, from WordNet's base forms and exception lists (wink-lemmatizer, an
// implementation of WordNet's morphy): used, uses, using → use; ran → run; children → child; happier →
// happy. The concordance files English words under it, so "use" finds "used". The dictionary cannot do
// this: it lists "used" (second-hand) as a word of its own, and would read "using" as "us" + -ing.
import lemmatizer from 'wink-lemmatizer';

// A base form is what its own inflection lemmatises back to: stare ← stares, building ← buildings.
const isVerb = (word: string) => lemmatizer.verb(`${word}s`) === word;
const isNoun = (word: string) => lemmatizer.noun(`${word}s`) === word;

const memo = new Map<string, string>();
const MAX_MEMO = 50_000;

export function englishLemma(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  let lemma = memo.get(lower);
  if (lemma === undefined) {
    lemma = lemmaOf(lower);
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(lower, lemma);
  }
  return lemma;
}

// Nouns in -ing that have nothing to do with the verb their letters suggest (even, ceil).
const UNRELATED_ING = new Set(['evening', 'ceiling']);

function lemmaOf(lower: string): string {
  if (!/^[a-z][a-z'-]*$/.test(lower) || UNRELATED_ING.has(lower)) return lower;
  const ed = /[^e]ed$/.test(lower) || /eed$/.test(lower);
  // A noun in its own right stays itself (seed, need, hundred), but -ing nouns join their verb as the
  // Indonesian side's words join their root (using → use, building → build).
  if (ed && isNoun(lower)) return lower;
  if (ed || /..ing$/.test(lower)) {
    // morphy tries "stared" → star before stare; the form that only drops the ending's letters wins.
    const withE = ed ? lower.slice(0, -1) : `${lower.slice(0, -3)}e`;
    if (isVerb(withE)) return withE;
  }
  const verb = lemmatizer.verb(lower);
  if (verb !== lower) return verb;
  const noun = lemmatizer.noun(lower);
  if (noun !== lower) return noun;
  return lemmatizer.adjective(lower);
}
