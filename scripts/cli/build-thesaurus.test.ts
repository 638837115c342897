import {expect, test} from 'vitest';
import {MAX_SYNONYMS, parseMythes} from './build-thesaurus';

test('MyThes entries become one-word synonyms, antonyms and phrases left out', () => {
  const text = [
    'ISO-8859-1',
    'letih|2',
    '[a]|capek|lelah|tidak bertenaga',
    '[ant]|segar',
    'tatap muka|1',
    '[v]|bertemu',
    'banyak|1',
    `[a]|${Array.from({length: 15}, (_, n) => `kata${'x'.repeat(n)}`).join('|')}`,
  ].join('\n');
  const table = parseMythes(text);
  expect(table.get('letih')).toEqual(['capek', 'lelah']);
  expect(table.has('tatap muka')).toBe(false);
  expect(table.get('banyak')).toHaveLength(MAX_SYNONYMS);
});
