// Words in the rendered reader, found in the DOM's text nodes rather than wrapped in elements: the
// page's HTML stays small, and selecting and copying text works as on any page.

import {WORD_PATTERN} from '@/core/wordPattern';

export interface WordToken { node: Text; start: number; end: number; word: string }

/** Every word of an element, in reading order. */
export function wordsOf(root: Element): WordToken[] {
  const out: WordToken[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const m of node.data.matchAll(WORD_PATTERN)) {
      if (/\p{L}/u.test(m[0])) out.push({node, start: m.index, end: m.index + m[0].length, word: m[0]});
    }
  }
  return out;
}

/** The text node and offset under a point: caretPositionFromPoint where it exists, else caretRangeFromPoint. */
export function caretAt(x: number, y: number): {node: Node; offset: number} | null {
  const doc = document as Document & {caretPositionFromPoint?: (x: number, y: number) => {offsetNode: Node; offset: number} | null};
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? {node: p.offsetNode, offset: p.offset} : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? {node: r.startContainer, offset: r.startOffset} : null;
}

export function rangeOf(token: WordToken): Range {
  const range = document.createRange();
  range.setStart(token.node, token.start);
  range.setEnd(token.node, token.end);
  return range;
}

/** Paints ranges with a named CSS highlight (::highlight(name)); a no-op where the API is missing. */
export function paint(name: string, ranges: Range[]): void {
  const css = globalThis.CSS as (typeof CSS & {highlights?: Map<string, unknown>}) | undefined;
  const Highlight = (globalThis as {Highlight?: new (...ranges: Range[]) => unknown}).Highlight;
  if (!css?.highlights || !Highlight) return;
  if (ranges.length === 0) css.highlights.delete(name);
  else css.highlights.set(name, new Highlight(...ranges));
}
