import type {Metadata} from 'next';
import {headers} from 'next/headers';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {Link} from '@/i18n/navigation';
import {prisma} from '@/server/platform/db';
import {env} from '@/server/platform/env';
import {searchTexts, SEARCH_MAX_PAGE, type SearchHit} from '@/server/reader/search';
import {searchAllowed} from '@/server/reader/searchLimit';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Search');
  return {title: t('title')};
}

function Highlighted({segments}: {segments: SearchHit['segments']}) {
  return segments.map((s, k) => (s.match ? <mark key={k}>{s.text}</mark> : s.text));
}

export default async function SearchPage({params, searchParams}: PageProps<'/[locale]/search'>) {
  const {locale} = await params;
  setRequestLocale(locale);
  const {q, page: pageParam} = await searchParams;
  // NUL cannot reach PostgreSQL (it rejects the parameter); nobody types one.
  const query =
    typeof q === 'string'
      ? q
          .replace(/\u0000/g, '')
          .trim()
          .slice(0, 200)
      : '';
  const requested = typeof pageParam === 'string' && /^\d{1,3}$/.test(pageParam) ? Number(pageParam) : 1;
  const page = Math.min(Math.max(requested, 1), SEARCH_MAX_PAGE);
  const t = await getTranslations('Search');
  const limit = query ? await searchAllowed(prisma(), await headers(), env().SELARAS_SEARCH_PER_MINUTE) : null;
  const result = limit?.allowed ? await searchTexts(prisma(), query, {page, slots: env().SELARAS_SEARCH_SLOTS}) : null;
  const hits = result?.ok ? result.hits : [];
  const pageHref = (n: number) => `/search?${new URLSearchParams({q: query, ...(n > 1 ? {page: String(n)} : {})})}`;
  return (
    <section className="search">
      <h1>{t('title')}</h1>
      <form className="search-form" role="search" action={`/${locale}/search`}>
        <label htmlFor="q" className="sr-only">
          {t('label')}
        </label>
        <input id="q" name="q" type="search" defaultValue={query} placeholder={t('label')} maxLength={200} />
        <button type="submit">{t('submit')}</button>
      </form>
      <p className="intro">{t('help')}</p>
      {limit && !limit.allowed && <p role="alert">{t('tooMany', {seconds: limit.retryAfter ?? 60})}</p>}
      {result && !result.ok && <p role="alert">{t(result.error)}</p>}
      {result?.ok && (
        <p role="status">
          {page > 1 ? t('pageOf', {page}) : t(result.hasMore ? 'manyResults' : 'results', {count: hits.length, query})}
        </p>
      )}
      <ul className="search-results">
        {hits.map((hit) => (
          <li key={`${hit.slug}:${hit.lang}:${hit.row}:${hit.body.length}`}>
            {/* A document load, not a client navigation: only then does the row become the :target the reader highlights. */}
            <p>
              <a href={`/${locale}/read/${hit.slug}/row/${hit.row}`}>{hit.title}</a>
            </p>
            <div className="pair">
              <p lang={hit.lang}>
                <Highlighted segments={hit.segments} />
              </p>
              <div>
                {hit.counterpart.map((c, k) => (
                  <p key={k} lang={c.lang}>
                    {c.body}
                  </p>
                ))}
              </div>
            </div>
          </li>
        ))}
      </ul>
      {result?.ok && (page > 1 || result.hasMore) && (
        <nav className="pagination" aria-label={t('pages')}>
          {page > 1 && (
            <Link href={pageHref(page - 1)} rel="prev">
              {t('previous')}
            </Link>
          )}
          {result.hasMore && page < SEARCH_MAX_PAGE && (
            <Link href={pageHref(page + 1)} rel="next">
              {t('next')}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
