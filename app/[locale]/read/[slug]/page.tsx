import type {Metadata} from 'next';
import {cache} from 'react';
import {notFound} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {ParallelText} from '@/components/ParallelText';
import {prisma} from '@/server/db';
import {getReaderText} from '@/server/reader';
import {getRowSentences} from '@/server/readerSentences';

// Rendered once per text and locale, then cached; editors' changes revalidate the path.
export const revalidate = 3600;

// Nothing is rendered at build time (the database is not there yet); each page on its first request.
export function generateStaticParams() {
  return [];
}

// The metadata and the page of one render share a single query.
const loadText = cache((slug: string) => getReaderText(prisma(), slug));

export async function generateMetadata({params}: PageProps<'/[locale]/read/[slug]'>): Promise<Metadata> {
  const {slug, locale} = await params;
  const text = await loadText(slug);
  const title = (locale === 'id' ? text?.versions.id?.title : text?.versions.en?.title) ?? text?.versions.id?.title ?? text?.versions.en?.title;
  return title ? {title} : {};
}

export default async function ReadPage({params}: PageProps<'/[locale]/read/[slug]'>) {
  const {locale, slug} = await params;
  setRequestLocale(locale);
  const text = await loadText(slug);
  if (!text) notFound();
  const t = await getTranslations('Reader');
  const tKind = await getTranslations('Kind');
  const tLang = await getTranslations('Lang');
  const tStudy = await getTranslations('StudyModes');
  const tLookup = await getTranslations('Lookup');
  const tDrafts = await getTranslations('Drafts');
  // Machine paragraphs carry the engine of their version; the offline engine's are rough drafts.
  const drafted = Object.values(text.versions).find((v) => v?.provenance === 'machine');
  return (
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
        machine: drafted?.engine === 'offline' ? tDrafts('roughMarker') : tDrafts('marker', {engine: drafted?.engine ?? '?'}),
      }}
      sentences={getRowSentences(text)}
      study={{
        view: tStudy('view'),
        interleaved: tStudy('interleaved'),
        reveal: tStudy('reveal'),
        revealRow: tStudy('revealRow'),
        listen: tStudy('listen'),
        stop: tStudy('stop'),
        noSpeech: tStudy('noSpeech'),
        noVoiceId: tStudy('noVoiceId'),
        noVoiceEn: tStudy('noVoiceEn'),
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
        signInHref: `/${locale}/sign-in?next=${encodeURIComponent(`/read/${slug}`)}`,
        close: tLookup('close'),
        previous: tLookup('previous'),
        next: tLookup('next'),
        loading: tLookup('loading'),
        failed: tLookup('failed'),
        newWords: tLookup('newWords', {count: '{count}'}),
        status: tLookup('status'),
        level: tLookup('level', {level: '{level}'}),
        known: tLookup('known'),
        ignore: tLookup('ignore'),
        learning: tLookup('learning'),
        langId: tLookup('langId'),
        langEn: tLookup('langEn'),
        markAll: tLookup('markAll'),
        cancel: tLookup('cancel'),
        markAllYes: tLookup('markAllYes'),
        markAllConfirm: tLookup('markAllConfirm', {count: '{count}'}),
        markedAll: tLookup('markedAll', {count: '{count}'}),
      }}
    />
  );
}
