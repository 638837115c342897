import {expect, test} from 'vitest';
import type {LinkState} from '../vocabulary';
import {type AlignedDoc, applyChange} from './alignmentChange';
import {planInWindow} from './alignmentEdits';
import {
  clip,
  type DocOutline,
  fillParagraphs,
  MAX_CHUNK_PARAGRAPHS,
  missingParagraphs,
  packRows,
  partialDocOf,
  unpackRows,
} from './partialDoc';

const p = (body: string, heading?: number) => ({body, provenance: 'original' as const, ...(heading && {heading})});
const link = (idStart: number, idEnd: number, enStart: number, enEnd: number, score = 0.9): LinkState => ({
  idStart,
  idEnd,
  enStart,
  enEnd,
  score,
  status: 'automatic',
});

test('rows pack to counts, thousandths and a confirmed mark, and unpack to the same tiling', () => {
  const links = [
    link(0, 1, 0, 1, 0.4999),
    {...link(1, 3, 1, 1, 1), status: 'confirmed' as const},
    link(3, 3, 1, 2, 0.5),
  ];
  expect(packRows(links)).toBe('1.1.499 2.0.1000c 0.1.500');
  expect(unpackRows(packRows(links))).toEqual([
    link(0, 1, 0, 1, 0.499),
    {...link(1, 3, 1, 1, 1), status: 'confirmed'},
    link(3, 3, 1, 2, 0.5),
  ]);
  expect(unpackRows('')).toEqual([]);
});

// Shape: id paragraphs 0–5 with headings at 0 and 3, en 0–4; rows 1-1, 1-1, 1-0, 1-1, 2-2.
const full: AlignedDoc = {
  links: [link(0, 1, 0, 1), link(1, 2, 1, 2), link(2, 3, 2, 2), link(3, 4, 2, 3), link(4, 6, 3, 5)],
  paragraphs: {
    id: [p('Bab 1', 1), p('a'), p('b'), p('Bab 2', 1), p('c'), p('d')],
    en: [p('Chapter 1', 1), p('A'), p('Chapter 2', 1), p('C'), p('D')],
  },
};
const outline: DocOutline = {
  rows: packRows(full.links),
  counts: {id: 6, en: 5},
  headings: {
    id: [
      {at: 0, paragraph: p('Bab 1', 1)},
      {at: 3, paragraph: p('Bab 2', 1)},
    ],
    en: [
      {at: 0, paragraph: p('Chapter 1', 1)},
      {at: 2, paragraph: p('Chapter 2', 1)},
    ],
  },
};

test('a copy holds its headings, the chunk it came with, and knows which paragraphs of some rows it lacks', () => {
  const doc = partialDocOf(outline, {id: {from: 0, list: full.paragraphs.id.slice(0, 3)}, en: {from: 0, list: []}});
  expect(doc.paragraphs.id).toEqual([p('Bab 1', 1), p('a'), p('b'), p('Bab 2', 1), null, null]);
  expect(doc.paragraphs.en).toEqual([p('Chapter 1', 1), null, p('Chapter 2', 1), null, null]);
  // Rows 0–2 lack only English paragraph 1; rows 3–4 lack id 4–5 and en 3–4.
  expect(missingParagraphs(doc, doc.links, 0, 3)).toEqual({id: [0, 0], en: [1, 2]});
  expect(missingParagraphs(doc, doc.links, 3, 5)).toEqual({id: [4, 6], en: [3, 5]});
  const filled = fillParagraphs(doc, {id: {from: 4, list: [p('c'), p('d')]}, en: {from: 1, list: [p('A')]}});
  expect(missingParagraphs(filled, filled.links, 0, 3)).toBeNull();
  expect(missingParagraphs(filled, filled.links, 3, 5)).toEqual({id: [0, 0], en: [3, 5]});
});

test('a change applies to a copy with holes as to the whole text, the holes moving with their paragraphs', () => {
  const doc = partialDocOf(outline, {id: {from: 0, list: full.paragraphs.id.slice(0, 3)}, en: {from: 0, list: []}});
  // Splitting loaded paragraph 2 ("b") in two moves every later paragraph, holes included.
  const split = planInWindow({offset: 0, links: full.links}, () => p('b1 b2'), {
    kind: 'splitParagraph',
    lang: 'id',
    position: 2,
    offset: 2,
  });
  if (!split.ok) throw new Error(split.error);
  const after = applyChange(doc, split.change);
  const whole = applyChange(full, split.change);
  expect(after.links).toEqual(whole.links);
  expect(after.paragraphs.id).toEqual([p('Bab 1', 1), p('a'), p('b1'), p('b2'), p('Bab 2', 1), null, null]);
  expect(after.paragraphs.id.map((x, k) => x ?? whole.paragraphs.id[k])).toEqual(whole.paragraphs.id);
});

test('a request reads at most MAX_CHUNK_PARAGRAPHS of a language; the rest is asked for next', () => {
  expect(clip({id: [10, 10 + MAX_CHUNK_PARAGRAPHS + 5], en: [0, 3]})).toEqual({
    id: [10, 10 + MAX_CHUNK_PARAGRAPHS],
    en: [0, 3],
  });
});
