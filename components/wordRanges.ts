// Words in the rendered reader, found in the DOM's text nodes rather than wrapped in elements: the
// page's HTML stays small, and selecting and copying text works as on any page.

import {WORD_PATTERN} from '@/core/language/wordPattern';

export interface WordToken {
  node: Text;
  start: number;
  end: number;
  word: string;
}

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
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => {offsetNode: Node; offset: number} | null;
  };
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

const GAP = 6;
const MARGIN = 8;

/**
 * Puts the lookup popover next to the word `word` (its box in the window) without leaving the window:
 * below the word, else above it, else as low as it fits. On phones CSS makes it a sheet at the bottom
 * of the window, and the page scrolls the word above the sheet instead.
 */
export function placePopover(popover: HTMLElement, word: DOMRect): void {
  const height = popover.offsetHeight;
  if (getComputedStyle(popover).position === 'fixed') {
    popover.style.removeProperty('top');
    popover.style.removeProperty('left');
    const hidden = word.bottom + MARGIN - (window.innerHeight - height);
    if (hidden > 0) window.scrollBy({top: hidden, behavior: 'instant'});
    return;
  }
  const width = popover.offsetWidth;
  const room = window.innerHeight - MARGIN;
  let top = word.bottom + GAP;
  const above = word.top - GAP - height;
  if (top + height > room) top = above >= MARGIN ? above : Math.max(MARGIN, room - height);
  const left = Math.max(MARGIN, Math.min(word.left, window.innerWidth - width - MARGIN));
  // The popover is positioned in the page (it scrolls with the text), the word's box is in the window.
  popover.style.top = `${top + window.scrollY}px`;
  popover.style.left = `${left + window.scrollX}px`;
}
