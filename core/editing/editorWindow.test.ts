import {expect, test} from 'vitest';
import type {LinkState} from '../vocabulary';
import {CHAPTER_LOAD_PARAGRAPHS, displayRows, editorChapters, windowAt} from './editorWindow';
import type {PartialDoc} from './partialDoc';

const oneToOne = (n: number): LinkState[] =>
  Array.from({length: n}, (_, i) => ({
    idStart: i,
    idEnd: i + 1,
    enStart: i,
    enEnd: i + 1,
    score: 0.9,
    status: 'automatic',
  }));
/** n rows, a heading (known) every `chapter` paragraphs, every other paragraph not loaded. */
function book(n: number, chapter: number): PartialDoc {
  const side = Array.from({length: n}, (_, i) =>
    i % chapter === 0 ? {body: `Bab ${i / chapter + 1}`, provenance: 'original' as const, heading: 1} : null,
  );
  return {links: oneToOne(n), paragraphs: {id: side, en: [...side]}};
}

test("the window is the cursor's chapter page; the page loads the whole chapter when it is short enough", () => {
  const doc = book(1000, 200);
  const chapters = editorChapters(doc.links, doc.paragraphs);
  expect(chapters.map((c) => [c.startRow, c.endRow, c.titles.id])).toEqual([
    [0, 200, 'Bab 1'],
    [200, 400, 'Bab 2'],
    [400, 600, 'Bab 3'],
    [600, 800, 'Bab 4'],
    [800, 1000, 'Bab 5'],
  ]);
  expect(windowAt(chapters, doc.links, 370)).toMatchObject({
    page: 2,
    start: 350,
    end: 400,
    load: {start: 200, end: 400},
  });
});

test('a chapter longer than the load limit loads a page at a time; a text without headings is one chapter', () => {
  const n = CHAPTER_LOAD_PARAGRAPHS + 200;
  const doc: PartialDoc = {links: oneToOne(n), paragraphs: {id: Array(n).fill(null), en: Array(n).fill(null)}};
  const chapters = editorChapters(doc.links, doc.paragraphs);
  expect(chapters).toHaveLength(1);
  const view = windowAt(chapters, doc.links, 160);
  expect(view).toMatchObject({start: 150, end: 300, load: {start: 150, end: 300}});
});

test('a text in one language has a row per paragraph', () => {
  const p = {body: 'x', provenance: 'original' as const};
  expect(displayRows({links: [], paragraphs: {id: [], en: [p, null]}})).toEqual([
    {idStart: 0, idEnd: 0, enStart: 0, enEnd: 1, score: 1, status: 'automatic'},
    {idStart: 0, idEnd: 0, enStart: 1, enEnd: 2, score: 1, status: 'automatic'},
  ]);
});
