// Blocks back to XHTML for an exported book: each kind its element, marks as <em>/<strong> nested
// properly, every character escaped. The inverse of htmlBlocks.ts, so a book exported and imported
// again keeps its structure.
import type {Block, Mark, MarkType} from './blocks';

// XML 1.0 allows no other control characters; a stored paragraph should hold none, but one that did
// would make the whole file unreadable.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The text with its marks as elements: cut at every mark boundary, each piece wrapped in what covers it. */
export function inlineXhtml(text: string, marks: readonly Mark[], lineBreaks = false): string {
  const cuts = new Set([0, text.length]);
  for (const [from, to] of marks) {
    cuts.add(from);
    cuts.add(to);
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  let out = '';
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k]!, points[k + 1]!];
    const covers = (type: MarkType) => marks.some((m) => m[2] === type && m[0] <= from && m[1] >= to);
    let piece = escapeXml(text.slice(from, to));
    if (lineBreaks) piece = piece.replace(/\n/g, '<br/>');
    if (covers('em')) piece = `<em>${piece}</em>`;
    if (covers('strong')) piece = `<strong>${piece}</strong>`;
    out += piece;
  }
  return out;
}

/** One block as an element; `attributes` (already escaped) go on the outer element. */
export function blockXhtml(b: Block, attributes = ''): string {
  const inline = inlineXhtml(b.text, b.marks, b.kind === 'verse');
  switch (b.kind) {
    case 'heading':
      return `<h${b.level ?? 1}${attributes}>${inline}</h${b.level ?? 1}>`;
    case 'quote':
      return `<blockquote${attributes}><p>${inline}</p></blockquote>`;
    case 'listItem':
      return `<ul${attributes}><li>${inline}</li></ul>`;
    case 'preformatted':
      return `<pre${attributes}>${escapeXml(b.text)}</pre>`;
    case 'verse':
      return `<p class="verse"${attributes}>${inline}</p>`;
    default:
      return `<p${attributes}>${inline}</p>`;
  }
}
