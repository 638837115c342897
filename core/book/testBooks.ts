// Books made in tests and benchmarks with the project's own EPUB writer.
import {block, type Block} from './blocks';
import {rowPart, type BookLayout, type BookRow} from './bilingual';
import {EpubWriter} from './epubWriter';
import {concat} from './zip';

export function writeEpub(rows: BookRow[], layout: BookLayout, title = 'Book', first: 'id' | 'en' = 'id'): Uint8Array {
  const chunks: Uint8Array[] = [];
  const languages = layout === 'id' || layout === 'en' ? [layout] : [first, first === 'id' ? 'en' : 'id'];
  const writer = new EpubWriter(
    {identifier: `urn:selaras:${title}`, title, languages, modified: new Date('2026-01-01T00:00:00Z')},
    (chunk) => chunks.push(chunk),
  );
  for (const row of rows) {
    const part = rowPart(row, layout, first);
    if (part) writer.add(part);
  }
  writer.finish();
  return concat(chunks);
}

/** A book of `chapters` chapters of `perChapter` paragraphs, with emphasis, a quote and verse in each. */
export function sampleBlocks(lang: 'id' | 'en', chapters: number, perChapter: number): Block[] {
  const out: Block[] = [];
  for (let c = 1; c <= chapters; c++) {
    out.push(block('heading', lang === 'id' ? `Bab ${c}` : `Chapter ${c}`, 1));
    for (let p = 1; p <= perChapter; p++) {
      const words =
        lang === 'id'
          ? `Paragraf ${p} dari bab ${c} bercerita tentang pulau`
          : `Paragraph ${p} of chapter ${c} tells of the island`;
      if (p % 7 === 3) out.push(block('quote', `${words} — kutipan`));
      else if (p % 11 === 5) out.push(block('verse', `${words}\nbaris kedua`));
      else out.push(block('paragraph', `${words} dan laut.`, null, [[0, words.indexOf(' '), 'em']]));
    }
  }
  return out;
}
