import {expect, test} from 'vitest';
import {loadLexicon} from '../../server/texts/lexiconFiles';
import {englishWordsFor} from '../language/lexicon';
import {alignGroupSentences} from '../align/sentences';
import {createWordAligner} from './aligner';
import {alignRowWords} from './rows';
import {formatLinks, parseLinks, rowSentencePairs} from './sentencePairs';
import {tokenSpans} from './tokens';

const lexicon = loadLexicon();
const dictionary = (w: string) => englishWordsFor(lexicon, w);
const aligner = createWordAligner(lexicon);

test("a row's sentence pairs carry their own tokens and links, and the tokens are the texts' own", () => {
  const id = ['Warga menggunakan perahu karet. Sekolah diliburkan sampai hari Rabu.'];
  const en = ['Residents used rubber boats. Schools are closed until Wednesday.'];
  const group = alignGroupSentences(id, en, {dictionary});
  const pairs = rowSentencePairs(id, en, group, alignRowWords(aligner, id, en, dictionary));
  expect(pairs.map((p) => [p.id, p.en])).toEqual([
    ['Warga menggunakan perahu karet.', 'Residents used rubber boats.'],
    ['Sekolah diliburkan sampai hari Rabu.', 'Schools are closed until Wednesday.'],
  ]);
  for (const p of pairs) {
    expect(p.idTokens).toEqual(tokenSpans(p.id).map((t) => [t.start, t.end]));
    expect(p.enTokens).toEqual(tokenSpans(p.en).map((t) => [t.start, t.end]));
  }
  const words = (text: string) => tokenSpans(text).map((t) => t.token);
  const first = pairs[0]!;
  const linked = first.links.map(([i, j]) => `${words(first.id)[i]}=${words(first.en)[j]}`);
  expect(linked).toEqual(expect.arrayContaining(['menggunakan=used', 'perahu=boats']));
});

test('links are stored Pharaoh style and read back', () => {
  const links: [number, number][] = [
    [0, 1],
    [2, 2],
  ];
  expect(formatLinks(links)).toBe('0-1 2-2');
  expect(parseLinks('0-1 2-2')).toEqual(links);
  expect(parseLinks('')).toEqual([]);
});
