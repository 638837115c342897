// The generated EPUB pair of the book benchmarks: chapters of the shipped texts' real paragraphs,
// cycled under "Bab n" / "Chapter n" headings until each side has the paragraphs asked for.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {block, type Block} from '../../core/book/blocks';
import {writeEpub} from '../../core/book/testBooks';
import {parseTextSource} from '../../core/texts/content';

const root = path.resolve(import.meta.dirname, '../..');

/** Chapters cycling through the shipped texts until each side has paragraphs blocks. */
function generatePair(paragraphs: number): {id: Block[]; en: Block[]} {
  const texts = [
    'pulau-kenari',
    'payung-kuning',
    'bahasa-milik-bersama',
    'selaras-reader-guide',
    'genpi-china-influence',
  ].map((slug) => {
    const read = (f: string) => readFileSync(path.join(root, 'content', slug, f), 'utf8');
    return parseTextSource(slug, {meta: read('meta.yml'), id: read('id.md'), en: read('en.md')}).versions;
  });
  const pair = {id: [] as Block[], en: [] as Block[]};
  for (let c = 1; pair.id.length < paragraphs || pair.en.length < paragraphs; c++) {
    const text = texts[(c - 1) % texts.length]!;
    for (const lang of ['id', 'en'] as const) {
      const room = paragraphs - pair[lang].length;
      if (room <= 0) continue;
      const heading = block('heading', `${lang === 'id' ? 'Bab' : 'Chapter'} ${c}`, 1);
      const body = text[lang]!.paragraphs.map((p, k) =>
        block('paragraph', p, null, k % 5 ? [] : [[0, p.indexOf(' ') > 0 ? p.indexOf(' ') : p.length, 'em']]),
      );
      pair[lang].push(...[heading, ...body].slice(0, room));
    }
  }
  return pair;
}

/** The two uploads: EPUB files of the generated pair (which is garbage once they are written). */
export function generateBookFiles(paragraphs: number): {id: Uint8Array; en: Uint8Array} {
  const pair = generatePair(paragraphs);
  return {
    id: writeEpub(
      pair.id.map((b) => ({id: [b], en: []})),
      'id',
      'Buku uji',
    ),
    en: writeEpub(
      pair.en.map((b) => ({id: [], en: [b]})),
      'en',
      'Test book',
    ),
  };
}
