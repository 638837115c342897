import {expect, test} from 'vitest';
import {cutAtMarks, markWords} from './wordMarks';

test('the words of a translation are marked where they stand, whole words only, case aside', () => {
  const text = 'The Health Ministry aims to vaccinate children.';
  expect(markWords(text, 'ministry')).toEqual([[11, 19]]);
  expect(markWords(text, 'health ministry')).toEqual([
    [4, 10],
    [11, 19],
  ]);
  expect(markWords(text, 'aim')).toEqual([]);
  expect(markWords(text, null)).toEqual([]);
  expect(cutAtMarks('a b c', [[2, 3]])).toEqual([
    ['a ', false],
    ['b', true],
    [' c', false],
  ]);
});
