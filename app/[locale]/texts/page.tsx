import {setRequestLocale} from 'next-intl/server';
import {parseLibraryQuery} from '@/core/texts/libraryQuery';
import {LibraryView} from '../LibraryView';

/** The library filtered, sorted or past its first page, as the address says (the form sends it here). */
export default async function LibraryQueryPage({params, searchParams}: PageProps<'/[locale]/texts'>) {
  const {locale} = await params;
  setRequestLocale(locale);
  return <LibraryView locale={locale} query={parseLibraryQuery(await searchParams)} />;
}
