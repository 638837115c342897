import type {Metadata} from 'next';
import {cache} from 'react';
import {notFound} from 'next/navigation';
import {setRequestLocale} from 'next-intl/server';
import {ParallelText} from '@/components/ParallelText';
import {readerLabels} from '@/components/readerLabels';
import {prisma} from '@/server/platform/db';
import {getReaderText} from '@/server/reader/readerText';
import {getRowSentences} from '@/server/reader/readerSentences';

// Rendered once per text and locale, then cached; editors' changes revalidate the path.
export const revalidate = 3600;

// Nothing is rendered at build time (the database is not there yet); each page on its first request.
export function generateStaticParams() {
  return [];
}

// The metadata and the page of one render share a single query.
const loadText = cache((slug: string) => getReaderText(prisma(), slug));

export async function generateMetadata({params}: PageProps<'/[locale]/read/[slug]'>): Promise<Metadata> {
  const {slug, locale} = await params;
  const text = await loadText(slug);
  const title =
    (locale === 'id' ? text?.versions.id?.title : text?.versions.en?.title) ??
    text?.versions.id?.title ??
    text?.versions.en?.title;
  return title ? {title} : {};
}

export default async function ReadPage({params}: PageProps<'/[locale]/read/[slug]'>) {
  const {locale, slug} = await params;
  setRequestLocale(locale);
  const text = await loadText(slug);
  if (!text) notFound();
  return (
    <ParallelText
      text={text}
      sentences={getRowSentences(text)}
      {...(await readerLabels(locale, text, `/read/${slug}`))}
    />
  );
}
