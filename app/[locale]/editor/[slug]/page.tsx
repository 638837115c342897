import {notFound} from 'next/navigation';
import {getMessages, getTranslations, setRequestLocale} from 'next-intl/server';
import {Link, redirect} from '@/i18n/navigation';
import {requireRole} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import {getEditorStart} from '@/server/editor/outline';
import {editText, redoNext, undoLast} from '../actions';
import {findMemoryMatches} from '../memory/actions';
import {getRowWordsAction} from './rowWordsActions';
import {getParagraphsAction} from './paragraphActions';
import {AlignmentEditor, type EditorLabels, type EditorMessages} from './AlignmentEditor';
import {DraftPanel} from './DraftPanel';
import {keymap, TOOLBAR} from './keymap';
import {SignOutForm} from '../../(account)/SignOutForm';
import '../editor.css';

export default async function EditTextPage({params}: PageProps<'/[locale]/editor/[slug]'>) {
  const {locale, slug} = await params;
  setRequestLocale(locale);
  const user = await requireRole('editor');
  if (!user) return redirect({href: `/sign-in?next=/editor/${slug}`, locale});
  // The whole text's rows and headings, and the paragraphs of its first chapter: others load as the cursor enters them.
  const doc = await getEditorStart(prisma(), slug);
  if (!doc) notFound();
  const t = await getTranslations('Editor');
  const tPanel = await getTranslations('MemoryPanel');
  const tChapters = await getTranslations('EditorChapters');
  const tStatus = await getTranslations('Status');
  const statusNames = {draft: tStatus('draft'), review: tStatus('review'), published: tStatus('published')};
  const all = (await getMessages()) as unknown as EditorMessages;
  const messages: EditorMessages = {Editor: {messages: all.Editor.messages}, Operations: all.Operations};
  // Drafts are not in the reader yet: editors see them in the preview, which is never cached.
  const readerHref = doc.status === 'published' ? `/read/${slug}` : `/editor/${slug}/preview`;
  return (
    <section className="editor">
      <h1>
        {doc.titles.id && <span lang="id">{doc.titles.id}</span>}
        {doc.titles.en && (
          <span lang="en" className="title-en">
            {doc.titles.en}
          </span>
        )}
      </h1>
      <div className="page-bar">
        <p>
          <Link href="/editor">{t('title')}</Link> · <Link href={`/editor/${slug}/history`}>{t('historyLink')}</Link>
          {' · '}
          <Link href={readerHref}>{doc.status === 'published' ? t('readerLink') : t('previewLink')}</Link>
        </p>
        <SignOutForm user={user} locale={locale} />
      </div>
      <DraftPanel textId={doc.textId} />
      <AlignmentEditor
        // A machine draft written meanwhile (the draft panel refreshes the page) brings the other
        // language: the editor starts again on the new rows. Other refreshes keep its cursor.
        key={`${doc.doc.counts.id > 0}:${doc.doc.counts.en > 0}`}
        textId={doc.textId}
        locale={locale}
        messages={messages}
        initial={{outline: doc.doc, chunk: doc.chunk, revision: doc.revision, status: doc.status}}
        actions={{
          edit: editText,
          undo: undoLast,
          redo: redoNext,
          lookup: findMemoryMatches,
          rowWords: getRowWordsAction,
          paragraphs: getParagraphsAction,
        }}
        labels={{
          shortcuts: t('shortcuts'),
          keys: Object.fromEntries(keymap.map((g) => [g.help, t(`keys.${g.help}` as 'keys.rows')])),
          statusNames,
          confidence: t('confidence'),
          confidenceShort: t('confidenceShort', {percent: '{percent}'}),
          flagged: t('flagged'),
          suspicious: t('suspicious'),
          suspiciousTitle: t('suspiciousTitle'),
          confirmed: t('confirmed'),
          confirmedTitle: t('confirmedTitle'),
          machineRow: t('machineRow'),
          machineTitle: t('machineTitle'),
          legend: t('legend'),
          gridLabel: t('gridLabel'),
          save: t('save'),
          splitHere: t('splitHere'),
          toolbar: Object.fromEntries(
            ['label', ...TOOLBAR].map((k) => [k, t(`toolbar.${k}`)]),
          ) as EditorLabels['toolbar'],
          noCounterpart: t('noCounterpart'),
          loading: t('loadingParagraph'),
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
          chapters: {
            chapter: tChapters('chapter'),
            untitled: tChapters('untitled', {number: '{number}'}),
            page: tChapters('page', {page: '{page}', pages: '{pages}'}),
            previousPage: tChapters('previousPage'),
            nextPage: tChapters('nextPage'),
            realign: tChapters('realign'),
          },
          memory: {
            title: tPanel('title'),
            match: tPanel('match', {percent: '{percent}'}),
            use: tPanel('use'),
            none: tPanel('none'),
            loading: tPanel('loading'),
            hint: tPanel('hint'),
            noTarget: tPanel('noTarget'),
          },
        }}
      />
    </section>
  );
}
