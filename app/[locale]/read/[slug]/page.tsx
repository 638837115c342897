import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {setRequestLocale} from 'next-intl/server';
import {ParallelText} from '@/components/ParallelText';
import {readerLabels} from '@/components/readerLabels';
import {wordActions} from '../wordActions';
import {prisma} from '@/server/platform/db';
import {getPageRows} from '@/server/reader/bookOutline';
import {getRowSentences} from '@/server/reader/readerSentences';
import {getPackedWordLinks} from '@/server/reader/readerWordLinks';
import {BookContents} from './BookContents';
import {loadOutline, titleIn} from './loadOutline';

// Rendered once per text and locale, then cached; editors' changes revalidate the path.
export const revalidate = 3600;

// Nothing is rendered at build time (the database is not there yet); each page on its first request.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({params}: PageProps<'/[locale]/read/[slug]'>): Promise<Metadata> {
  const {slug, locale} = await params;
  const outline = await loadOutline(slug);
  const title = outline && titleIn(locale, outline.text.versions);
  return title ? {title} : {};
}

/** A short text on one page; a book's contents, from which each chapter has a page of its own. */
export default async function ReadPage({params}: PageProps<'/[locale]/read/[slug]'>) {
  const {locale, slug} = await params;
  setRequestLocale(locale);
  const outline = await loadOutline(slug);
  if (!outline) notFound();
  if (outline.paged) return <BookContents locale={locale} outline={outline} />;
  const text = {...outline.text, rows: await getPageRows(prisma(), outline, 0, outline.rows.length)};
  return (
    <ParallelText
      text={text}
      sentences={getRowSentences(text)}
      words={await getPackedWordLinks(prisma(), outline.textId, text.rows)}
      wordActions={wordActions}
      {...(await readerLabels(locale, text, `/read/${slug}`))}
    />
  );
}
