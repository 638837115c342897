import {getTranslations} from 'next-intl/server';
import type {Chapter} from '@/core/book/readerPages';
import {Link} from '@/i18n/navigation';
import {ChapterTitle} from './ChapterTitle';

/** Where a chapter page is in its book, and the way to the pages and chapters around it. */
export async function BookNav({
  slug,
  chapters,
  chapter,
  page,
  totalRows,
  endRow,
  place,
}: {
  slug: string;
  chapters: Chapter[];
  chapter: Chapter;
  page: number;
  totalRows: number;
  /** The row after the page's last: how far the reader is once they finish the page. */
  endRow: number;
  place: 'top' | 'bottom';
}) {
  const t = await getTranslations('Book');
  const previous = chapters[chapter.number - 2];
  const next = chapters[chapter.number];
  const pages = chapter.pages.length;
  const href = (c: number, p = 1) => `/read/${slug}/${c}${p > 1 ? `/${p}` : ''}`;
  const percent = Math.round((100 * endRow) / Math.max(1, totalRows));
  return (
    <nav className={`book-nav book-nav-${place}`} aria-label={t('chapters')}>
      {place === 'top' && (
        <p className="book-where">
          <Link href={`/read/${slug}`}>{t('contents')}</Link>
          {' · '}
          <ChapterTitle chapter={chapter} fallback={t('opening')} />
          {' · '}
          <span>{t('where', {number: chapter.number, count: chapters.length, page, pages})}</span>
          <progress max={100} value={percent} aria-label={t('progress', {percent})} />
          <span>{t('progress', {percent})}</span>
        </p>
      )}
      <p className="book-steps">
        {previous && <Link href={href(previous.number)}>{t('previous')}</Link>}
        {page > 1 && (
          <Link href={href(chapter.number, page - 1)} rel="prev">
            {t('previousPage')}
          </Link>
        )}
        {page < pages && (
          <Link href={href(chapter.number, page + 1)} rel="next">
            {t('nextPage')}
          </Link>
        )}
        {next && <Link href={href(next.number)}>{t('next')}</Link>}
      </p>
    </nav>
  );
}
