// Which words of a row translate the word under the pointer, found in the page itself: a row element
// carries its packed word links (data-w, core/wordalign/packedLinks.ts), and each paragraph's tokens
// are found again in its text (tokenSpans), so hovering asks the server nothing. Used by the reader and
// the alignment editor; paragraphs are the row's p[lang] elements whose text is the paragraph's body.
import type {Lang} from '@/core/vocabulary';
import {partnersOf, unpackRowLinks} from '@/core/wordalign/packedLinks';
import {tokenSpans} from '@/core/wordalign/tokens';
import {caretAt, paint} from './wordRanges';

interface Token {
  p: HTMLElement;
  start: number;
  end: number;
}
interface RowData {
  links: [number, number][];
  tokens: Record<Lang, Token[]>;
}

const rows = new WeakMap<HTMLElement, {key: string; data: RowData}>();

function paragraphsOf(row: HTMLElement, lang: Lang): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>(`p[lang=${lang}]:not(.none)`)];
}

function rowData(row: HTMLElement): RowData | null {
  const packed = row.dataset.w;
  if (!packed) return null;
  const paragraphs = {id: paragraphsOf(row, 'id'), en: paragraphsOf(row, 'en')};
  // Text can change under a row in the editor: the cache holds while the links and texts are the same.
  const key = `${packed}|${[...paragraphs.id, ...paragraphs.en].map((p) => p.textContent?.length).join(',')}`;
  const cached = rows.get(row);
  if (cached?.key === key) return cached.data;
  const tokens = {id: [] as Token[], en: [] as Token[]};
  for (const lang of ['id', 'en'] as const)
    for (const p of paragraphs[lang])
      for (const t of tokenSpans(p.textContent ?? '')) tokens[lang].push({p, start: t.start, end: t.end});
  const data = {links: unpackRowLinks(packed), tokens};
  rows.set(row, {key, data});
  return data;
}

/** The offset in `p`'s text of a point inside one of its text nodes. */
export function offsetIn(p: HTMLElement, node: Node, offset: number): number | null {
  const walker = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return at + offset;
    at += (n as Text).data.length;
  }
  return null;
}

/** A range over [start, end) of `p`'s text, across its text nodes (sentence spans, emphasis). */
function rangeIn(p: HTMLElement, start: number, end: number): Range {
  const range = p.ownerDocument.createRange();
  const walker = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let at = 0;
  let started = false;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const next = at + n.data.length;
    if (!started && start < next) {
      range.setStart(n, start - at);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(n, end - at);
      break;
    }
    at = next;
  }
  return range;
}

export interface WordPair {
  self: Range;
  /** the counterpart words, in order */
  others: Range[];
  /** their text, joined by spaces: "in this sentence: …" */
  words: string;
}

/** The word at `offset` of paragraph `p` and its counterparts; null outside a word or a row with links. */
export function pairAt(p: HTMLElement, offset: number): WordPair | null {
  const row = p.closest<HTMLElement>('[data-w]');
  const lang: Lang | null = p.lang === 'en' ? 'en' : p.lang === 'id' ? 'id' : null;
  const data = row && lang ? rowData(row) : null;
  if (!data || !lang) return null;
  const k = data.tokens[lang].findIndex((t) => t.p === p && t.start <= offset && offset < t.end);
  if (k < 0) return null;
  const own = data.tokens[lang][k]!;
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const others = partnersOf(data.links, [k], lang)
    .map((j) => data.tokens[other][j])
    .filter((t): t is Token => !!t)
    .map((t) => rangeIn(t.p, t.start, t.end));
  return {self: rangeIn(own.p, own.start, own.end), others, words: others.map((r) => r.toString()).join(' ')};
}

function inside(range: Range, x: number, y: number): boolean {
  return [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
}

/**
 * Hover highlighting inside `root`: the word under a mouse or pen and its counterparts are painted
 * (named highlights word-hover and word-pair). Touch has the lookup instead. Returns the cleanup.
 */
export function attachWordPairs(root: HTMLElement): () => void {
  let frame = 0;
  let last: {x: number; y: number} | null = null;
  const clear = () => {
    paint('word-hover', []);
    paint('word-pair', []);
  };
  const update = () => {
    frame = 0;
    if (!last) return;
    const caret = caretAt(last.x, last.y);
    const p = caret?.node.parentElement?.closest<HTMLElement>('p[lang]');
    const offset = p && caret ? offsetIn(p, caret.node, caret.offset) : null;
    const pair = p && offset !== null ? pairAt(p, offset) : null;
    if (!pair || !inside(pair.self, last.x, last.y)) return clear();
    paint('word-hover', [pair.self]);
    paint('word-pair', pair.others);
  };
  const onMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    last = {x: event.clientX, y: event.clientY};
    if (!frame) frame = requestAnimationFrame(update);
  };
  const onLeave = () => {
    last = null;
    clear();
  };
  root.addEventListener('pointermove', onMove);
  root.addEventListener('pointerleave', onLeave);
  root.dataset.wordPairs = 'ready';
  return () => {
    root.removeEventListener('pointermove', onMove);
    root.removeEventListener('pointerleave', onLeave);
    if (frame) cancelAnimationFrame(frame);
    clear();
  };
}
