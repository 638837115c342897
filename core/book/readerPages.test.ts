import {expect, test} from 'vitest';
import {deriveChapters, isPaged, locateRow, pageRows, pageStarts, rowOfParagraph, type RowSpan} from './readerPages';

/** Rows from a shape like '1-1 2-1 0-1 1-0': Indonesian–English paragraph counts per row. */
function rowsOf(shape: string): RowSpan[] {
  let id = 0;
  let en = 0;
  return shape.split(' ').map((s) => {
    const [a, b] = s.split('-').map(Number);
    const row = {idStart: id, idEnd: id + a, enStart: en, enEnd: en + b};
    id += a;
    en += b;
    return row;
  });
}
const heading = (ordinal: number, level = 1, title = `H${ordinal}`) => ({ordinal, level, title});

test('a paragraph is found in its row, also past rows with nothing on its side', () => {
  const rows = rowsOf('1-1 2-1 0-1 1-0 1-1');
  expect([0, 1, 2, 3, 4].map((p) => rowOfParagraph(rows, 'id', p))).toEqual([0, 1, 1, 3, 4]);
  expect([0, 1, 2, 3].map((p) => rowOfParagraph(rows, 'en', p))).toEqual([0, 1, 2, 4]);
  expect(rowOfParagraph(rows, 'id', 5)).toBeNull();
});

test('top-level headings of the original language start chapters; the text before them is a chapter too', () => {
  const rows = rowsOf('1-1 1-1 1-1 1-1 1-1 1-1');
  const chapters = deriveChapters(
    rows,
    {id: [heading(1, 2, 'Bab 1'), heading(2, 3, 'Bagian'), heading(4, 2, 'Bab 2')], en: [heading(1, 1, 'Chapter 1')]},
    'id',
  );
  expect(chapters.map((c) => [c.number, c.startRow, c.endRow, c.titles])).toEqual([
    [1, 0, 1, {}],
    [2, 1, 4, {id: 'Bab 1', en: 'Chapter 1'}],
    [3, 4, 6, {id: 'Bab 2'}],
  ]);
  expect(isPaged(chapters)).toBe(true);
});

test('without headings in the original language the other one gives the chapters; without any, one chapter', () => {
  const rows = rowsOf('1-1 1-1 1-1');
  expect(deriveChapters(rows, {id: [], en: [heading(0), heading(2)]}, 'id').map((c) => c.startRow)).toEqual([0, 2]);
  const single = deriveChapters(rows, {id: [], en: []}, 'id');
  expect(single).toHaveLength(1);
  expect(isPaged(single)).toBe(false);
});

test('pages hold at most the limit of paragraphs on either side, and at least one row', () => {
  const rows = rowsOf('2-1 2-1 1-3 1-1 5-1');
  expect(pageStarts(rows, 0, 5, undefined, 4)).toEqual([0, 2, 4]);
  expect(pageStarts(rows, 4, 5, undefined, 4)).toEqual([4]);
});

test('pages also hold at most the limit of characters, so that long paragraphs make shorter pages', () => {
  const rows = rowsOf('1-1 1-1 1-1 1-1');
  const lengths = {id: [100, 900, 100, 100], en: [100, 900, 100, 100]};
  expect(pageStarts(rows, 0, 4, lengths, 150, 1000)).toEqual([0, 1, 2]);
  // A row longer than a page is a page of its own, never split.
  expect(pageStarts(rows, 1, 2, lengths, 150, 1000)).toEqual([1]);
});

test('a row is located on its chapter page, and pages outside a chapter do not exist', () => {
  const rows = rowsOf(Array.from({length: 400}, () => '1-1').join(' '));
  const chapters = deriveChapters(rows, {id: [heading(0), heading(10)], en: []}, 'id');
  const [, long] = chapters;
  expect(long.pages).toEqual([10, 160, 310]);
  expect(locateRow(chapters, 5)).toMatchObject({chapter: {number: 1}, page: 1});
  expect(locateRow(chapters, 320)).toMatchObject({chapter: {number: 2}, page: 3});
  expect(locateRow(chapters, 400)).toBeNull();
  expect(pageRows(long, 3)).toEqual({start: 310, end: 400});
  expect(pageRows(long, 4)).toBeNull();
  expect(pageRows(long, 0)).toBeNull();
});
