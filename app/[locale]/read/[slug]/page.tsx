import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {ParallelText} from '@/components/ParallelText';
import {prisma} from '@/server/db';
import {getReaderText} from '@/server/reader';

// Rendered once per text and locale, then cached; editors' changes revalidate the path.
export const revalidate = 3600;

// Nothing is rendered at build time (the database is not there yet); each page on its first request.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({params}: PageProps<'/[locale]/read/[slug]'>): Promise<Metadata> {
  const {slug, locale} = await params;
  const text = await getReaderText(prisma(), slug);
  const title = (locale === 'id' ? text?.versions.id?.title : text?.versions.en?.title) ?? text?.versions.id?.title ?? text?.versions.en?.title;
  return title ? {title} : {};
}

export default async function ReadPage({params}: PageProps<'/[locale]/read/[slug]'>) {
  const {locale, slug} = await params;
  setRequestLocale(locale);
  const text = await getReaderText(prisma(), slug);
  if (!text) notFound();
  const t = await getTranslations('Reader');
  const tKind = await getTranslations('Kind');
  const tLang = await getTranslations('Lang');
  return (
    <ParallelText
      text={text}
      labels={{
        kind: tKind(text.kind as 'news'),
        originalIn: t('originalIn', {lang: tLang(text.originalLanguage)}),
        licence: t('licence', {licence: text.licence}),
        source: t('source'),
        controls: t('controls'),
        swap: t('swap'),
        showBoth: t('showBoth'),
        onlyId: t('onlyId'),
        onlyEn: t('onlyEn'),
        columnId: t('columnId'),
        columnEn: t('columnEn'),
        noCounterpart: t('noCounterpart'),
        machine: t('machine'),
      }}
    />
  );
}
