import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {hasLocale} from 'next-intl';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {Link} from '@/i18n/navigation';
import {LocaleSwitcher} from '@/components/LocaleSwitcher';
import {AccountStatus} from './AccountStatus';
import {ErrorLabelsProvider} from './ErrorLabels';
import '../globals.css';
import './header.css';

export async function generateMetadata({params}: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const {locale} = await params;
  const t = await getTranslations({locale, namespace: 'Layout'});
  return {title: {default: t('brand'), template: `%s · ${t('brand')}`}, description: t('tagline')};
}

export default async function LocaleLayout({children, params}: LayoutProps<'/[locale]'>) {
  const {locale} = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Layout');
  const tSwitcher = await getTranslations('LocaleSwitcher');
  const tEditor = await getTranslations('Editor');
  const tNav = {
    search: (await getTranslations('Search'))('nav'),
    vocabulary: (await getTranslations('Vocabulary'))('nav'),
    review: (await getTranslations('Review'))('nav'),
    concordance: (await getTranslations('Concordance'))('nav'),
  };
  // Client components get their strings from the server (as props, or this context for the error
  // boundary): no next-intl client code, and so no message formatter, reaches the browser.
  const tError = await getTranslations('Error');
  const tAccount = await getTranslations('Account');
  // Split around the name, which only the browser knows (the cached pages are the same for everyone).
  const [before, after] = tAccount('signedInAs', {name: '\u0000'}).split('\u0000');
  const accountLabels = {
    signIn: tEditor('signIn'),
    signOut: tAccount('signOut'),
    signedInAs: [before, after ?? ''] as [string, string],
    account: tAccount('account'),
  };
  return (
    <html lang={locale}>
      <body>
        <ErrorLabelsProvider labels={{title: tError('title'), body: tError('body'), retry: tError('retry')}}>
          <a className="skip" href="#main">
            {t('skipToContent')}
          </a>
          <header className="site-header">
            <Link href="/" className="brand">
              {t('brand')}
            </Link>
            {/* On a phone the links fold into a menu (a popover: no script needed); on wider screens the
              same element is shown in line (header.css). */}
            <button type="button" className="menu-button" popoverTarget="site-nav">
              {tAccount('menu')}
            </button>
            <nav id="site-nav" className="site-nav" popover="auto" aria-label={t('nav')}>
              <Link href="/">{t('library')}</Link>
              {/* Pages rendered per request are not prefetched: every reader page view would otherwise
                make the server render these pages twice over (seen in Lighthouse's requests). */}
              <Link href="/search" prefetch={false}>
                {tNav.search}
              </Link>
              <Link href="/concordance" prefetch={false}>
                {tNav.concordance}
              </Link>
              <Link href="/vocabulary" prefetch={false}>
                {tNav.vocabulary}
              </Link>
              <Link href="/review" prefetch={false}>
                {tNav.review}
              </Link>
              <Link href="/editor" prefetch={false}>
                {tEditor('nav')}
              </Link>
              <AccountStatus locale={locale} labels={accountLabels} />
            </nav>
            <LocaleSwitcher
              label={tSwitcher('label')}
              names={{en: tSwitcher('en'), id: tSwitcher('id')}}
              current={locale}
            />
          </header>
          <main id="main">{children}</main>
        </ErrorLabelsProvider>
      </body>
    </html>
  );
}
