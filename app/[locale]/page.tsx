import {setRequestLocale} from 'next-intl/server';
import {DEFAULT_LIBRARY_QUERY} from '@/core/texts/libraryQuery';
import {LibraryView} from './LibraryView';

// Rendered on the first request, then served from the cache until an editor publishes a change.
export const revalidate = 3600;

// Nothing is rendered at build time (the database is not there yet); each page on its first request.
export function generateStaticParams() {
  return [];
}

/** The library's first page, newest first: the most requested page, cached and the same for everyone. */
export default async function LibraryPage({params}: PageProps<'/[locale]'>) {
  const {locale} = await params;
  setRequestLocale(locale);
  return <LibraryView locale={locale} query={DEFAULT_LIBRARY_QUERY} />;
}
