import {notFound} from 'next/navigation';
import {getFormatter, getTranslations, setRequestLocale} from 'next-intl/server';
import {Link, redirect} from '@/i18n/navigation';
import {requireRole} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import {countHistory, countInForceAfter, listHistory} from '@/server/editor/history';
import {getEditorDoc} from '@/server/editor/texts';
import {restoreTo} from '../../actions';
import {describeOperation, shapeOf} from '../describeChange';
import {RestoreButton} from './RestoreButton';
import '../../editor.css';

const PAGE_SIZE = 50;
const REFUSALS = ['stale', 'forbidden', 'notFound', 'invalidOperation', 'nothingToUndo', 'invalidInput'] as const;

/** A whole number from a search parameter, or null. */
function whole(value: string | string[] | undefined): number | null {
  const n = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) ? n : null;
}

export default async function HistoryPage({params, searchParams}: PageProps<'/[locale]/editor/[slug]/history'>) {
  const {locale, slug} = await params;
  const query = await searchParams;
  setRequestLocale(locale);
  if (!(await requireRole('editor'))) return redirect({href: `/sign-in?next=/editor/${slug}/history`, locale});
  const doc = await getEditorDoc(prisma(), {slug});
  if (!doc) notFound();
  const t = await getTranslations('History');
  const tOperations = await getTranslations('Operations');
  const tEditor = await getTranslations('Editor');
  const format = await getFormatter();
  const {total, current} = await countHistory(prisma(), doc.textId);
  // The last page also holds revision 0, the text as imported.
  const pages = Math.max(1, Math.ceil((total + 1) / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, whole(query.page) ?? 1));
  const history = await listHistory(prisma(), doc.textId, {skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE});
  const restored = whole(query.restored);
  const undone = whole(query.undone);
  const base = `/${locale}/editor/${slug}/history`;
  // What restoring each revision undoes: the changes in force after it, counted down the page.
  const later = new Map<number, number>();
  let inForce = history.length ? await countInForceAfter(prisma(), doc.textId, history[0].number) : 0;
  for (const h of history) {
    later.set(h.number, inForce);
    if (!h.undone) inForce++;
  }
  later.set(0, page === pages ? inForce : 0);
  const laterThan = (number: number) => later.get(number) ?? 0;
  const restoreCell = (number: number) =>
    number < current ? (
      <RestoreButton
        input={{textId: doc.textId, revision: doc.revision, number}}
        doneHref={`${base}?restored=${number}&undone=${laterThan(number)}`}
        restore={restoreTo}
        labels={{
          restore: t('restore'),
          confirm: t('confirm', {number, count: laterThan(number)}),
          confirmYes: t('confirmYes'),
          cancel: t('cancel'),
          cancelled: t('cancelled'),
          errors: Object.fromEntries(REFUSALS.map((k) => [k, tEditor(`messages.${k}`)])),
        }}
      />
    ) : number === current ? (
      <span className="current-state">{t('current')}</span>
    ) : null;
  return (
    <section className="history">
      <h1>{t('title')}</h1>
      <p>
        <Link href={`/editor/${slug}`}>{t('back')}</Link>
      </p>
      <p className="hint">{t('intro')}</p>
      <p role="status" className="history-message">
        {restored !== null && undone !== null ? tEditor('messages.restored', {number: restored, count: undone}) : null}
      </p>
      <table>
        <thead>
          <tr>
            <th>{t('number')}</th>
            <th>{t('when')}</th>
            <th>{t('who')}</th>
            <th>{t('what')}</th>
            <th>{t('restoreColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => {
            const described = describeOperation(h.operation, shapeOf(h.after));
            return (
              <tr key={h.number} className={h.undone ? 'undone' : undefined}>
                <td>{h.number}</td>
                <td>{format.dateTime(h.createdAt, {dateStyle: 'short', timeStyle: 'medium'})}</td>
                <td>{h.user ?? '—'}</td>
                <td>
                  {t(`operations.${h.operation}` as 'operations.merge')}
                  {h.undone && ` (${t('undone')})`}
                  <br />
                  <small>{tOperations(described.key as 'merge', described.values)}</small>
                </td>
                <td>{!h.undone && restoreCell(h.number)}</td>
              </tr>
            );
          })}
          {page === pages && (
            <tr>
              <td>0</td>
              <td />
              <td />
              <td>{t('imported')}</td>
              <td>{restoreCell(0)}</td>
            </tr>
          )}
        </tbody>
      </table>
      {pages > 1 && (
        <nav aria-label={t('pages')} className="history-pages">
          {page > 1 && <Link href={`/editor/${slug}/history?page=${page - 1}`}>{t('newer')}</Link>}
          <span>{t('page', {page, pages})}</span>
          {page < pages && <Link href={`/editor/${slug}/history?page=${page + 1}`}>{t('older')}</Link>}
        </nav>
      )}
    </section>
  );
}
