import {notFound} from 'next/navigation';
import {getFormatter, getTranslations, setRequestLocale} from 'next-intl/server';
import {Link, redirect} from '@/i18n/navigation';
import type {Change} from '@/core/alignmentChange';
import {requireRole} from '@/server/auth';
import {prisma} from '@/server/db';
import {listHistory} from '@/server/editor/operations';
import {getEditorDoc} from '@/server/editor/texts';
import {restoreFromHistory} from '../../actions';
import '../../editor.css';

function describe(change: Change): string {
  const parts: string[] = [];
  if (change.links) parts.push(`${change.links.removed.length}→${change.links.inserted.length} @${change.links.at}`);
  if (change.paragraphs) parts.push(`${change.paragraphs.lang} ¶${change.paragraphs.at}: ${change.paragraphs.removed.map((p) => p.body.slice(0, 40)).join(' | ')} ⇒ ${change.paragraphs.inserted.map((p) => p.body.slice(0, 40)).join(' | ')}`);
  if (change.status) parts.push(`${change.status.from}→${change.status.to}`);
  return parts.join('; ');
}

// React ignores what a form action returns; a caller over HTTP gets the refusal (../../actions.ts).
const restore = restoreFromHistory as unknown as (form: FormData) => Promise<void>;

export default async function HistoryPage({params}: PageProps<'/[locale]/editor/[slug]/history'>) {
  const {locale, slug} = await params;
  setRequestLocale(locale);
  if (!(await requireRole('editor'))) return redirect({href: `/sign-in?next=/editor/${slug}/history`, locale});
  const doc = await getEditorDoc(prisma(), {slug});
  if (!doc) notFound();
  const t = await getTranslations('History');
  const format = await getFormatter();
  const history = await listHistory(prisma(), doc.textId);
  return (
    <section className="history">
      <h1>{t('title')}</h1>
      <p><Link href={`/editor/${slug}`}>{t('back')}</Link></p>
      {history.length === 0 ? <p>{t('empty')}</p> : (
        <table>
          <thead><tr><th>{t('number')}</th><th>{t('when')}</th><th>{t('who')}</th><th>{t('what')}</th><th /></tr></thead>
          <tbody>
            {history.map((h) => (
              <tr key={h.number} className={h.undone ? 'undone' : undefined}>
                <td>{h.number}</td>
                <td>{format.dateTime(h.createdAt, {dateStyle: 'short', timeStyle: 'medium'})}</td>
                <td>{h.user ?? '—'}</td>
                <td>{t(`operations.${h.operation}` as 'operations.merge')}{h.undone && ` (${t('undone')})`}<br /><small>{describe(h.after)}</small></td>
                <td>
                  {!h.undone && (
                    <form action={restore}>
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="slug" value={slug} />
                      <input type="hidden" name="textId" value={doc.textId} />
                      <input type="hidden" name="revision" value={doc.revision} />
                      <input type="hidden" name="number" value={h.number} />
                      <button type="submit">{t('restore')}</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
