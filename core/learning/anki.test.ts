import {expect, test} from 'vitest';
import {formatAnkiNotes, parseWordList} from './anki';

test('the Anki file names its columns and keeps one note per line', () => {
  const file = formatAnkiNotes([
    {
      word: 'menggunakan',
      lemma: 'guna',
      gloss: 'use; employ',
      sentence: 'Mereka\tmenggunakan\npengaruh.',
      translation: 'They use influence.',
      source: 'genpi-china-influence',
      lang: 'id',
      status: 'learning',
    },
  ]);
  const lines = file.trimEnd().split('\n');
  expect(lines.slice(0, 5)).toEqual([
    '#separator:tab',
    '#html:false',
    '#notetype:Basic',
    '#columns:Word\tRoot\tMeaning\tSentence\tTranslation\tSource\tTags',
    '#tags column:7',
  ]);
  expect(lines[5]!.split('\t')).toEqual([
    'menggunakan',
    'guna',
    'use; employ',
    'Mereka menggunakan pengaruh.',
    'They use influence.',
    'genpi-china-influence',
    'selaras selaras::id selaras::learning',
  ]);
});

test('a known-words list: one word a line, CSV first column, comments and duplicates skipped', () => {
  expect(parseWordList('\uFEFF# my words\nRumah\nmakan, to eat\n\n"pergi";x\nrumah\n123\n')).toEqual([
    'rumah',
    'makan',
    'pergi',
  ]);
});
