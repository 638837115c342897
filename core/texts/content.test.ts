import {expect, test} from 'vitest';
import {ContentError, parseAlignment, parseTextSource, splitParagraphs} from './content';

test('paragraphs are blocks separated by blank lines, wrapped lines folded', () => {
  expect(splitParagraphs('One\nstill one.\n\n  \nTwo.\r\n\r\nThree')).toEqual(['One still one.', 'Two.', 'Three']);
});

test('alignment entries become runs that must tile both sides', () => {
  expect(parseAlignment(['0=0', '1,2=1', '3=', '=2'], 4, 3)).toEqual([
    {id: [0], en: [0]},
    {id: [1, 2], en: [1]},
    {id: [3], en: []},
    {id: [], en: [2]},
  ]);
  expect(() => parseAlignment(['0=0', '2=1'], 3, 2)).toThrow(ContentError);
  expect(() => parseAlignment(['0=0'], 2, 1)).toThrow(/covers 1 of 2 Indonesian/);
  expect(() => parseAlignment(['x'], 1, 1)).toThrow(/not like/);
});

test('a text folder parses with metadata, both versions and its alignment', () => {
  const text = parseTextSource('demo', {
    meta: 'kind: essay\noriginalLanguage: id\nlicence: CC0\npublishedAt: 2024-05-01\nalignment: ["0=0", "1="]\n',
    id: '---\ntitle: Judul\n---\nSatu.\n\nDua.\n',
    en: '---\ntitle: Title\nprovenance: human\n---\nOne.\n',
  });
  expect(text.meta.publishedAt).toBe('2024-05-01');
  expect(text.versions.en).toEqual({title: 'Title', provenance: 'human', paragraphs: ['One.']});
  expect(text.alignment).toEqual([
    {id: [0], en: [0]},
    {id: [1], en: []},
  ]);
});

test('bad metadata is reported with the file and field', () => {
  expect(() =>
    parseTextSource('bad', {meta: 'kind: poem\noriginalLanguage: id\nlicence: x', id: '---\ntitle: t\n---\nA'}),
  ).toThrow(/bad\/meta.yml: kind/);
  expect(() =>
    parseTextSource('bad', {meta: 'kind: news\noriginalLanguage: id\nlicence: x', id: 'no front matter'}),
  ).toThrow(/front matter/);
});
