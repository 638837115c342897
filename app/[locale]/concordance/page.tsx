import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {MAX_QUERY_CHARS} from '@/core/concordance/query';
import type {Lang} from '@/core/vocabulary';
import {Link} from '@/i18n/navigation';
import {prisma} from '@/server/platform/db';
import {searchConcordance} from '@/server/concordance/search';
import {ConcordanceResults} from './ConcordanceResults';
import './concordance.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Concordance');
  return {title: t('title')};
}

/** A word's translations across the library: a search form, and the pairs found, a page at a time. */
export default async function ConcordancePage({params, searchParams}: PageProps<'/[locale]/concordance'>) {
  const {locale} = await params;
  setRequestLocale(locale);
  const {q: rawQ, from: rawFrom, after: rawAfter} = await searchParams;
  const t = await getTranslations('Concordance');
  const q = typeof rawQ === 'string' ? rawQ.replace(/\u0000/g, '') : '';
  const fromOk = rawFrom === undefined || rawFrom === 'id' || rawFrom === 'en';
  const from: Lang = rawFrom === 'en' ? 'en' : 'id';
  const after = typeof rawAfter === 'string' && /^\d{1,9}$/.test(rawAfter) ? Number(rawAfter) : 0;
  const answer = q.trim() && fromOk ? await searchConcordance(prisma(), {q, from, after}) : null;
  const error = !fromOk ? 'from' : answer && !answer.ok ? answer.error : null;
  return (
    <section className="concordance">
      <h1>{t('title')}</h1>
      <p lang={locale} className="intro">
        {t('intro')}
      </p>
      <form className="concordance-form" role="search" action={`/${locale}/concordance`}>
        <label>
          <span>{t('query')}</span>
          <input name="q" type="search" defaultValue={q.slice(0, MAX_QUERY_CHARS)} maxLength={MAX_QUERY_CHARS} />
        </label>
        <label>
          <span>{t('from')}</span>
          <select name="from" defaultValue={from}>
            <option value="id">{t('fromId')}</option>
            <option value="en">{t('fromEn')}</option>
          </select>
        </label>
        <button type="submit">{t('search')}</button>
      </form>
      {error && (
        <p role="alert" lang={locale}>
          {t(`errors.${error}`, {max: MAX_QUERY_CHARS})}
        </p>
      )}
      {answer?.ok && (
        <ConcordanceResults
          locale={locale}
          result={answer.result}
          labels={{
            total: answer.result.total === null ? '' : t('total', {count: answer.result.total}),
            none: t('none'),
            common: t('common'),
            tally: t('tally'),
            memory: t('memory'),
            more: t('more'),
            term: t('term'),
            termStatus: {
              proposed: t('termStatus.proposed'),
              confirmed: t('termStatus.confirmed'),
              dictionary: t('termStatus.dictionary'),
              rejected: '',
            },
            partialTally: t('partialTally'),
          }}
        />
      )}
      {!q.trim() && !error && (
        <p lang={locale} className="hint">
          {t('hint')} <Link href="/concordance?q=pengaruh&from=id">pengaruh</Link>
        </p>
      )}
    </section>
  );
}
