// Sentences of a paragraph, and their alignment inside a linked group of paragraphs: what the reader
// highlights when one sentence is pointed at.
import type {Lang, ScoredRun} from '../vocabulary';
import {TITLES, TRAILING} from './abbreviations';
import {SENTENCE_MODEL} from './model';
import {alignParagraphs, type AlignOptions} from './paragraphs';

export interface Span {
  start: number;
  end: number;
}

const ENDINGS = /[.!?…]+/g;
const CLOSERS = /^[”"’'»)\]]*/;
const OPENERS = /[“"‘'«([]/;
const UPPER = /\p{Lu}/u;

function startsSentence(ch: string): boolean {
  return UPPER.test(ch) || (ch >= '0' && ch <= '9') || OPENERS.test(ch);
}

/** The word before a full stop, with inner stops kept: "a.n", "e.g", "dll". */
function wordBefore(text: string, stop: number): string {
  let k = stop;
  while (k > 0 && /[\p{L}\p{N}.]/u.test(text[k - 1])) k--;
  return text.slice(k, stop).replace(/^\.+/, '').toLowerCase();
}

function endsSentence(text: string, punct: string, at: number, next: string, lang: Lang): boolean {
  if (!startsSentence(next)) return false;
  if (punct !== '.') return true;
  const word = wordBefore(text, at);
  if (TRAILING[lang].has(word)) return true;
  if (TITLES[lang].has(word)) return false;
  // An initial ("J. K. Rowling") rather than a one-letter sentence end.
  return !/^\p{Lu}$/u.test(text.slice(at - 1, at)) || /[\p{L}\p{N}]/u.test(text.slice(at - 2, at - 1));
}

/**
 * Character offsets of the sentences of `text`. A sentence ends at . ! ? or … (with any closing
 * quotes or brackets) before white space and a capital, a digit or an opening quote, except after a
 * title or label abbreviation (dr., No., a.n., Mr., e.g.) or an initial. Decimal numbers and inner
 * stops never end one, since no space follows them.
 */
export function splitSentences(text: string, lang: Lang): Span[] {
  const spans: Span[] = [];
  let start = text.search(/\S/);
  if (start < 0) return spans;
  for (const m of text.matchAll(ENDINGS)) {
    const at = m.index;
    const end = at + m[0].length + (CLOSERS.exec(text.slice(at + m[0].length, at + m[0].length + 4))?.[0].length ?? 0);
    if (end >= text.length || !/\s/.test(text[end])) continue;
    const next = text.slice(end).search(/\S/);
    if (next < 0) break;
    const punct = m[0].length > 1 && m[0][0] === '.' ? '…' : m[0][m[0].length - 1];
    if (at < start || !endsSentence(text, punct, at, text[end + next], lang)) continue;
    spans.push({start, end});
    start = end + next;
  }
  const end = text.trimEnd().length;
  if (end > start) spans.push({start, end});
  return spans;
}

/** Aligns the sentences of one linked group: the paragraph model, with 1-3 and 3-1 links and no boilerplate. */
export function alignSentences(idSentences: string[], enSentences: string[], options: AlignOptions = {}): ScoredRun[] {
  return alignParagraphs(idSentences, enSentences, {
    ...options,
    model: {...SENTENCE_MODEL, ...options.model},
    evidence: {boilerplate: false, ...options.evidence},
  });
}

/** A sentence of a linked group: which paragraph of the group it is in, and where. */
export interface SentenceSpan extends Span {
  paragraph: number;
}

export interface GroupSentences {
  id: SentenceSpan[];
  en: SentenceSpan[];
  links: ScoredRun[];
}

/** Splits each side of a paragraph link into sentences and aligns them; link indices point into `id` and `en`. */
export function alignGroupSentences(
  idParagraphs: readonly string[],
  enParagraphs: readonly string[],
  options: AlignOptions = {},
): GroupSentences {
  const spansOf = (paragraphs: readonly string[], lang: Lang) =>
    paragraphs.flatMap((p, paragraph) => splitSentences(p, lang).map((s) => ({...s, paragraph})));
  const id = spansOf(idParagraphs, 'id');
  const en = spansOf(enParagraphs, 'en');
  const text = (paragraphs: readonly string[], s: SentenceSpan) => paragraphs[s.paragraph].slice(s.start, s.end);
  const links = alignSentences(
    id.map((s) => text(idParagraphs, s)),
    en.map((s) => text(enParagraphs, s)),
    options,
  );
  return {id, en, links};
}
