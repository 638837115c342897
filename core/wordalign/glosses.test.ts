import {expect, test} from 'vitest';
import {loadLexicon} from '../../server/texts/lexiconFiles';
import {createWordAligner} from './aligner';
import {glossLemmas, glossVariants} from './glosses';
import {tokenize} from './tokens';

test("a gloss's contractions are also matched spelled out", () => {
  expect(glossVariants("it's high time")).toEqual(["it's high time", 'it is high time']);
  expect(glossVariants("don't mention it")).toEqual(["don't mention it", 'do not mention it']);
  expect(glossVariants("can't stand")).toEqual(["can't stand", 'can not stand']);
  expect(glossVariants('time to')).toEqual(['time to']);
});

test('a phrase glossed with a contraction meets the sentence that spells it out', () => {
  const aligner = createWordAligner(loadLexicon());
  const it = tokenize('Sudah saatnya kita berhenti mengeluh.');
  const et = tokenize('It is high time we stopped complaining.');
  const found = aligner.align(it, et).map((l) => `${it[l.id]}=${et[l.en]}`);
  expect(found).toEqual(expect.arrayContaining(['Sudah=It', 'Sudah=is', 'Sudah=high', 'saatnya=time']));
});

test('gloss words weigh by rank and grammar words of a gloss count for nothing', () => {
  const lemmas = glossLemmas(['to use', 'the colours', 'in order to apply']);
  expect(lemmas.get('use')).toBe(1);
  expect(lemmas.get('color')).toBe(0.9);
  expect(lemmas.get('apply')).toBe(0.9);
  expect(lemmas.has('to')).toBe(false);
  expect(lemmas.has('order')).toBe(false);
});
