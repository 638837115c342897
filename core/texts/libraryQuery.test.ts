import {expect, test} from 'vitest';
import {libraryHref, parseLibraryQuery} from './libraryQuery';

test('the library address gives its filters, sort and page, and back', () => {
  const query = parseLibraryQuery({kind: 'book', lang: 'en', sort: 'title', page: '3'});
  expect(query).toEqual({kind: 'book', lang: 'en', sort: 'title', page: 3});
  expect(libraryHref(query)).toBe('/texts?kind=book&lang=en&sort=title&page=3');
  expect(libraryHref({...query, kind: null, lang: null, sort: 'date', page: 1})).toBe('/');
});

test('an edited or hostile address falls back to the defaults instead of failing', () => {
  expect(parseLibraryQuery({kind: 'poem', lang: 'fr', sort: 'DROP', page: '-2'})).toEqual({
    kind: null,
    lang: null,
    sort: 'date',
    page: 1,
  });
  expect(parseLibraryQuery({page: ['2', '9'], kind: ['news', 'book']})).toMatchObject({page: 2, kind: 'news'});
  expect(parseLibraryQuery({page: '1e9'}).page).toBe(1);
});
