import {expect, test} from 'vitest';
import {linkRowSentences} from './sentenceLinks';

test('each sentence is keyed by its link, and counterparts share a key', () => {
  const id = ['Hujan turun deras di Jakarta pada hari Senin. Banjir menggenangi 20 rumah.'];
  const en = ['Heavy rain fell on Jakarta on Monday.', 'Floods swamped 20 houses.'];
  const rows = linkRowSentences(id, en);
  expect(rows.id[0]!.map((s) => id[0]!.slice(s.start, s.end))).toEqual([
    'Hujan turun deras di Jakarta pada hari Senin.',
    'Banjir menggenangi 20 rumah.',
  ]);
  expect(rows.id[0]!.map((s) => s.key)).toEqual([0, 1]);
  expect(rows.en.map((p) => p.map((s) => s.key))).toEqual([[0], [1]]);
});

test('a side without counterpart still gets its sentences', () => {
  const rows = linkRowSentences(['Silakan baca. Terima kasih.'], []);
  expect(rows.id[0]).toHaveLength(2);
  expect(rows.en).toEqual([]);
});
