import {expect, test} from 'vitest';
import {getPathname} from './navigation';
import {routing} from './routing';

test('paths carry the locale, as routing.ts promises every path does', () => {
  // getPathname only prefixes: it is right only while every path carries its locale.
  expect(routing.localePrefix).toBe('always');
  expect(getPathname({href: '/', locale: 'id'})).toBe('/id');
  expect(getPathname({href: '/sign-in?next=/editor', locale: 'en'})).toBe('/en/sign-in?next=/editor');
});
