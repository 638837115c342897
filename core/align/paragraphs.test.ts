import type {Lang, ScoredRun} from '../vocabulary';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {parseVersion} from '../texts/content';
import {englishWordsFor, loadLexicon} from '../language/lexicon';
import {quickDictionary} from './dictionary';
import {alignParagraphs, type AlignOptions} from './paragraphs';

const root = path.resolve(import.meta.dirname, '../..');
const seed = (lang: Lang) =>
  parseVersion(readFileSync(path.join(root, `content/genpi-china-influence/${lang}.md`), 'utf8'), lang).paragraphs;
const ID = seed('id');
const EN = seed('en');
const ID_TEXT = ID.slice(0, 12); // without the publisher's closing line
const lexicon = loadLexicon();
const withLexicon: AlignOptions = {dictionary: quickDictionary(lexicon)};
const withAnalyser: AlignOptions = {dictionary: (w) => englishWordsFor(lexicon, w)};

const shapes = (links: ScoredRun[]) => links.map((l) => `${l.id.join(',')}=${l.en.join(',')}`);

/** Every paragraph of both sides exactly once, in document order. */
function expectPartition(links: ScoredRun[], idCount: number, enCount: number) {
  expect(links.flatMap((l) => l.id)).toEqual([...Array(idCount).keys()]);
  expect(links.flatMap((l) => l.en)).toEqual([...Array(enCount).keys()]);
  for (const l of links) {
    expect(l.id.length + l.en.length).toBeGreaterThan(0);
    expect(l.score).toBeGreaterThanOrEqual(0);
    expect(l.score).toBeLessThanOrEqual(1);
  }
}

const diagonal = (n: number) => Array.from({length: n}, (_, k) => `${k}=${k}`);

describe('the seed article', () => {
  test.each([
    ['with the quick dictionary', withLexicon],
    ['with the lexicon’s analyser', withAnalyser],
    ['without a dictionary', {}],
  ])('links 12 paragraphs 1-1 and leaves the boilerplate unlinked (%s)', (_, options) => {
    const links = alignParagraphs(ID, EN, options);
    expect(shapes(links)).toEqual([...diagonal(12), '12=']);
    expect(links.slice(0, 12).every((l) => l.score > 0.8)).toBe(true);
  });
});

describe('link shapes', () => {
  test('two English paragraphs merged into one give a 1-2 link', () => {
    const en = [...EN.slice(0, 4), `${EN[4]} ${EN[5]}`, ...EN.slice(6)];
    const links = alignParagraphs(ID_TEXT, en, withLexicon);
    expect(shapes(links)).toEqual(['0=0', '1=1', '2=2', '3=3', '4,5=4', '6=5', '7=6', '8=7', '9=8', '10=9', '11=10']);
  });

  test('an Indonesian paragraph split at a sentence gives a 2-1 link', () => {
    const [first, second] = ID[0].split(/(?<=Ukraina\.) /);
    const links = alignParagraphs([first, second, ...ID_TEXT.slice(1)], EN, withLexicon);
    expect(shapes(links).slice(0, 2)).toEqual(['0,1=0', '2=1']);
    expectPartition(links, 13, 12);
  });

  test('a paragraph missing from the English gives a 1-0 link', () => {
    const en = [...EN.slice(0, 7), ...EN.slice(8)];
    const links = alignParagraphs(ID_TEXT, en, withLexicon);
    expect(shapes(links)).toEqual([...diagonal(7), '7=', '8=7', '9=8', '10=9', '11=10']);
  });

  test('a paragraph only in the English (an editor’s note) gives a 0-1 link', () => {
    const note = 'Editor’s note: this story has been updated with a statement from the Chinese embassy.';
    const links = alignParagraphs(ID_TEXT, [...EN.slice(0, 5), note, ...EN.slice(5)], withLexicon);
    expect(shapes(links)).toEqual([...diagonal(5), '=5', '5=6', '6=7', '7=8', '8=9', '9=10', '10=11', '11=12']);
  });

  test('a line no pattern knows, that matches nothing near it, is left unlinked rather than merged', () => {
    const en = [...EN.slice(0, 3), 'Like this story? Tell a friend about it.', ...EN.slice(3)];
    const links = alignParagraphs(ID_TEXT, en, withLexicon);
    expect(shapes(links)).toEqual([
      ...diagonal(3),
      '=3',
      '3=4',
      '4=5',
      '5=6',
      '6=7',
      '7=8',
      '8=9',
      '9=10',
      '10=11',
      '11=12',
    ]);
  });

  test('sentences regrouped across two paragraphs give a 2-2 link', () => {
    // ID: [s1 s2][s3]; EN: [s1][s2 s3] — neither split matches the other.
    const id = [
      'Rumah itu dibangun pada tahun 1890 oleh seorang pedagang rempah dari Makassar bernama Daeng Patunru. Dindingnya terbuat dari kayu ulin yang dibawa dari Kalimantan.',
      'Pada tahun 1965 rumah itu dijual kepada keluarga Tan, yang mengubahnya menjadi toko kelontong dan gudang beras.',
    ];
    const en = [
      'The house was built in 1890 by a spice merchant from Makassar named Daeng Patunru.',
      'Its walls were made of ironwood brought from Kalimantan. In 1965 the house was sold to the Tan family, who turned it into a grocery shop and rice store.',
    ];
    const links = alignParagraphs(
      [...ID_TEXT.slice(0, 3), ...id, ...ID_TEXT.slice(3, 6)],
      [...EN.slice(0, 3), ...en, ...EN.slice(3, 6)],
      withLexicon,
    );
    expect(shapes(links)).toEqual(['0=0', '1=1', '2=2', '3,4=3,4', '5=5', '6=6', '7=7']);
  });
});

