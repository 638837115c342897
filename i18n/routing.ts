import {defineRouting} from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'id'],
  defaultLocale: 'en',
  localePrefix: 'always',
  localeCookie: {name: 'SELARAS_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax'},
});

export type Locale = (typeof routing.locales)[number];
