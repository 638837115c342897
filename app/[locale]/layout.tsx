import type {Metadata} from 'next';
import type {ReactNode} from 'react';
import {notFound} from 'next/navigation';
import {hasLocale, NextIntlClientProvider} from 'next-intl';
import {getMessages, getTranslations, setRequestLocale} from 'next-intl/server';
import {routing} from '@/i18n/routing';
import {Link} from '@/i18n/navigation';
import {LocaleSwitcher} from '@/components/LocaleSwitcher';
import '../globals.css';

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
  const tNav = {search: (await getTranslations('Search'))('nav'), vocabulary: (await getTranslations('Vocabulary'))('nav'), review: (await getTranslations('Review'))('nav')};
  // Client components get their strings as props; only the error boundary reads the catalogue.
  const {Error: errorMessages} = await getMessages();
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider locale={locale} messages={{Error: errorMessages}}>
        <a className="skip" href="#main">{t('skipToContent')}</a>
        <header className="site-header">
          <Link href="/" className="brand">{t('brand')}</Link>
          <nav aria-label={t('nav')}>
            <Link href="/">{t('library')}</Link>
            <Link href="/editor">{tEditor('nav')}</Link>
            <Link href="/sign-in">{tEditor('signIn')}</Link>
            <Link href="/search">{tNav.search}</Link>
            <Link href="/vocabulary">{tNav.vocabulary}</Link>
            <Link href="/review">{tNav.review}</Link>
          </nav>
          <LocaleSwitcher label={tSwitcher('label')} names={{en: tSwitcher('en'), id: tSwitcher('id')}} />
        </header>
        <main id="main">{children}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
