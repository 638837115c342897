import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {Link} from '@/i18n/navigation';
import {prisma} from '@/server/db';
import {searchTexts} from '@/server/search';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Search');
  return {title: t('title')};
}

export default async function SearchPage({params, searchParams}: PageProps<'/[locale]/search'>) {
  const {locale} = await params;
  setRequestLocale(locale);
  const {q} = await searchParams;
  // NUL cannot reach PostgreSQL (it rejects the parameter); nobody types one.
  const query = typeof q === 'string' ? q.replace(/\u0000/g, '').trim().slice(0, 200) : '';
  const t = await getTranslations('Search');
  const hits = query ? await searchTexts(prisma(), query) : [];
  return (
    <section className="search">
      <h1>{t('title')}</h1>
      <form className="search-form" role="search" action={`/${locale}/search`}>
        <label htmlFor="q" className="sr-only">{t('label')}</label>
        <input id="q" name="q" type="search" defaultValue={query} placeholder={t('label')} />
        <button type="submit">{t('submit')}</button>
      </form>
      <p className="intro">{t('help')}</p>
      {query && <p role="status">{t('results', {count: hits.length, query})}</p>}
      <ul className="search-results">
        {hits.map((hit) => (
          <li key={`${hit.slug}:${hit.lang}:${hit.position}`}>
            <p><Link href={`/read/${hit.slug}`}>{hit.title}</Link></p>
            <div className="pair">
              <p lang={hit.lang}>{hit.body}</p>
              <div>{hit.counterpart.map((c, k) => <p key={k} lang={c.lang}>{c.body}</p>)}</div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
