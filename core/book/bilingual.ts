// An aligned text's rows as the parts of a book: side by side (two columns a row), interleaved (the
// Indonesian paragraphs of a row, then the English), or one language alone. A row whose original
// side opens with a heading opens a chapter in the book's table of contents.
import type {Lang} from '../vocabulary';
import type {Block} from './blocks';
import type {EpubPart} from './epubWriter';
import {blockXhtml, escapeXml} from './xhtml';

export type BookLayout = 'sideBySide' | 'interleaved' | Lang;
export const BOOK_LAYOUTS: readonly BookLayout[] = ['sideBySide', 'interleaved', 'id', 'en'];

export interface BookRow {
  id: Block[];
  en: Block[];
}

const side = (blocks: Block[], lang: Lang) => blocks.map((b) => blockXhtml(b, ` lang="${lang}" xml:lang="${lang}"`));

function headingOf(row: BookRow, layout: BookLayout, first: Lang): EpubPart['heading'] {
  const langs: Lang[] = layout === 'id' || layout === 'en' ? [layout] : [first, first === 'id' ? 'en' : 'id'];
  const headings = langs.map((l) => row[l][0]).filter((b): b is Block => b?.kind === 'heading');
  if (!headings.length) return undefined;
  const labels = [...new Set(headings.map((h) => h.text.replace(/\s+/g, ' ')))];
  return {label: labels.join(' · '), level: Math.min(...headings.map((h) => h.level ?? 1))};
}

/** One row as a part; null for a row with nothing in the language(s) the layout shows. */
export function rowPart(row: BookRow, layout: BookLayout, first: Lang): EpubPart | null {
  const heading = headingOf(row, layout, first);
  if (layout === 'id' || layout === 'en') {
    if (!row[layout].length) return null;
    return {xhtml: side(row[layout], layout).join('\n'), heading};
  }
  if (layout === 'interleaved') {
    return {xhtml: `<div class="row">${[...side(row.id, 'id'), ...side(row.en, 'en')].join('\n')}</div>`, heading};
  }
  const cell = (lang: Lang) =>
    `<div class="${lang}" lang="${lang}" xml:lang="${lang}">${side(row[lang], lang).join('')}</div>`;
  return {xhtml: `<div class="pair">${cell('id')}${cell('en')}</div>`, heading};
}

/** A bilingual HTML page's opening and closing, around the same parts as the EPUB's. */
export function htmlOpening(title: string, lang: string): string {
  return (
    `<!DOCTYPE html>\n<html lang="${escapeXml(lang)}"><head><meta charset="utf-8"><title>${escapeXml(title)}</title>` +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><style>' +
    'body{font-family:serif;line-height:1.5;max-width:60em;margin:auto;padding:1em}' +
    '.pair{display:grid;grid-template-columns:1fr 1fr;gap:1.5em}.row{margin-bottom:1em}.verse{white-space:pre-line}' +
    `</style></head><body><h1>${escapeXml(title)}</h1>\n`
  );
}
export const HTML_CLOSING = '</body></html>\n';
