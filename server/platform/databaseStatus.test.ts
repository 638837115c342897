import {expect, test} from 'vitest';
import {needsDatabase} from './databaseStatus';

test('during an outage, pages and actions that read per request need the database', () => {
  for (const path of [
    '/en/search',
    '/id/vocabulary',
    '/en/review',
    '/en/editor/payung-kuning',
    '/id/sign-in',
    '/en/admin',
  ])
    expect(needsDatabase(path, false)).toBe(true);
  expect(needsDatabase('/en/read/payung-kuning', true)).toBe(true);
});

test('the library and reader pages are left to the page cache, and paths without a locale only redirect', () => {
  for (const path of ['/en', '/id/', '/en/read/payung-kuning', '/', '/read/payung-kuning'])
    expect(needsDatabase(path, false)).toBe(false);
});
