// Word links of one row of an aligned text (a paragraph link): its paragraphs are split into sentences
// and the sentences linked exactly as the reader links them (core/sentenceLinks), then the words of
// each sentence link are aligned. Tokens are numbered through the whole row, each side apart.
import type {Dictionary} from '../align/analysis';
import {alignGroupSentences, type SentenceSpan} from '../align/sentences';
import type {WordAligner} from './aligner';
import {tokenSpans} from './tokens';

/** A token: [paragraph index inside the row, start, end] (UTF-16 offsets in that paragraph, end exclusive). */
export type RowToken = [number, number, number];
/** A link: [Indonesian token, English token, confidence in hundredths]. */
export type RowLink = [number, number, number];

export interface RowWordLinks {
  id: RowToken[];
  en: RowToken[];
  links: RowLink[];
}

function tokensOf(paragraphs: readonly string[], sentences: readonly SentenceSpan[]) {
  const tokens: RowToken[] = [];
  const words: string[] = [];
  // Where each sentence's tokens start in the row's list.
  const firsts: number[] = [];
  for (const s of sentences) {
    firsts.push(tokens.length);
    for (const t of tokenSpans(paragraphs[s.paragraph]!.slice(s.start, s.end))) {
      tokens.push([s.paragraph, s.start + t.start, s.start + t.end]);
      words.push(t.token);
    }
  }
  firsts.push(tokens.length);
  return {tokens, words, firsts};
}

export function alignRowWords(
  aligner: WordAligner,
  idParagraphs: readonly string[],
  enParagraphs: readonly string[],
  dictionary?: Dictionary,
): RowWordLinks {
  if (idParagraphs.length === 0 || enParagraphs.length === 0) return {id: [], en: [], links: []};
  const group = alignGroupSentences(idParagraphs, enParagraphs, {dictionary});
  const id = tokensOf(idParagraphs, group.id);
  const en = tokensOf(enParagraphs, group.en);
  const links: RowLink[] = [];
  for (const link of group.links) {
    if (link.id.length === 0 || link.en.length === 0) continue;
    // Sentences of one link are consecutive, so their tokens are one run of the row's list.
    const idFrom = id.firsts[link.id[0]!]!;
    const idTo = id.firsts[link.id.at(-1)! + 1]!;
    const enFrom = en.firsts[link.en[0]!]!;
    const enTo = en.firsts[link.en.at(-1)! + 1]!;
    for (const l of aligner.align(id.words.slice(idFrom, idTo), en.words.slice(enFrom, enTo)))
      links.push([idFrom + l.id, enFrom + l.en, Math.round(l.confidence * 100)]);
  }
  return {id: id.tokens, en: en.tokens, links};
}
