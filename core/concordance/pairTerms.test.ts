import {expect, test} from 'vitest';
import {loadLexicon} from '../../server/texts/lexiconFiles';
import {lookupWord} from '../language/lexicon';
import {pairTerms, type TermOf, translationOf} from './pairTerms';

const lexicon = loadLexicon();
const termOf: TermOf = (word, lang) => lookupWord(lexicon, word, lang).root ?? word.toLowerCase();

// Warga(0) menggunakan(1) perahu(2) karet(3) .(4)  /  Residents(0) used(1) rubber(2) boats(3) .(4)
const pair = {
  id: 'Warga menggunakan perahu karet.',
  en: 'Residents used rubber boats.',
  links: [
    [0, 0],
    [1, 1],
    [2, 3],
    [3, 2],
    [4, 4],
  ] as [number, number][],
};

test('each content word is filed under its root or lemma with the words that translate it here', () => {
  const terms = pairTerms(pair, termOf);
  const id = Object.fromEntries(terms.filter((t) => t.lang === 'id').map((t) => [t.term, t.translation]));
  const en = Object.fromEntries(terms.filter((t) => t.lang === 'en').map((t) => [t.term, t.translation]));
  expect(id).toMatchObject({guna: 'used', perahu: 'boats', karet: 'rubber', warga: 'residents'});
  expect(en).toMatchObject({resident: 'warga', boat: 'perahu'});
  // Punctuation is never a term.
  expect(terms.some((t) => t.term === '.')).toBe(false);
});

test('grammar words are not indexed, and a translation keeps its content words', () => {
  const terms = pairTerms(
    {
      id: 'Rumah itu besar.',
      en: 'The house is big.',
      links: [
        [0, 0],
        [0, 1],
        [1, 0],
        [2, 3],
      ],
    },
    termOf,
  );
  expect(terms.map((t) => t.term)).not.toContain('itu');
  expect(terms.map((t) => t.term)).not.toContain('the');
  expect(terms.find((t) => t.term === 'rumah')?.translation).toBe('house');
  expect(translationOf(['The', 'of'], [0, 1], 'en')).toBe('the of');
});

test('a word twice in a pair is one term with both tokens', () => {
  const terms = pairTerms(
    {
      id: 'Warga dan warga.',
      en: 'Folk and folk.',
      links: [
        [0, 0],
        [2, 2],
      ],
    },
    termOf,
  );
  expect(terms.find((t) => t.lang === 'id' && t.term === 'warga')?.tokens).toEqual([0, 2]);
});
