import {getTranslations, setRequestLocale} from 'next-intl/server';
import {Link, redirect} from '@/i18n/navigation';
import {requireRole} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import {listEditorTexts} from '@/server/editor/texts';
import {SignOutForm} from '../(account)/SignOutForm';
import './editor.css';

// Books: the bilingual EPUB both ways, the bilingual HTML page, and each language alone.
const BOOK_EXPORTS = [
  ['epub', 'sideBySide'],
  ['epub', 'interleaved'],
  ['html', 'sideBySide'],
  ['epub', 'id'],
  ['epub', 'en'],
] as const;

export default async function EditorHomePage({params}: PageProps<'/[locale]/editor'>) {
  const {locale} = await params;
  setRequestLocale(locale);
  const user = await requireRole('editor');
  if (!user) return redirect({href: '/sign-in?next=/editor', locale});
  const t = await getTranslations('Editor');
  const tStatus = await getTranslations('Status');
  const tBook = await getTranslations('BookExport');
  const texts = await listEditorTexts(prisma());
  return (
    <section className="editor-home">
      <div className="page-bar">
        <h1>{t('title')}</h1>
        <SignOutForm user={user} locale={locale} />
      </div>
      <p>
        <Link href="/editor/import">{t('importLink')}</Link> · <Link href="/editor/memory">{t('memoryLink')}</Link> ·{' '}
        <Link href="/editor/terms">{t('termsLink')}</Link>
        {user.role === 'admin' && (
          <>
            {' '}
            · <Link href="/admin">{t('adminLink')}</Link>
          </>
        )}
      </p>
      <table className="editor-texts">
        <thead>
          <tr>
            <th>{t('text')}</th>
            <th>{t('status')}</th>
            <th>{t('unconfirmed')}</th>
            <th>{t('export')}</th>
          </tr>
        </thead>
        <tbody>
          {texts.map((text) => (
            <tr key={text.id}>
              <td>
                <Link href={`/editor/${text.slug}`}>
                  {text.titles.id && <span lang="id">{text.titles.id}</span>}
                  {text.titles.id && text.titles.en && ' / '}
                  {text.titles.en && <span lang="en">{text.titles.en}</span>}
                </Link>
                {text.contentConflictAt && (
                  <p className="notice" role="note">
                    {t('contentConflict', {slug: text.slug})}
                  </p>
                )}
              </td>
              <td className={`status status-${text.status}`}>{tStatus(text.status)}</td>
              <td>{text.unconfirmed}</td>
              <td>
                {(['tmx', 'tsv', 'json'] as const).map((format) => (
                  <a key={format} href={`/api/texts/${text.slug}/export?format=${format}`} download>
                    {format.toUpperCase()}{' '}
                  </a>
                ))}
                {BOOK_EXPORTS.map(([format, layout]) => (
                  <a
                    key={`${format}-${layout}`}
                    href={`/api/texts/${text.slug}/export?format=${format}&layout=${layout}`}
                    download
                  >
                    {tBook(`${format}_${layout}`)}{' '}
                  </a>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
