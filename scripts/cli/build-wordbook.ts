// Writes content/kamus-saku-selaras/{id,en}.epub, the shipped book-length text: every hand-written
// gloss of content/lexicon/selaras-id-en.tsv as one entry, in chapters by the file's sections, with
// an introduction, written out in both languages and made into EPUB files by the project's own
// writer (core/book/epubWriter.ts). Run it again after the glosses change: tsx scripts/cli/build-wordbook.ts
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {block, type Block, type Mark} from '../../core/book/blocks';
import {writeEpub} from '../../core/book/testBooks';
import {CHAPTERS, INTRODUCTION, TITLES} from './wordbookText';

const root = path.resolve(import.meta.dirname, '../..');
const tsv = readFileSync(path.join(root, 'content/lexicon/selaras-id-en.tsv'), 'utf8');

type Lang = 'id' | 'en';
const quote = (lang: Lang, glosses: string[]) => {
  const quoted = glosses.map((g) => `“${g}”`);
  const or = lang === 'id' ? 'atau' : 'or';
  return quoted.length < 2
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')}${lang === 'id' ? ',' : ''} ${or} ${quoted.at(-1)}`;
};

/** "Kata rumah berarti …": the headword strong, the English glosses as they are in the lexicon. */
function entry(lang: Lang, word: string, glosses: string[]): Block {
  const [before, after] =
    lang === 'id'
      ? ['Kata ', ` dalam bahasa Inggris berarti ${quote(lang, glosses)}.`]
      : ['The Indonesian word ', ` means ${quote(lang, glosses)} in English.`];
  const marks: Mark[] = [[before.length, before.length + word.length, 'strong']];
  return block('paragraph', `${before}${word}${after}`, null, marks);
}

function book(lang: Lang): Block[] {
  const blocks: Block[] = [block('heading', INTRODUCTION.title[lang], 1)];
  for (const p of INTRODUCTION.paragraphs[lang]) blocks.push(block('paragraph', p));
  let chapter = -1;
  for (const line of tsv.split('\n')) {
    if (line.startsWith('# ')) {
      const section = CHAPTERS.findIndex((c) => line.startsWith(`# ${c.section}`));
      // A section's continuation (the derived forms come in four, by rank) stays in its chapter.
      if (section < 0 || section === chapter) continue;
      chapter = section;
      const c = CHAPTERS[section]!;
      blocks.push(block('heading', `${lang === 'id' ? 'Bab' : 'Chapter'} ${section + 1}. ${c.title[lang]}`, 1));
      blocks.push(block('paragraph', c.intro[lang], null, []));
      continue;
    }
    const [word, glosses] = line.split('\t');
    if (chapter < 0 || !word || !glosses || line.startsWith('#')) continue;
    blocks.push(
      entry(
        lang,
        word.trim(),
        glosses
          .split(';')
          .map((g) => g.trim())
          .filter(Boolean),
      ),
    );
  }
  return blocks;
}

for (const lang of ['id', 'en'] as const) {
  const blocks = book(lang);
  const rows = blocks.map((b) => (lang === 'id' ? {id: [b], en: []} : {id: [], en: [b]}));
  const file = path.join(root, 'content/kamus-saku-selaras', `${lang}.epub`);
  writeFileSync(file, writeEpub(rows, lang, TITLES[lang], lang));
  console.log(`${file}: ${blocks.length} paragraphs`);
}
