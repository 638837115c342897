// Reads the content/ folder (see content/README.md) into text sources.
import {readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import type {ParsedBook} from '../../core/book/epub';
import {parseBook} from '../../core/book/parseBook';
import {ContentError, parseTextSource, type TextSource} from '../../core/texts/content';
import {LANGS, type Lang} from '../../core/vocabulary';
import {contentFolder} from './contentFolder';

export const contentDir = contentFolder();

async function readOptional(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

export async function readContentDir(dir: string = contentDir): Promise<TextSource[]> {
  const entries = await readdir(dir, {withFileTypes: true});
  const sources: TextSource[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = path.join(dir, entry.name);
    const meta = await readOptional(path.join(folder, 'meta.yml'));
    if (meta === undefined) continue; // not a text (e.g. lexicon/)
    sources.push(
      parseTextSource(entry.name, {
        meta,
        id: await readOptional(path.join(folder, 'id.md')),
        en: await readOptional(path.join(folder, 'en.md')),
        books: await readBooks(folder, entry.name),
      }),
    );
  }
  return sources;
}

// A version may come as a book file instead of id.md / en.md (content/README.md).
const BOOK_FILES = ['epub', 'docx', 'html', 'htm', 'txt', 'markdown'];

async function readBooks(folder: string, slug: string): Promise<Partial<Record<Lang, ParsedBook>>> {
  const books: Partial<Record<Lang, ParsedBook>> = {};
  const names = new Set(await readdir(folder));
  for (const lang of LANGS) {
    const name = BOOK_FILES.map((ext) => `${lang}.${ext}`).find((n) => names.has(n));
    if (!name) continue;
    const parsed = await parseBook(name, new Uint8Array(await readFile(path.join(folder, name))));
    if (!parsed.ok) throw new ContentError(`${slug}/${name}: ${parsed.error}`);
    books[lang] = parsed.book;
  }
  return books;
}
