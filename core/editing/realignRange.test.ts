import {expect, test} from 'vitest';
import {applyChange, type LinkState} from './alignmentChange';
import {planRealignRange, realignRangeSpan} from './realignRange';

const link = (id: [number, number], en: [number, number], status: LinkState['status'] = 'automatic'): LinkState => ({
  idStart: id[0],
  idEnd: id[1],
  enStart: en[0],
  enEnd: en[1],
  score: 0.5,
  status,
});
// Rows '1-1 2-0 0-2 1-1 1-1': the aligner pairs each run of the range one to one.
const links = [
  link([0, 1], [0, 1]),
  link([1, 3], [1, 1]),
  link([3, 3], [1, 3]),
  link([3, 4], [3, 4]),
  link([4, 5], [4, 5]),
];
const oneToOne = (id: string[], en: string[]) =>
  Array.from({length: Math.max(id.length, en.length)}, (_, i) => ({
    id: i < id.length ? [i] : [],
    en: i < en.length ? [i] : [],
    score: 0.8,
  }));

test('re-aligning a chapter changes its rows only and keeps the links tiling the whole text', () => {
  const span = realignRangeSpan(links, 1, 3);
  expect(span).toEqual({row: 1, id: [1, 3], en: [1, 3]});
  const planned = planRealignRange(links, 1, 3, {id: ['a', 'b'], en: ['x', 'y']}, oneToOne);
  if (!planned.ok) throw new Error(planned.error);
  const doc = applyChange({links, paragraphs: {id: [], en: []}}, planned.change);
  expect(doc.links.map((l) => `${l.idEnd - l.idStart}-${l.enEnd - l.enStart}`)).toEqual([
    '1-1',
    '1-1',
    '1-1',
    '1-1',
    '1-1',
  ]);
  expect(doc.links[0]).toBe(links[0]);
  expect(doc.links.at(-1)).toEqual(links.at(-1));
});

test('a confirmed row in the chapter stays with everything before it; a fully confirmed chapter has nothing to do', () => {
  const confirmed = links.map((l, i) => (i === 1 ? {...l, status: 'confirmed' as const} : l));
  expect(realignRangeSpan(confirmed, 1, 3)).toEqual({row: 2, id: [3, 3], en: [1, 3]});
  expect(realignRangeSpan(confirmed, 1, 2)).toBeNull();
  expect(planRealignRange(confirmed, 1, 2, {id: [], en: []}, oneToOne)).toEqual({ok: false, error: 'nothingToDo'});
});

test('a range outside the text or paragraphs that do not match the range are refused', () => {
  expect(realignRangeSpan(links, 3, 9)).toBeNull();
  expect(realignRangeSpan(links, 2, 2)).toBeNull();
  expect(planRealignRange(links, 1, 3, {id: ['a'], en: ['x', 'y']}, oneToOne)).toEqual({
    ok: false,
    error: 'invalidOperation',
  });
});
