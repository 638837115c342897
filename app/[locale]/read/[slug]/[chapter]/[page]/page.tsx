import {setRequestLocale} from 'next-intl/server';
import {ChapterPage} from '../../ChapterPage';

export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export {generateMetadata} from '../page';

/** Pages after the first of a long chapter; the first page has the chapter's own address. */
export default async function ChapterPageRoute({params}: PageProps<'/[locale]/read/[slug]/[chapter]/[page]'>) {
  const {locale, slug, chapter, page} = await params;
  setRequestLocale(locale);
  return <ChapterPage locale={locale} slug={slug} chapter={chapter} page={page} />;
}
