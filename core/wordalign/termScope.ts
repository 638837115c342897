// Which confirmed terms can change a row's word links: those whose phrase stands in its Indonesian
// text (the aligner links the phrase as a unit) and those glossed by one word that an English word of
// the row looks up (the dictionary read backwards now offers the phrase's words). A row no term touches
// aligns as it did before the term, so its stored links stay valid when an editor confirms one.
import type {Term} from '../language/lexiconTerms';
import {reverseLookupForms} from './evidence';
import {tokenize} from './tokens';

// Rows repeat their words: each English word's forms are worked out once (a bounded memory).
const formsOf = new Map<string, Set<string>>();
function lookupForms(token: string): Set<string> {
  let forms = formsOf.get(token);
  if (!forms) {
    forms = reverseLookupForms(token);
    if (formsOf.size >= 20_000) formsOf.clear();
    formsOf.set(token, forms);
  }
  return forms;
}

export function termsTouching(
  terms: readonly Term[],
  idParagraphs: readonly string[],
  enParagraphs: readonly string[],
): Term[] {
  if (terms.length === 0) return [];
  const id = ` ${idParagraphs
    .flatMap((p) => tokenize(p))
    .join(' ')
    .toLowerCase()} `;
  let forms: Set<string> | undefined;
  const englishForms = () => {
    if (!forms) {
      forms = new Set();
      for (const p of enParagraphs) for (const token of tokenize(p)) for (const f of lookupForms(token)) forms.add(f);
    }
    return forms;
  };
  return terms.filter(({phrase, gloss}) => {
    if (id.includes(` ${phrase.toLowerCase()} `)) return true;
    const word = gloss.trim().toLowerCase();
    return !/\s/.test(word) && englishForms().has(word);
  });
}
