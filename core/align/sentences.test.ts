import type {Lang} from '../vocabulary';
import {describe, expect, test} from 'vitest';
import {alignGroupSentences, alignSentences, splitSentences} from './sentences';

const sentences = (text: string, lang: Lang) => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test('keeps Indonesian abbreviations, decimal numbers and thousands inside a sentence', () => {
    const text =
      'Surat a.n. Budi dikirim ke Jl. Merdeka No. 5 oleh dr. Andi. Harga naik 2,5 persen menjadi Rp 8.000 per kg. Ia membeli buku, pena, dll. Kemudian ia pulang.';
    expect(sentences(text, 'id')).toEqual([
      'Surat a.n. Budi dikirim ke Jl. Merdeka No. 5 oleh dr. Andi.',
      'Harga naik 2,5 persen menjadi Rp 8.000 per kg.',
      'Ia membeli buku, pena, dll.',
      'Kemudian ia pulang.',
    ]);
  });

  test('keeps English titles, initials and decimals inside a sentence', () => {
    const text =
      'Dr. Smith met J. K. Rowling at 3.30 p.m. on Friday, e.g. at No. 10. Prices rose 1.5% in the U.S. and fell.';
    expect(sentences(text, 'en')).toEqual([
      'Dr. Smith met J. K. Rowling at 3.30 p.m. on Friday, e.g. at No. 10.',
      'Prices rose 1.5% in the U.S. and fell.',
    ]);
  });

  test('ends sentences after closing quotes, question and exclamation marks and ellipses', () => {
    const text = 'She said: "It is fine." Then they left... Really? Yes! “Tomorrow,” he said.';
    expect(sentences(text, 'en')).toEqual([
      'She said: "It is fine."',
      'Then they left...',
      'Really?',
      'Yes!',
      '“Tomorrow,” he said.',
    ]);
  });

  test('a quotation of several sentences is split inside, and the speaker stays with the last one', () => {
    const text =
      'China berupaya "untuk perundingan damai. Posisi ini tetap tidak berubah. China akan terus memainkan peran konstruktif," kata Liu.';
    expect(sentences(text, 'id')).toEqual([
      'China berupaya "untuk perundingan damai.',
      'Posisi ini tetap tidak berubah.',
      'China akan terus memainkan peran konstruktif," kata Liu.',
    ]);
  });

  test('offsets point into the text, without surrounding spaces', () => {
    const text = '  Satu.  Dua.  ';
    expect(splitSentences(text, 'id')).toEqual([
      {start: 2, end: 7},
      {start: 9, end: 13},
    ]);
    expect(splitSentences('   ', 'id')).toEqual([]);
  });
});

describe('alignSentences', () => {
  test('links a translated paragraph sentence by sentence, with a merged pair', () => {
    const id = [
      'Beijing sejauh ini tetap bungkam.',
      'Liu Pengyu adalah juru bicara Kedutaan Besar China di Washington.',
      'Ia mengatakan posisi China konsisten.',
      'Ia juga mengatakan posisi itu jelas.',
    ];
    const en = [
      'Beijing has so far remained silent.',
      'Liu Pengyu is a spokesperson for the Chinese Embassy in Washington.',
      'He said China’s position is consistent and clear.',
    ];
    const links = alignSentences(id, en);
    expect(links.map((l) => [l.id, l.en])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2, 3], [2]],
    ]);
  });
});

test('one long Indonesian sentence can answer three English ones', () => {
  const id = [
    'Kami tiba di Lamaru pada pukul 7 pagi, menyewa sepeda motor di dekat pelabuhan, lalu berkendara ke utara menuju Pantai Kenari yang sepi.',
    'Airnya jernih sekali.',
  ];
  const en = [
    'We arrived in Lamaru at 7 in the morning.',
    'We rented a motorbike near the harbour.',
    'Then we rode north to the quiet Kenari Beach.',
    'The water was very clear.',
  ];
  expect(alignSentences(id, en).map((l) => [l.id, l.en])).toEqual([
    [[0], [0, 1, 2]],
    [[1], [3]],
  ]);
});

describe('alignGroupSentences', () => {
  test('aligns the sentences of a 2-1 paragraph link and locates them in their paragraphs', () => {
    const idParagraphs = [
      'AS mengatakan 8.000 tentara Korea Utara berada di Rusia.',
      'China belum memberikan komentar publik. Beijing tetap bungkam.',
    ];
    const enParagraphs = [
      'The US says 8,000 North Korean troops are in Russia. China has not commented publicly. Beijing remains silent.',
    ];
    const group = alignGroupSentences(idParagraphs, enParagraphs);
    expect(group.id.map((s) => [s.paragraph, s.start])).toEqual([
      [0, 0],
      [1, 0],
      [1, idParagraphs[1].indexOf('Beijing')],
    ]);
    expect(group.en).toHaveLength(3);
    expect(group.links.map((l) => [l.id, l.en])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });
});
