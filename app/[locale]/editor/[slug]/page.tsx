import {notFound} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {Link, redirect} from '@/i18n/navigation';
import {requireRole} from '@/server/auth';
import {prisma} from '@/server/db';
import {getEditorDoc} from '@/server/editor/texts';
import {editText, redoNext, undoLast} from '../actions';
import {findMemoryMatches} from '../memory/actions';
import {AlignmentEditor} from './AlignmentEditor';
import {DraftPanel} from './DraftPanel';
import {SignOutForm} from '../../(account)/SignOutForm';
import '../editor.css';

const keys = ['↑ ↓', '← →', '[ ]', 'm', 's', 'Alt+↑', 'Alt+↓', 'n', 'c', 'C', 'g', 'r', 'e', '1 2 3', 'J', 'P', 'Ctrl+Z', 'Ctrl+Shift+Z'] as const;
const keyNames = ['rows', 'sides', 'paragraphs', 'merge', 'split', 'moveUp', 'moveDown', 'detach', 'confirm', 'confirmThrough', 'next', 'realign', 'edit', 'useMatch', 'join', 'publish', 'undo', 'redo'] as const;

export default async function EditTextPage({params}: PageProps<'/[locale]/editor/[slug]'>) {
  const {locale, slug} = await params;
  setRequestLocale(locale);
  const user = await requireRole('editor');
  if (!user) return redirect({href: `/sign-in?next=/editor/${slug}`, locale});
  const doc = await getEditorDoc(prisma(), {slug});
  if (!doc) notFound();
  const t = await getTranslations('Editor');
  const tPanel = await getTranslations('MemoryPanel');
  const tStatus = await getTranslations('Status');
  const statusNames = {draft: tStatus('draft'), review: tStatus('review'), published: tStatus('published')};
  return (
    <section className="editor">
      <h1>
        {doc.titles.id && <span lang="id">{doc.titles.id}</span>}
        {doc.titles.en && <span lang="en" className="title-en">{doc.titles.en}</span>}
      </h1>
      <div className="page-bar">
        <p><Link href="/editor">{t('title')}</Link> · <Link href={`/editor/${slug}/history`}>{t('historyLink')}</Link> · <Link href={`/read/${slug}`}>{t('readerLink')}</Link></p>
        <SignOutForm user={user} locale={locale} />
      </div>
      <DraftPanel textId={doc.textId} />
      <AlignmentEditor
        textId={doc.textId}
        initial={{links: doc.links, paragraphs: doc.paragraphs, revision: doc.revision, status: doc.status}}
        actions={{edit: editText, undo: undoLast, redo: redoNext, lookup: findMemoryMatches}}
        labels={{
          shortcuts: t('shortcuts'),
          keys: Object.fromEntries(keys.map((k, i) => [k, t(`keys.${keyNames[i]}`)])),
          statusNames,
          messages: Object.fromEntries((['saved', 'stale', 'forbidden', 'notFound', 'invalidOperation', 'nothingToDo', 'nothingToUndo', 'nothingToRedo', 'undoBlocked', 'redoBlocked', 'invalidInput', 'noneLeft', 'oneLanguage'] as const).map((k) => [k, t(`messages.${k}`)])),
          confidence: t('confidence'),
          flagged: t('flagged'),
          confirmed: t('confirmed'),
          noCounterpart: t('noCounterpart'),
          splitTitle: t('splitTitle'),
          splitId: t('splitId'),
          splitEn: t('splitEn'),
          apply: t('apply'),
          cancel: t('cancel'),
          editHint: t('editHint'),
          status: t('status'),
          nextStatus: {draft: t('toReview'), review: t('publish')},
          keysHint: t('keysHint'),
          oneLanguage: t('oneLanguage'),
          memory: {title: tPanel('title'), match: tPanel('match', {percent: '{percent}'}), use: tPanel('use'), none: tPanel('none'), loading: tPanel('loading'), hint: tPanel('hint'), noTarget: tPanel('noTarget')},
        }}
      />
    </section>
  );
}
