import {expect, test} from 'vitest';
import {loadLexicon} from '../../server/texts/lexiconFiles';
import {withTerms} from '../language/lexiconTerms';
import {createWordAligner} from './aligner';
import {termsTouching} from './termScope';
import {tokenize} from './tokens';

const terms = [
  {phrase: 'perahu karet', gloss: 'dinghy'},
  {phrase: 'rumah makan', gloss: 'eatery'},
];

test('a term touches the rows whose Indonesian has its phrase, or whose English looks up its gloss', () => {
  expect(termsTouching(terms, ['Mereka naik perahu karet.'], ['They took a boat.'])).toEqual([terms[0]]);
  // "eateries" looks up "eatery": the dictionary read backwards would now offer rumah and makan.
  expect(termsTouching(terms, ['Ada dua warung.'], ['There are two eateries.'])).toEqual([terms[1]]);
  // The phrase's words apart are not the phrase; case and paragraphs do not matter.
  expect(termsTouching(terms, ['Perahu itu dari karet.'], ['The boat is rubber.'])).toEqual([]);
  expect(termsTouching(terms, ['Kami ke Rumah', 'makan siang.'], ['We went to lunch.'])).toEqual([terms[1]]);
  expect(termsTouching([], ['perahu karet'], ['dinghy'])).toEqual([]);
});

test('a row no term touches aligns exactly as it did without the terms', () => {
  const lexicon = loadLexicon();
  const plain = createWordAligner(lexicon);
  const withOnes = createWordAligner(withTerms(lexicon, terms));
  const rows: [string, string][] = [
    ['Nelayan itu memperbaiki perahu di pantai.', 'The fisherman repaired the boat on the beach.'],
    ['Kami makan di rumah nenek.', 'We ate at grandmother’s house.'],
    ['Mereka naik perahu karet ke pulau.', 'They took a dinghy to the island.'],
  ];
  for (const [id, en] of rows) {
    const same =
      JSON.stringify(plain.align(tokenize(id), tokenize(en))) ===
      JSON.stringify(withOnes.align(tokenize(id), tokenize(en)));
    expect(same || termsTouching(terms, [id], [en]).length > 0).toBe(true);
  }
  // The last row is touched, and its links do change: the phrase is now one unit.
  const [id, en] = rows[2]!;
  expect(withOnes.align(tokenize(id), tokenize(en))).not.toEqual(plain.align(tokenize(id), tokenize(en)));
});
