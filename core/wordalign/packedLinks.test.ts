import {expect, test} from 'vitest';
import {packRowLinks, partnersOf, unpackRowLinks} from './packedLinks';
import type {RowWordLinks} from './rows';

// "Pengaruh China." / "China's influence." — tokens as the row store numbers them, sentence by sentence.
const row: RowWordLinks = {
  id: [
    [0, 0, 8],
    [0, 9, 14],
    [0, 14, 15],
  ],
  en: [
    [0, 0, 7],
    [0, 8, 17],
    [0, 17, 18],
  ],
  links: [
    [0, 1, 90],
    [1, 0, 95],
    [2, 2, 99],
  ],
};

test('a row packs as "id:en" groups in the tokens the browser finds again, and unpacks to the same pairs', () => {
  const packed = packRowLinks(['Pengaruh China.'], ["China's influence."], row);
  expect(packed).toBe('0:1;1:0;2:2');
  expect(unpackRowLinks(packed)).toEqual([
    [0, 1],
    [1, 0],
    [2, 2],
  ]);
});

test('tokens of later paragraphs are numbered on through the row; a word with two partners lists both', () => {
  const two: RowWordLinks = {
    id: [
      [0, 0, 4],
      [1, 0, 5],
    ],
    en: [
      [0, 0, 3],
      [0, 4, 9],
      [1, 0, 4],
    ],
    links: [
      [0, 0, 80],
      [0, 1, 80],
      [1, 2, 90],
    ],
  };
  expect(packRowLinks(['Satu', 'Warga'], ['One thing', 'Folk'], two)).toBe('0:0,1;1:2');
});

test('malformed packed text is skipped, never thrown on', () => {
  expect(unpackRowLinks('x:1;2:;3:a,4;;-1:2')).toEqual([[3, 4]]);
  expect(unpackRowLinks(undefined)).toEqual([]);
});

test('partners are found from either side, in order', () => {
  const links: [number, number][] = [
    [0, 2],
    [0, 1],
    [1, 0],
  ];
  expect(partnersOf(links, [0], 'id')).toEqual([1, 2]);
  expect(partnersOf(links, [0], 'en')).toEqual([1]);
});
