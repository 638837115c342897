'use client';

import NextLink from 'next/link';
import {usePathname} from 'next/navigation';
import {routing, type Locale} from '@/i18n/routing';

/**
 * Links to the same page in each UI language; the texts' languages stay as they are. No next-intl
 * client code (see i18n/navigation.tsx): the current locale comes from the server, and the click
 * records the choice in the locale cookie, which `/` and unprefixed paths follow.
 */
export function LocaleSwitcher({
  label,
  names,
  current,
}: {
  label: string;
  names: Record<Locale, string>;
  current: Locale;
}) {
  const pathname = usePathname();
  const rest = pathname.slice(current.length + 1);
  const {name, maxAge, sameSite} = routing.localeCookie as {name: string; maxAge: number; sameSite: string};
  return (
    <nav aria-label={label} className="locale-switcher">
      <ul>
        {routing.locales.map((locale) => (
          <li key={locale}>
            <NextLink
              href={`/${locale}${rest}`}
              prefetch={false}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              onClick={() => {
                document.cookie = `${name}=${locale}; path=/; max-age=${maxAge}; samesite=${sameSite}`;
              }}
            >
              {names[locale]}
            </NextLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
