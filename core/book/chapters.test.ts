import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {quickDictionary} from '../align/dictionary';
import {alignParagraphs} from '../align/paragraphs';
import {parseTextSource} from '../texts/content';
import {loadLexicon} from '../../server/texts/lexiconFiles';
import {block, type Block} from './blocks';
import type {ScoredRun as Run} from '../vocabulary';
import {alignByChapters, headingNumber, matchChapters, splitChapters} from './chapters';

const root = path.resolve(import.meta.dirname, '../..');
const dictionary = quickDictionary(loadLexicon());
const align = (id: string[], en: string[]) => alignParagraphs(id, en, {dictionary});

// The shipped texts whose alignment an editor wrote down: chapters with a known right answer.
const texts = [
  'genpi-china-influence',
  'pulau-kenari',
  'payung-kuning',
  'bahasa-milik-bersama',
  'selaras-reader-guide',
].map((slug) => {
  const read = (f: string) => readFileSync(path.join(root, 'content', slug, f), 'utf8');
  const source = parseTextSource(slug, {meta: read('meta.yml'), id: read('id.md'), en: read('en.md')});
  return {id: source.versions.id!.paragraphs, en: source.versions.en!.paragraphs, gold: source.alignment!};
});

interface Book {
  id: Block[];
  en: Block[];
  gold: string[];
}

/** Chapters cycling through the shipped texts, each under "Bab n" / "Chapter n"; `skipEn` left out of the English. */
function makeBook(chapters: number, skipEn: ReadonlySet<number> = new Set()): Book {
  const book: Book = {id: [], en: [], gold: []};
  for (let c = 1; c <= chapters; c++) {
    const text = texts[(c - 1) % texts.length]!;
    const [idBase, enBase] = [book.id.length + 1, book.en.length + 1];
    book.id.push(block('heading', `Bab ${c}`, 1), ...text.id.map((p) => block('paragraph', p)));
    if (skipEn.has(c)) {
      for (let k = 0; k <= text.id.length; k++) book.gold.push(`${idBase - 1 + k}=`);
      continue;
    }
    book.en.push(block('heading', `Chapter ${c}`, 1), ...text.en.map((p) => block('paragraph', p)));
    book.gold.push(`${idBase - 1}=${enBase - 1}`);
    for (const run of text.gold)
      book.gold.push(`${run.id.map((k) => k + idBase).join(',')}=${run.en.map((k) => k + enBase).join(',')}`);
  }
  return book;
}

const shapes = (runs: Run[]) => runs.map((r) => `${r.id.join(',')}=${r.en.join(',')}`);
const accuracy = (runs: Run[], gold: string[]) => {
  const found = new Set(shapes(runs));
  return gold.filter((g) => found.has(g)).length / gold.length;
};

describe('chapters', () => {
  test('headings of the repeated level cut chapters; a single title above them does not count as the level', () => {
    const blocks = [
      block('heading', 'The Book', 1),
      block('heading', 'Chapter I', 2),
      block('paragraph', 'a'),
      block('heading', 'Chapter II', 2),
      block('paragraph', 'b'),
    ];
    expect(splitChapters(blocks).map((c) => [c.start, c.end, c.number])).toEqual([
      [0, 1, null],
      [1, 3, 1],
      [3, 5, 2],
    ]);
    expect(headingNumber('BAB XII. Pulang')).toBe(12);
    expect(headingNumber('Prologue')).toBe(null);
  });

  test('a chapter missing from one side is left out of the matching, by number', () => {
    const book = makeBook(6, new Set([3]));
    expect(matchChapters(splitChapters(book.id), splitChapters(book.en))).toEqual([
      [0, 0],
      [1, 1],
      [3, 2],
      [4, 3],
      [5, 4],
    ]);
  });

  test('a 10,000-paragraph book aligns no worse than its chapters would alone', async () => {
    const book = makeBook(Math.ceil(10_000 / (texts.reduce((n, t) => n + t.id.length + 1, 0) / texts.length)));
    expect(book.id.length).toBeGreaterThanOrEqual(10_000);
    const runs = await alignByChapters(book.id, book.en, align);
    expect(runs.flatMap((r) => r.id)).toEqual([...book.id.keys()]);
    expect(runs.flatMap((r) => r.en)).toEqual([...book.en.keys()]);
    const alone = texts.map((t) =>
      accuracy(
        align(t.id, t.en),
        t.gold.map((r) => `${r.id.join(',')}=${r.en.join(',')}`),
      ),
    );
    const expected = alone.reduce((n, a) => n + a, 0) / alone.length;
    expect(accuracy(runs, book.gold)).toBeGreaterThanOrEqual(expected - 0.01);
  }, 120_000);

  test('a chapter in one language only becomes unlinked rows and its neighbours stay right', async () => {
    const book = makeBook(10, new Set([4]));
    const runs = await alignByChapters(book.id, book.en, align);
    const whole = makeBook(10);
    const reference = new Set(shapes(await alignByChapters(whole.id, whole.en, align)));
    const lone = splitChapters(book.id)[4 - 1]!;
    const found = new Set(shapes(runs));
    for (let k = lone.start; k < lone.end; k++) expect(found.has(`${k}=`)).toBe(true);
    // Chapter 5 onwards: the same links as in the complete book, shifted by the missing English chapter.
    const shift = splitChapters(whole.en)[3]!.end - splitChapters(whole.en)[3]!.start;
    const after = [...reference]
      .map((s) => s.split('=').map((side) => side.split(',').filter(Boolean).map(Number)) as [number[], number[]])
      .filter(([ids]) => ids.length && ids[0]! >= lone.end)
      .map(([ids, ens]) => `${ids.join(',')}=${ens.map((k) => k - shift).join(',')}`);
    expect(after.length).toBeGreaterThan(100);
    expect(after.filter((s) => found.has(s)).length).toBe(after.length);
  }, 60_000);
});
