// What the concordance indexes of one sentence pair: each content word under its term (the Indonesian
// root, the English lemma) with the words that translate it in this pair. Worked example:
//   Pengaruh China meningkat.  /  China's influence grew.      links 0-1, 1-0, 2-2
// gives id "pengaruh" → "influence", id "china" → "china's", id "tingkat" → "grew", and the English
// terms "influence" → "pengaruh", "grow" → "meningkat". Grammar words (yang, the, of) are not indexed:
// they are in nearly every pair, and nobody asks how "the" is translated.
import {partnersOf} from '../wordalign/packedLinks';
import {tokenSpans} from '../wordalign/tokens';
import {ENGLISH_GRAMMAR, isIndonesianGrammar} from '../wordalign/functionWords';
import type {Lang} from '../vocabulary';

/** The term a word is filed under (root or lemma, lowercase); null for a word not worth indexing. */
export type TermOf = (word: string, lang: Lang) => string | null;

export interface PairTexts {
  id: string;
  en: string;
  /** [Indonesian token, English token], tokens as tokenSpans splits the texts */
  links: readonly [number, number][];
}

export interface TermOccurrence {
  lang: Lang;
  term: string;
  /** every token of the pair's `lang` side filed under the term */
  tokens: number[];
  /** the other side's words linked to the first of them, content words only, lowercase; '' when none */
  translation: string;
}

// Possessives are what an Indonesian clitic stands for (pengaruhnya: its influence): the tally counts
// the influence, not whose.
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

export function isGrammarWord(word: string, lang: Lang): boolean {
  const lower = word.toLowerCase();
  return lang === 'en' ? ENGLISH_GRAMMAR.has(lower) || POSSESSIVES.has(lower) : isIndonesianGrammar(lower);
}

/** A word worth a concordance: letters, and not a grammar word. */
export function isIndexable(word: string, lang: Lang): boolean {
  return /\p{L}/u.test(word) && !isGrammarWord(word, lang);
}

/** The words of `words` at `tokens`, lowercase, grammar words dropped unless nothing else is left. */
export function translationOf(words: readonly string[], tokens: readonly number[], lang: Lang): string {
  const all = tokens
    .flatMap((t) => {
      const word = words[t];
      return word === undefined ? [] : [word.toLowerCase()];
    })
    .filter((w) => /\p{L}|\p{N}/u.test(w));
  const content = all.filter((w) => !isGrammarWord(w, lang));
  return (content.length ? content : all).join(' ');
}

/** Every term of both sides of a pair, once per side and term. */
export function pairTerms(pair: PairTexts, termOf: TermOf): TermOccurrence[] {
  const words = {id: tokenSpans(pair.id).map((t) => t.token), en: tokenSpans(pair.en).map((t) => t.token)};
  const out: TermOccurrence[] = [];
  for (const lang of ['id', 'en'] as const) {
    const other: Lang = lang === 'id' ? 'en' : 'id';
    const byTerm = new Map<string, number[]>();
    words[lang].forEach((word, k) => {
      if (!isIndexable(word, lang)) return;
      const term = termOf(word, lang);
      if (!term) return;
      const list = byTerm.get(term);
      if (list) list.push(k);
      else byTerm.set(term, [k]);
    });
    for (const [term, tokens] of byTerm)
      out.push({
        lang,
        term,
        tokens,
        translation: translationOf(words[other], partnersOf(pair.links, tokens.slice(0, 1), lang), other),
      });
  }
  return out;
}
