import {expect, test} from 'vitest';
import {countLinks, laxF1, strictF1} from './scoring';

const gold = [
  {id: [0], en: [0]},
  {id: [1, 2], en: [1]},
  {id: [3], en: []},
  {id: [4], en: [2]},
];

test('a perfect prediction scores 1 both ways', () => {
  const c = countLinks(gold, gold);
  expect([strictF1(c), laxF1(c)]).toEqual([1, 1]);
});

test('a merged link split in two is wrong strictly but right laxly', () => {
  const pred = [
    {id: [0], en: [0]},
    {id: [1], en: [1]},
    {id: [2], en: []},
    {id: [3], en: []},
    {id: [4], en: [2]},
  ];
  const c = countLinks(gold, pred);
  // strict: 3 of 5 predicted are gold, 3 of 4 gold found; lax: 4 of 5 predicted hit, all 3 linked gold found.
  expect(strictF1(c)).toBeCloseTo((2 * 0.6 * 0.75) / 1.35);
  expect(laxF1(c)).toBeCloseTo((2 * 0.8 * 1) / 1.8);
});
