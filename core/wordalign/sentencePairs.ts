// The sentence pairs inside one row, each with its own tokens and word links: what the concordance
// stores and shows. The row's stored word links (rows.ts) number tokens through the whole row; here
// each sentence link gets its own text (its sentences joined by a space) and tokens counted from 0.
import type {GroupSentences, SentenceSpan} from '../align/sentences';
import type {RowWordLinks} from './rows';

export interface SentencePair {
  id: string;
  en: string;
  /** [start, end) of each token in `id` / `en` (UTF-16), as tokenSpans finds them */
  idTokens: [number, number][];
  enTokens: [number, number][];
  /** [Indonesian token, English token] */
  links: [number, number][];
}

interface Side {
  text: string;
  tokens: [number, number][];
  /** row token index → index in this pair */
  local: Map<number, number>;
}

function sideOf(
  paragraphs: readonly string[],
  spans: readonly SentenceSpan[],
  sentences: readonly number[],
  tokens: RowWordLinks['id'],
): Side {
  const parts: string[] = [];
  const out: [number, number][] = [];
  const local = new Map<number, number>();
  let offset = 0;
  for (const k of sentences) {
    const s = spans[k]!;
    const body = paragraphs[s.paragraph] ?? '';
    const text = body.slice(s.start, s.end);
    tokens.forEach(([p, start, end], index) => {
      if (p !== s.paragraph || start < s.start || end > s.end) return;
      local.set(index, out.length);
      out.push([offset + start - s.start, offset + end - s.start]);
    });
    parts.push(text);
    offset += text.length + 1;
  }
  return {text: parts.join(' '), tokens: out, local};
}

/** One pair per sentence link that has both sides, in the row's order. */
export function rowSentencePairs(
  idParagraphs: readonly string[],
  enParagraphs: readonly string[],
  group: GroupSentences,
  row: RowWordLinks,
): SentencePair[] {
  const pairs: SentencePair[] = [];
  for (const link of group.links) {
    if (link.id.length === 0 || link.en.length === 0) continue;
    const id = sideOf(idParagraphs, group.id, link.id, row.id);
    const en = sideOf(enParagraphs, group.en, link.en, row.en);
    if (!id.text.trim() || !en.text.trim()) continue;
    const links: [number, number][] = [];
    for (const [i, j] of row.links) {
      const a = id.local.get(i);
      const b = en.local.get(j);
      if (a !== undefined && b !== undefined) links.push([a, b]);
    }
    pairs.push({id: id.text, en: en.text, idTokens: id.tokens, enTokens: en.tokens, links});
  }
  return pairs;
}

/** Links as stored with a pair: "i-j i-j …", Pharaoh style. */
export function formatLinks(links: readonly [number, number][]): string {
  return links.map(([i, j]) => `${i}-${j}`).join(' ');
}

export function parseLinks(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const part of text.split(' ')) {
    const [a, b] = part.split('-').map(Number);
    if (Number.isInteger(a) && Number.isInteger(b)) out.push([a!, b!]);
  }
  return out;
}
