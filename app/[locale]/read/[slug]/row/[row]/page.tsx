import {notFound} from 'next/navigation';
import {locateRow} from '@/core/book/readerPages';
import {redirect} from '@/i18n/navigation';
import {loadOutline} from '../../loadOutline';

export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

/**
 * The address of a row whatever page it is on (search results, saved places): sends the reader to
 * the page that shows it, at the row. A short text has one page, so that is the text's own address.
 */
export default async function RowRoute({params}: PageProps<'/[locale]/read/[slug]/row/[row]'>) {
  const {locale, slug, row} = await params;
  const outline = await loadOutline(slug);
  if (!outline || !/^\d{1,7}$/.test(row)) notFound();
  const found = locateRow(outline.chapters, Number(row));
  if (!found) notFound();
  const {chapter, page} = found;
  const path = outline.paged ? `/read/${slug}/${chapter.number}${page > 1 ? `/${page}` : ''}` : `/read/${slug}`;
  redirect({href: `${path}#r${row}`, locale});
}
