import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {ParallelText} from '@/components/ParallelText';
import {Link, redirect} from '@/i18n/navigation';
import {requireRole} from '@/server/auth';
import {prisma} from '@/server/db';
import {getReaderText} from '@/server/reader';
import {getRowSentences} from '@/server/readerSentences';
import '../../editor.css';

// Drafts are not in the (cached, public) reader: editors see a text as readers will, whatever its
// status. The page reads the session, so it is rendered per request and never cached.
export const metadata: Metadata = {robots: {index: false}};

export default async function PreviewPage({params}: PageProps<'/[locale]/editor/[slug]/preview'>) {
  const {locale, slug} = await params;
  setRequestLocale(locale);
  if (!(await requireRole('editor'))) return redirect({href: `/sign-in?next=/editor/${slug}/preview`, locale});
  const text = await getReaderText(prisma(), slug, {includeUnpublished: true});
  if (!text) notFound();
  const tEditor = await getTranslations('Editor');
  const t = await getTranslations('Reader');
  const tKind = await getTranslations('Kind');
  const tLang = await getTranslations('Lang');
  const tStudy = await getTranslations('StudyModes');
  const tLookup = await getTranslations('Lookup');
  const tDrafts = await getTranslations('Drafts');
  // Machine paragraphs carry the engine of their version; the offline engine's are rough drafts.
  const drafted = Object.values(text.versions).find((v) => v?.provenance === 'machine');
  return (
    <>
      <p className="preview-banner" role="note">
        {tEditor('previewBanner')} <Link href={`/editor/${slug}`}>{tEditor('backToEditor')}</Link>
      </p>
      <ParallelText
        text={text}
        labels={{
          kind: tKind(text.kind as 'news'),
          originalIn: t('originalIn', {lang: tLang(text.originalLanguage)}),
          licence: t('licence', {licence: text.licence}),
          source: t('source'),
          controls: t('controls'),
          swap: t('swap'),
          showBoth: t('showBoth'),
          onlyId: t('onlyId'),
          onlyEn: t('onlyEn'),
          columnId: t('columnId'),
          columnEn: t('columnEn'),
          noCounterpart: t('noCounterpart'),
          machine: drafted?.engine === 'offline'
            ? tDrafts('roughMarker')
            : tDrafts('marker', {engine: drafted?.engine ?? '?'}),
        }}
        sentences={getRowSentences(text)}
        study={{
          interleaved: tStudy('interleaved'), reveal: tStudy('reveal'), revealRow: tStudy('revealRow'),
          listen: tStudy('listen'), stop: tStudy('stop'),
        }}
        lookup={{
          ui: locale === 'id' ? 'id' : 'en',
          dialog: tLookup('dialog'),
          root: tLookup('root'),
          affixes: tLookup('affixes'),
          meanings: tLookup('meanings'),
          noGloss: tLookup('noGloss'),
          sentenceEn: tLookup('sentenceEn'),
          sentenceId: tLookup('sentenceId'),
          save: tLookup('save'),
          saving: tLookup('saving'),
          saved: tLookup('saved'),
          signInToSave: tLookup('signInToSave'),
          signInHref: `/${locale}/sign-in?next=${encodeURIComponent(`/editor/${slug}/preview`)}`,
          close: tLookup('close'),
          previous: tLookup('previous'),
          next: tLookup('next'),
          loading: tLookup('loading'),
          failed: tLookup('failed'),
          newWords: tLookup('newWords', {count: '{count}'}),
        }}
      />
    </>
  );
}
