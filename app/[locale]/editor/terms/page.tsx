import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {Link, redirect} from '@/i18n/navigation';
import {requireRole} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import {countTerms, listTerms, type TermStatus} from '@/server/terms/terms';
import {SignOutForm} from '../../(account)/SignOutForm';
import {decideTermAction, discoverTermsAction, proposeTermAction} from './actions';
import '../editor.css';

const TABS: TermStatus[] = ['proposed', 'confirmed', 'rejected'];
/** What each list offers to do with a term. */
const MOVES: Record<TermStatus, TermStatus[]> = {
  proposed: ['confirmed', 'rejected'],
  confirmed: ['rejected', 'proposed'],
  rejected: ['confirmed', 'proposed'],
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Terms');
  return {title: t('title')};
}

/** Multi-word terms found in the aligned library, for editors to confirm (into the lexicon) or reject. */
export default async function TermsPage({params, searchParams}: PageProps<'/[locale]/editor/terms'>) {
  const {locale} = await params;
  setRequestLocale(locale);
  const user = await requireRole('editor');
  if (!user) return redirect({href: '/sign-in?next=/editor/terms', locale});
  const {status: rawStatus, found} = await searchParams;
  const tab = TABS.find((s) => s === rawStatus) ?? 'proposed';
  const t = await getTranslations('Terms');
  const [terms, counts] = await Promise.all([listTerms(prisma(), tab), countTerms(prisma())]);
  return (
    <section className="editor-terms">
      <div className="page-bar">
        <h1>{t('title')}</h1>
        <SignOutForm user={user} locale={locale} />
      </div>
      <p lang={locale}>
        <Link href="/editor">{t('back')}</Link>
      </p>
      <p lang={locale}>{t('intro')}</p>
      <form action={discoverTermsAction}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit">{t('discover')}</button>
      </form>
      <form action={proposeTermAction} className="term-proposal">
        <input type="hidden" name="locale" value={locale} />
        <label>
          <span>{t('phrase')}</span>
          <input name="phrase" lang="id" required maxLength={80} />
        </label>
        <label>
          <span>{t('gloss')}</span>
          <input name="gloss" lang="en" required maxLength={100} />
        </label>
        <button type="submit">{t('propose')}</button>
      </form>
      {typeof found === 'string' && /^\d+$/.test(found) && (
        <p role="status" lang={locale}>
          {t('found', {count: Number(found)})}
        </p>
      )}
      <nav className="term-tabs" aria-label={t('lists')}>
        {TABS.map((s) => (
          <Link key={s} href={`/editor/terms?status=${s}`} aria-current={s === tab ? 'page' : undefined}>
            {t(`tabs.${s}`, {count: counts[s]})}
          </Link>
        ))}
      </nav>
      {terms.length === 0 ? (
        <p lang={locale}>{t('empty')}</p>
      ) : (
        <table className="editor-texts term-list">
          <thead>
            <tr>
              <th>{t('phrase')}</th>
              <th>{t('gloss')}</th>
              <th>{t('seen')}</th>
              <th>{t('decide')}</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr key={term.id} id={`t-${term.id}`}>
                <td lang="id">
                  <a href={`/${locale}/concordance?${new URLSearchParams({q: term.phrase, from: 'id'})}`}>
                    {term.phrase}
                  </a>
                </td>
                <td lang="en">{term.gloss}</td>
                <td>{t('units', {units: term.units, occurrences: term.occurrences})}</td>
                <td>
                  {MOVES[tab].map((to) => (
                    <form key={to} action={decideTermAction} className="inline-form">
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="id" value={term.id} />
                      <input type="hidden" name="status" value={to} />
                      <input type="hidden" name="tab" value={tab} />
                      <button type="submit" aria-label={t(`moveLabel.${to}`, {phrase: term.phrase})}>
                        {t(`move.${to}`)}
                      </button>
                    </form>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
