import {expect, test} from 'vitest';
import {loadLexicon} from '../../server/texts/lexiconFiles';
import {englishTranslations, indonesianGlosses, lookupWord} from './lexicon';
import {phraseAt, withTerms} from './lexiconTerms';

test('a confirmed term joins the lexicon: its phrase is glossed, the English leads back to it', () => {
  const base = loadLexicon();
  const lexicon = withTerms(base, [{phrase: 'meja hijau', gloss: 'court of law'}]);
  expect(indonesianGlosses(base, 'meja hijau')).not.toContain('court of law');
  expect(indonesianGlosses(lexicon, 'meja hijau')[0]).toBe('court of law');
  expect(englishTranslations(lexicon, 'court of law')).toContain('meja hijau');
  // Single words are looked up as before.
  expect(lookupWord(lexicon, 'menggunakan', 'id').root).toBe('guna');
  expect(withTerms(base, [])).toBe(base);
});

test('the longest glossed phrase at a word is found', () => {
  const glosses = (p: string) => (p === 'rumah sakit' ? ['hospital'] : p === 'rumah sakit jiwa' ? ['asylum'] : []);
  expect(phraseAt(['Rumah', 'sakit', 'jiwa'], glosses)).toEqual({phrase: 'rumah sakit jiwa', glosses: ['asylum']});
  expect(phraseAt(['rumah', 'sakit', 'itu'], glosses)).toEqual({phrase: 'rumah sakit', glosses: ['hospital']});
  expect(phraseAt(['rumah'], glosses)).toBeNull();
});
