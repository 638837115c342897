import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {Link} from '@/i18n/navigation';
import {getCurrentUser} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import {
  countDueCards,
  listVocabulary,
  MAX_IMPORT_CHARS,
  MAX_IMPORT_WORDS,
  MAX_VOCABULARY,
  type VocabularyStatus,
} from '@/server/learning/vocabulary';
import {importKnownWordsAction, setStatusAction} from './actions';

const STATUSES = ['new', 'learning', 'known', 'ignored'] as const;
const IMPORT_ERRORS = ['tooMany', 'tooLarge', 'full', 'empty'] as const;

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Vocabulary');
  return {title: t('title')};
}

async function changeStatus(form: FormData): Promise<void> {
  'use server';
  await setStatusAction(form);
}

export default async function VocabularyPage({params, searchParams}: PageProps<'/[locale]/vocabulary'>) {
  const {locale} = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Vocabulary');
  const user = await getCurrentUser();
  if (!user) {
    return (
      <section className="vocabulary">
        <h1>{t('title')}</h1>
        <p>
          <Link href={`/sign-in?next=/vocabulary`}>{t('signIn')}</Link>
        </p>
      </section>
    );
  }
  const query = await searchParams;
  const imported = one(query.imported);
  const importError = IMPORT_ERRORS.find((e) => e === one(query.importError));
  const status = STATUSES.find((s) => s === one(query.status)) as VocabularyStatus | undefined;
  const prefix =
    one(query.prefix)
      ?.replace(/\u0000/g, '')
      .trim()
      .slice(0, 60) ?? '';
  const requested = Number(one(query.page));
  const now = new Date();
  const [list, due] = await Promise.all([
    listVocabulary(prisma(), user.id, {status, prefix, page: Number.isSafeInteger(requested) ? requested : 1}),
    countDueCards(prisma(), user.id, now),
  ]);
  const {items, total, page, pages} = list;
  const pageHref = (n: number) =>
    `/vocabulary?${new URLSearchParams({...(status ? {status} : {}), ...(prefix ? {prefix} : {}), page: String(n)})}`;
  const kilobytes = MAX_IMPORT_CHARS / 1000;
  const titleOf = (text: NonNullable<(typeof items)[number]['text']>) =>
    (text.versions.find((v) => v.lang === locale) ?? text.versions[0])?.title ?? text.slug;
  return (
    <section className="vocabulary">
      <h1>{t('title')}</h1>
      <p className="intro">{t('intro')}</p>
      {typeof imported === 'string' && <p role="status">{t('imported', {count: Number(imported) || 0})}</p>}
      {importError && (
        <p role="alert" className="form-error">
          {t(`importErrors.${importError}`, {words: MAX_IMPORT_WORDS, kilobytes, max: MAX_VOCABULARY})}
        </p>
      )}
      <div className="tools">
        <Link href="/review">{t('due', {count: due})}</Link>
        <a href="/api/vocabulary/anki" download>
          {t('exportAnki')}
        </a>
      </div>
      <form className="vocabulary-filter" action={`/${locale}/vocabulary`} aria-label={t('filterTitle')}>
        <label>
          {t('filterPrefix')} <input name="prefix" type="search" defaultValue={prefix} maxLength={60} />
        </label>
        <label>
          {t('filterStatus')}{' '}
          <select name="status" defaultValue={status ?? ''}>
            <option value="">{t('filterAll')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('filterSubmit')}</button>
      </form>
      <p className="vocabulary-count">
        {t('count', {total})}
        {pages > 1 && <> · {t('pageOf', {page, pages})}</>}
      </p>
      {items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('word')}</th>
              <th>{t('meaning')}</th>
              <th>{t('sentence')}</th>
              <th>{t('status')}</th>
              <th>{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-lemma={item.lemma}>
                <td lang={item.lang}>
                  <b>{item.form}</b>
                  {item.lemma !== item.form && <> ({item.lemma})</>}
                </td>
                <td lang={item.lang === 'id' ? 'en' : 'id'}>{item.gloss}</td>
                <td>
                  {item.sentence && (
                    <p className="sentence" lang={item.lang}>
                      {item.sentence}
                    </p>
                  )}
                  {item.translation && (
                    <p className="translation" lang={item.lang === 'id' ? 'en' : 'id'}>
                      {item.translation}
                    </p>
                  )}
                  {item.text && <Link href={`/read/${item.text.slug}`}>{titleOf(item.text)}</Link>}
                </td>
                <td className="status">{t(`statuses.${item.status}`)}</td>
                <td>
                  {STATUSES.filter((s) => s !== item.status).map((status) => (
                    <form key={status} action={changeStatus}>
                      <input type="hidden" name="itemId" value={item.id} />
                      <button type="submit" name="status" value={status}>
                        {t('setStatus', {status: t(`statuses.${status}`)})}
                      </button>
                    </form>
                  ))}
                  <form action={changeStatus}>
                    <input type="hidden" name="itemId" value={item.id} />
                    <button type="submit" name="status" value="remove">
                      {t('remove')}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav className="pagination" aria-label={t('pages')}>
          {page > 1 ? (
            <Link href={pageHref(page - 1)} rel="prev">
              {t('previous')}
            </Link>
          ) : (
            <span />
          )}
          {page < pages && (
            <Link href={pageHref(page + 1)} rel="next">
              {t('next')}
            </Link>
          )}
        </nav>
      )}
      <form className="import" action={importKnownWordsAction}>
        <h2>{t('importTitle')}</h2>
        <p>
          {t('importHelp')} {t('importLimit', {words: MAX_IMPORT_WORDS, kilobytes})}
        </p>
        <input type="hidden" name="locale" value={locale} />
        <label>
          {t('importLang')}{' '}
          <select name="lang" defaultValue="id">
            <option value="id" lang="id">
              Bahasa Indonesia
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
        <label>
          {t('importPaste')}
          <br />
          <textarea name="words" rows={4} cols={30} />
        </label>
        <label>
          {t('importFile')} <input type="file" name="file" accept=".txt,.csv,.tsv,text/plain" />
        </label>
        <button type="submit">{t('importSubmit')}</button>
      </form>
    </section>
  );
}