describe('anchors', () => {
  test('a confirmed link is kept as it is and the rest is aligned around it', () => {
    // The editor decided that Indonesian 4 and 5 together translate English 4.
    const links = alignParagraphs(ID, EN, {...withLexicon, anchors: [{id: [4, 5], en: [4]}]});
    expect(links.find((l) => l.id.includes(4))).toEqual({id: [4, 5], en: [4], score: 1});
    expect(shapes(links).slice(0, 4)).toEqual(['0=0', '1=1', '2=2', '3=3']);
    expectPartition(links, 13, 12);
  });

  test('a paragraph confirmed to have no counterpart stays unlinked', () => {
    const links = alignParagraphs(ID, EN, {...withLexicon, anchors: [{id: [3], en: []}]});
    expect(shapes(links)).toContain('3=');
    expectPartition(links, 13, 12);
  });

  test('hundreds of confirmed links are kept, and what lies between them is aligned', () => {
    const id = Array.from({length: 30}, () => ID_TEXT).flat();
    const en = Array.from({length: 30}, () => EN).flat();
    const anchors = Array.from({length: 180}, (_, k) => ({id: [2 * k], en: [2 * k]}));
    const links = alignParagraphs(id, en, {...withLexicon, anchors});
    expect(shapes(links)).toEqual(diagonal(360));
    expect(links.filter((l) => l.score === 1)).toHaveLength(180);
  });

  test('crossing or out-of-range anchors are refused', () => {
    expect(() =>
      alignParagraphs(ID, EN, {
        anchors: [
          {id: [5], en: [2]},
          {id: [6], en: [1]},
        ],
      }),
    ).toThrow(RangeError);
    expect(() => alignParagraphs(ID, EN, {anchors: [{id: [13], en: [2]}]})).toThrow(RangeError);
    expect(() => alignParagraphs(ID, EN, {anchors: [{id: [2, 4], en: [2]}]})).toThrow(RangeError);
  });
});

describe('degenerate inputs', () => {
  test('an empty side leaves every paragraph of the other unlinked', () => {
    expect(alignParagraphs([], [])).toEqual([]);
    expect(shapes(alignParagraphs([], EN.slice(0, 3)))).toEqual(['=0', '=1', '=2']);
    expect(shapes(alignParagraphs(ID.slice(0, 2), []))).toEqual(['0=', '1=']);
  });

  test('identical texts align one to one', () => {
    expect(shapes(alignParagraphs(EN, EN))).toEqual(diagonal(12));
  });

  test('texts of only numbers align by their numbers', () => {
    const numbers = ['1.', '2.', '3.', '10', '250', '1.000', '2024', '7', '42'];
    const english = ['1.', '2.', '3.', '10', '250', '1,000', '2024', '7', '42'];
    expect(shapes(alignParagraphs(numbers, english))).toEqual(diagonal(9));
  });

  test('repeated paragraphs still align one to one', () => {
    const id = ['Bagikan', 'Bagikan', 'Bagikan', ...ID_TEXT.slice(0, 3), 'Bagikan', 'Bagikan'];
    const en = ['Share', 'Share', 'Share', ...EN.slice(0, 3), 'Share', 'Share'];
    expect(shapes(alignParagraphs(id, en, withLexicon))).toEqual(diagonal(8));
  });

  test('one huge paragraph against many small ones still covers everything', () => {
    const links = alignParagraphs([ID_TEXT.join(' ')], EN, withLexicon);
    expectPartition(links, 1, 12);
    expect(links.filter((l) => l.id.length > 0)).toHaveLength(1);
  });
});

test('a long document aligned coarse-to-fine matches the full search', () => {
  // 30 copies of the article with one paragraph dropped from each English copy.
  const id = Array.from({length: 30}, () => ID_TEXT).flat();
  const en = Array.from({length: 30}, (_, k) => EN.filter((_, j) => j !== k % 12)).flat();
  const full = alignParagraphs(id, en, {...withLexicon, search: {fullCells: Infinity}});
  const banded = alignParagraphs(id, en, {...withLexicon, search: {fullCells: 0}});
  expectPartition(banded, id.length, en.length);
  expect(shapes(banded)).toEqual(shapes(full));
  expect(banded.filter((l) => l.en.length === 0)).toHaveLength(30);
});
