import {getTranslations} from 'next-intl/server';
import {LIBRARY_KINDS, libraryHref, type LibraryQuery} from '@/core/texts/libraryQuery';
import {getPathname, Link} from '@/i18n/navigation';
import {listLibraryPage} from '@/server/reader/library';
import {prisma} from '@/server/platform/db';

/**
 * The library a page at a time, with its filters and sort in the address: a plain form, no script
 * needed. The plain library (/en) is cached; other views (/en/texts?kind=book&page=2) render per request.
 */
export async function LibraryView({locale, query}: {locale: string; query: LibraryQuery}) {
  const t = await getTranslations('Library');
  const tKind = await getTranslations('Kind');
  const tLang = await getTranslations('Lang');
  const {cards, total, pages} = await listLibraryPage(prisma(), query, locale === 'id' ? 'id' : 'en');
  const filtered = query.kind !== null || query.lang !== null;
  const at = (page: number) => libraryHref({...query, page} satisfies LibraryQuery);
  return (
    <section className="library">
      <h1>{t('title')}</h1>
      <p className="intro">{t('intro')}</p>
      <form className="library-filters" method="get" action={getPathname({href: '/texts', locale})}>
        <label>
          {t('kindLabel')}{' '}
          <select name="kind" defaultValue={query.kind ?? ''}>
            <option value="">{t('anyKind')}</option>
            {LIBRARY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tKind(kind)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('langLabel')}{' '}
          <select name="lang" defaultValue={query.lang ?? ''}>
            <option value="">{t('anyLang')}</option>
            <option value="id">{tLang('id')}</option>
            <option value="en">{tLang('en')}</option>
          </select>
        </label>
        <label>
          {t('sortLabel')}{' '}
          <select name="sort" defaultValue={query.sort}>
            <option value="date">{t('sortDate')}</option>
            <option value="title">{t('sortTitle')}</option>
            <option value="length">{t('sortLength')}</option>
          </select>
        </label>
        <button type="submit">{t('apply')}</button>
      </form>
      <p role="status" className="library-count">
        {t('count', {count: total})}
        {pages > 1 && ` · ${t('pageOf', {page: query.page, pages})}`}
      </p>
      {cards.length === 0 ? (
        <p>{filtered || query.page > 1 ? t('none') : t('empty')}</p>
      ) : (
        <ul className="text-list">
          {cards.map((text) => (
            <li key={text.slug}>
              <Link href={`/read/${text.slug}`} className="text-card">
                {text.titles.id && (
                  <span className="title" lang="id">
                    {text.titles.id}
                  </span>
                )}
                {text.titles.en && (
                  <span className="title title-en" lang="en">
                    {text.titles.en}
                  </span>
                )}
                <span className="meta">
                  {tKind(text.kind as 'news')} · {t('paragraphs', {count: text.paragraphCount})} ·{' '}
                  {t('readingTime', {minutes: Math.max(1, Math.round(text.wordCount / 200))})}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav className="library-pages" aria-label={t('pagesLabel')}>
          {query.page > 1 && (
            <Link href={at(query.page - 1)} rel="prev">
              {t('previous')}
            </Link>
          )}
          {query.page < pages && (
            <Link href={at(query.page + 1)} rel="next">
              {t('next')}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
