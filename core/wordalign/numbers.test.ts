import {expect, test} from 'vitest';
import {dateMonthLinks, numberWordKey} from './numbers';

test('number words meet digits', () => {
  expect(numberWordKey('kelima', 'id')).toBe('5');
  expect(numberWordKey('fifth', 'en')).toBe('5');
});

test('a day/month date gives the month number the English month name', () => {
  const id = ['rabu', '(', '14', '/', '8', ')'];
  expect(dateMonthLinks(id, ['on', 'Wednesday', ',', 'August', '14'])).toEqual([[4, 3]]);
  expect(dateMonthLinks(id, ['on', 'Wednesday', ',', 'Aug.', '14'])).toEqual([[4, 3]]);
  // No month name in the English, a month past 12, no day before the slash, or the modal may: nothing.
  expect(dateMonthLinks(id, ['on', 'Wednesday'])).toEqual([]);
  expect(dateMonthLinks(['14', '/', '13'], ['August'])).toEqual([]);
  expect(dateMonthLinks(['/', '8'], ['August'])).toEqual([]);
  expect(dateMonthLinks(['1', '/', '5'], ['it', 'may', 'rain'])).toEqual([]);
  expect(dateMonthLinks(['1', '/', '5'], ['on', 'May', '1'])).toEqual([[2, 1]]);
});
