import {expect, test} from 'vitest';
import {parseIndex, synsetWords, wordnetKey} from './build-english-synonyms';

test('a lexicon gloss is looked up as WordNet spells its lemmas', () => {
  expect(wordnetKey('save (money)')).toBe('save');
  expect(wordnetKey('to break down')).toBe('break_down');
  expect(wordnetKey('a very long gloss of many words')).toBeNull();
  expect(wordnetKey("eat one's heart out")).toBeNull();
});

test("WordNet's index lists a lemma's synsets most frequent first, and a synset's data line its members", () => {
  const index = parseIndex(
    [
      '  1 This software and database is being provided …',
      'news n 2 2 @ ~ 2 1 06642672 06643763  ',
      'break_down v 2 2 @ ~ 2 0 00242000 00635000  ',
    ].join('\n'),
  );
  expect(index.get('news')).toEqual(['06642672', '06643763']);
  expect(index.get('break_down')).toEqual(['00242000', '00635000']);
  const line = '00000042 10 n 03 news 0 intelligence 0 tidings 0 001 @ 06642138 n 0000 | information …\n';
  const data = Buffer.from(`xx\n${line}`);
  expect(synsetWords(data, 3)).toEqual(['news', 'intelligence', 'tidings']);
  expect(synsetWords(Buffer.from('00000000 00 s 02 galore(ip) 0 Abundant 0 | …\n'), 0)).toEqual(['galore', 'abundant']);
});
