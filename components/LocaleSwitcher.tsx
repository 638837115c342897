'use client';

import {useLocale} from 'next-intl';
import {Link, usePathname} from '@/i18n/navigation';
import {routing, type Locale} from '@/i18n/routing';

/** Links to the same page in each UI language; the texts' languages stay as they are. */
export function LocaleSwitcher({label, names}: {label: string; names: Record<Locale, string>}) {
  const pathname = usePathname();
  const current = useLocale();
  return (
    <nav aria-label={label} className="locale-switcher">
      <ul>
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
            >
              {names[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
