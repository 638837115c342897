// A concordance query and how a found pair is shown: the words asked for and the words that translate
// them, as ranges of each side's text.
import {partnersOf} from '../wordalign/packedLinks';
import {tokenSpans} from '../wordalign/tokens';
import type {Lang} from '../vocabulary';
import type {PairTexts, TermOf} from './pairTerms';

export const MAX_QUERY_CHARS = 100;
export const MAX_QUERY_WORDS = 4;

export type QueryError = 'empty' | 'tooLong';
export type ParsedQuery = {ok: true; words: string[]} | {ok: false; error: QueryError};

/** The query's words (tokens with a letter or digit); a phrase is two words or more. */
export function parseQuery(q: string): ParsedQuery {
  if (q.length > MAX_QUERY_CHARS) return {ok: false, error: 'tooLong'};
  const words = tokenSpans(q.normalize('NFC'))
    .map((t) => t.token)
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (words.length === 0) return {ok: false, error: 'empty'};
  if (words.length > MAX_QUERY_WORDS) return {ok: false, error: 'tooLong'};
  return {ok: true, words};
}

/**
 * Where the phrase's terms stand one after another among the side's tokens (their indices, in order).
 * With `starts`, only phrases starting there are looked at (the index knows where one of its words is),
 * and only the words they need are named.
 */
export function findPhrase(
  text: string,
  lang: Lang,
  terms: readonly string[],
  termOf: TermOf,
  starts?: readonly number[],
): number[][] {
  const words = tokenSpans(text).map((t) => t.token);
  const named = new Map<number, string | null>();
  const nameAt = (k: number) => {
    if (!named.has(k)) named.set(k, /[\p{L}\p{N}]/u.test(words[k]!) ? termOf(words[k]!, lang) : null);
    return named.get(k);
  };
  const out: number[][] = [];
  for (const k of starts ?? words.keys())
    if (k >= 0 && k + terms.length <= words.length && terms.every((term, n) => nameAt(k + n) === term))
      out.push(terms.map((_, n) => k + n));
  return out;
}

/** A range of a side's text: a word asked for ('hit') or a word that translates it ('pair'). */
export type Mark = [start: number, end: number, kind: 'hit' | 'pair'];

export interface MarkedPair {
  id: {text: string; marks: Mark[]};
  en: {text: string; marks: Mark[]};
  /** the words that translate the hits here, as the tally counts them */
  translation: string;
}

/** The pair with `hits` (tokens of the `from` side) and their linked words marked. */
export function markPair(pair: PairTexts, from: Lang, hits: readonly number[], translation: string): MarkedPair {
  const spans = {id: tokenSpans(pair.id), en: tokenSpans(pair.en)};
  const paired = partnersOf(pair.links, hits, from);
  const marks = (lang: Lang, tokens: readonly number[], kind: Mark[2]): Mark[] =>
    tokens.flatMap((t) => {
      const s = spans[lang][t];
      return s ? [[s.start, s.end, kind] as Mark] : [];
    });
  return {
    id: {text: pair.id, marks: from === 'id' ? marks('id', hits, 'hit') : marks('id', paired, 'pair')},
    en: {text: pair.en, marks: from === 'en' ? marks('en', hits, 'hit') : marks('en', paired, 'pair')},
    translation,
  };
}

/** A text cut into plain and marked pieces, for rendering. */
export function markedPieces(text: string, marks: readonly Mark[]): {text: string; kind: Mark[2] | null}[] {
  const sorted = [...marks].sort((a, b) => a[0] - b[0]);
  const out: {text: string; kind: Mark[2] | null}[] = [];
  let at = 0;
  for (const [start, end, kind] of sorted) {
    if (start < at) continue;
    if (start > at) out.push({text: text.slice(at, start), kind: null});
    out.push({text: text.slice(start, end), kind});
    at = end;
  }
  if (at < text.length) out.push({text: text.slice(at), kind: null});
  return out;
}
