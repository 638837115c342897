import {expect, test} from 'vitest';
import {englishSynonymsOf, synonymsOf} from './synonyms';

const thesaurus = {letih: 'capek lelah', lelah: 'letih'};

test("a word's synonyms are its own entry's, else its root's", () => {
  expect(synonymsOf(thesaurus, 'letih')).toEqual(['capek', 'lelah']);
  expect(synonymsOf(thesaurus, 'keletihan')).toEqual(['capek', 'lelah']);
  expect(synonymsOf(thesaurus, 'meja')).toEqual([]);
});

test("an English gloss's synonyms are found whatever its parenthesis or leading to", () => {
  const synonyms = {save: 'salvage relieve', 'break down': 'crush analyze'};
  expect(englishSynonymsOf(synonyms, 'save (money)')).toEqual(['salvage', 'relieve']);
  expect(englishSynonymsOf(synonyms, 'to break  down')).toEqual(['crush', 'analyze']);
  expect(englishSynonymsOf(synonyms, 'saving')).toEqual([]);
});
