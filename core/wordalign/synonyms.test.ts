import {expect, test} from 'vitest';
import {synonymsOf} from './synonyms';

const thesaurus = {letih: 'capek lelah', lelah: 'letih'};

test("a word's synonyms are its own entry's, else its root's", () => {
  expect(synonymsOf(thesaurus, 'letih')).toEqual(['capek', 'lelah']);
  expect(synonymsOf(thesaurus, 'keletihan')).toEqual(['capek', 'lelah']);
  expect(synonymsOf(thesaurus, 'meja')).toEqual([]);
});
