import {expect, test} from 'vitest';
import {findPhrase, markedPieces, markPair, parseQuery} from './query';

const termOf = (word: string) => word.toLowerCase().replace(/^mem/, 'p');

test('a query is one to four words; nothing, only punctuation or too much is refused', () => {
  expect(parseQuery('  pengaruh ')).toEqual({ok: true, words: ['pengaruh']});
  expect(parseQuery('rumah sakit')).toEqual({ok: true, words: ['rumah', 'sakit']});
  expect(parseQuery('')).toEqual({ok: false, error: 'empty'});
  expect(parseQuery('?!')).toEqual({ok: false, error: 'empty'});
  expect(parseQuery('a b c d e')).toEqual({ok: false, error: 'tooLong'});
  expect(parseQuery('x'.repeat(101))).toEqual({ok: false, error: 'tooLong'});
});

test('a phrase is found word after word by its terms, whatever the forms', () => {
  expect(findPhrase('Dia memukul bola itu.', 'id', ['pukul', 'bola'], termOf)).toEqual([[1, 2]]);
  expect(findPhrase('Bola dia pukul.', 'id', ['pukul', 'bola'], termOf)).toEqual([]);
});

test('the words asked for and the words linked to them are marked on their sides', () => {
  const marked = markPair(
    {
      id: 'Pengaruh China.',
      en: "China's influence.",
      links: [
        [0, 1],
        [1, 0],
      ],
    },
    'id',
    [0],
    'influence',
  );
  expect(marked.id.marks).toEqual([[0, 8, 'hit']]);
  expect(marked.en.marks).toEqual([[8, 17, 'pair']]);
  expect(markedPieces(marked.en.text, marked.en.marks)).toEqual([
    {text: "China's ", kind: null},
    {text: 'influence', kind: 'pair'},
    {text: '.', kind: null},
  ]);
});
