import {expect, test} from 'vitest';
import {keepUnchanged, planRows, type StoredPair} from './rowPlan';

// Rows a, b, c with two pairs each (ids 1-6), and a 1-0 row between b and c with none.
const stored: StoredPair[] = [
  {id: 1, row: 0, rowHash: 'a'},
  {id: 2, row: 0, rowHash: 'a'},
  {id: 3, row: 1, rowHash: 'b'},
  {id: 4, row: 1, rowHash: 'b'},
  {id: 5, row: 3, rowHash: 'c'},
  {id: 6, row: 3, rowHash: 'c'},
];

test('nothing changed: every pair is kept where it is', () => {
  expect(planRows(stored, ['a', 'b', 'x', 'c'])).toEqual({
    renumber: {ids: [], rows: []},
    drop: [],
    build: [2],
    kept: 6,
  });
});

test('an edited row is built again and its old pairs dropped; the others stay', () => {
  expect(planRows(stored, ['a', "b'", 'x', 'c'])).toEqual({
    renumber: {ids: [], rows: []},
    drop: [3, 4],
    build: [1, 2],
    kept: 4,
  });
});

test('a merge of the first two rows renumbers the rows after it', () => {
  expect(planRows(stored, ['ab', 'x', 'c'])).toEqual({
    renumber: {ids: [5, 6], rows: [2, 2]},
    drop: [1, 2, 3, 4],
    build: [0, 1],
    kept: 2,
  });
});

test('rows alike are matched in order, one old row each; pairs without a hash or a row are never kept', () => {
  const twins: StoredPair[] = [
    {id: 1, row: 0, rowHash: 't'},
    {id: 2, row: 1, rowHash: 't'},
    {id: 3, row: 2, rowHash: null},
    {id: 4, row: null, rowHash: 't'},
    {id: 5, row: 3, rowHash: 'u'},
    {id: 6, row: 3, rowHash: 'v'},
  ];
  expect(planRows(twins, ['t', 'z', 't', 't', 'u'])).toEqual({
    renumber: {ids: [2], rows: [2]},
    drop: [4, 3, 5, 6],
    build: [1, 3, 4],
    kept: 2,
  });
});

test('a row built anew whose pairs come out as stored keeps them under its new hash; a changed one is written', () => {
  // A new model: every row hashes anew. Row 0 came out as stored, row 1 did not, row 2 has no pairs.
  const hashes = ["a'", "b'", "x'", "c'"];
  const plan = planRows(stored, hashes);
  expect(plan.build).toEqual([0, 1, 2, 3]);
  const contents = [
    {id: 1, row: 0, content: 'a1'},
    {id: 2, row: 0, content: 'a2'},
    {id: 3, row: 1, content: 'b1'},
    {id: 4, row: 1, content: 'b2'},
    {id: 6, row: 3, content: 'c2'},
    {id: 5, row: 3, content: 'c1'},
  ];
  const kept = keepUnchanged(plan, contents, [['a1', 'a2'], ['b1', 'B2'], [], ['c1', 'c2', 'c3']], hashes);
  expect(kept.rehash).toEqual({ids: [1, 2], hashes: ["a'", "a'"]});
  expect(kept.insert).toEqual([false, true, true, true]);
  expect(kept.plan).toEqual({renumber: {ids: [], rows: []}, drop: [3, 4, 5, 6], build: [1, 2, 3], kept: 2});
});

test('only dropped pairs of rows being built are kept again, in id order', () => {
  const plan = planRows(stored, ['a', "b'", 'x', 'c']);
  // Row 0 is kept by its hash already; pair 3 and 4 are row 1's, listed out of order.
  const contents = [
    {id: 4, row: 1, content: 'b2'},
    {id: 1, row: 0, content: 'a1'},
    {id: 3, row: 1, content: 'b1'},
  ];
  const kept = keepUnchanged(plan, contents, [['b1', 'b2'], []], ['a', "b'", 'x', 'c']);
  expect(kept.rehash).toEqual({ids: [3, 4], hashes: ["b'", "b'"]});
  expect(kept.plan).toEqual({renumber: {ids: [], rows: []}, drop: [], build: [2], kept: 6});
});
