import {expect, test} from 'vitest';
import {loadLexicon} from '../../server/texts/lexiconFiles';
import {englishWordsFor} from '../language/lexicon';
import {createWordAligner} from './aligner';
import {rowQuality, rowTokenWords} from './rowQuality';
import {alignRowWords} from './rows';

const lexicon = loadLexicon();
const dictionary = (w: string) => englishWordsFor(lexicon, w);
const aligner = createWordAligner(lexicon);

function quality(id: string, en: string) {
  const row = alignRowWords(aligner, [id], [en], dictionary);
  return rowQuality(row, rowTokenWords(row, {id: [id], en: [en]}));
}

test('a paragraph and its translation are not suspicious; a paragraph and another one are', () => {
  const id = 'Pemerintah kota membuka posko bantuan dan meminta warga berhati-hati selama musim hujan.';
  const right = quality(
    id,
    'The city government opened aid posts and asked residents to be careful during the rainy season.',
  );
  expect(right.suspicious).toBe(false);
  expect(right.linked / right.words).toBeGreaterThan(0.6);
  const wrong = quality(id, 'Schools stayed closed until Wednesday while teachers prepared new lessons at home.');
  expect(wrong.suspicious).toBe(true);
});

test('a short row is never judged, nor a row with one side empty', () => {
  expect(quality('Banjir.', 'Teachers.').suspicious).toBe(false);
  const row = alignRowWords(aligner, ['Pemerintah kota membuka posko bantuan dan meminta warga.'], [], dictionary);
  expect(rowQuality(row, rowTokenWords(row, {id: [''], en: []})).suspicious).toBe(false);
});
