import type {Metadata} from 'next';
import {setRequestLocale} from 'next-intl/server';
import {ChapterPage} from '../ChapterPage';
import {loadOutline, titleIn} from '../loadOutline';

// Cached like the rest of the reader; editors' changes mark every chapter page stale.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({params}: PageProps<'/[locale]/read/[slug]/[chapter]'>): Promise<Metadata> {
  const {slug, locale, chapter} = await params;
  const outline = await loadOutline(slug);
  const title = outline && titleIn(locale, outline.text.versions);
  const heading = outline?.chapters[Number(chapter) - 1]?.titles;
  const named = heading && (locale === 'id' ? (heading.id ?? heading.en) : (heading.en ?? heading.id));
  return title ? {title: named ? `${named} · ${title}` : title} : {};
}

export default async function ChapterRoute({params}: PageProps<'/[locale]/read/[slug]/[chapter]'>) {
  const {locale, slug, chapter} = await params;
  setRequestLocale(locale);
  return <ChapterPage locale={locale} slug={slug} chapter={chapter} page="1" />;
}
