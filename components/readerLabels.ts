import 'server-only';
import type {ComponentProps} from 'react';
import {getTranslations} from 'next-intl/server';
import type {ParallelText} from './ParallelText';
import type {ReaderText} from '@/server/reader/readerText';

type ParallelTextProps = ComponentProps<typeof ParallelText>;

/** `signInNext` is the path (without locale) that signing in to save a word returns to. */
export async function readerLabels(
  locale: string,
  text: Pick<ReaderText, 'kind' | 'originalLanguage' | 'licence' | 'versions'>,
  signInNext: string,
): Promise<Pick<ParallelTextProps, 'labels' | 'study' | 'lookup'>> {
  const t = await getTranslations('Reader');
  const tKind = await getTranslations('Kind');
  const tLang = await getTranslations('Lang');
  const tStudy = await getTranslations('StudyModes');
  const tLookup = await getTranslations('Lookup');
  const tDrafts = await getTranslations('Drafts');
  // Machine paragraphs carry the engine of their version; the offline engine's are rough drafts.
  const drafted = Object.values(text.versions).find((v) => v?.provenance === 'machine');
  return {
    labels: {
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
      machine:
        drafted?.engine === 'offline' ? tDrafts('roughMarker') : tDrafts('marker', {engine: drafted?.engine ?? '?'}),
    },
    study: {
      view: tStudy('view'),
      interleaved: tStudy('interleaved'),
      reveal: tStudy('reveal'),
      revealRow: tStudy('revealRow'),
      listen: tStudy('listen'),
      stop: tStudy('stop'),
      noSpeech: tStudy('noSpeech'),
      noVoiceId: tStudy('noVoiceId'),
      noVoiceEn: tStudy('noVoiceEn'),
    },
    lookup: {
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
      signInHref: `/${locale}/sign-in?next=${encodeURIComponent(signInNext)}`,
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
      inSentence: tLookup('inSentence'),
      term: tLookup('term'),
      termProposed: tLookup('termProposed'),
      moreExamples: tLookup('moreExamples'),
      concordanceHref: `/${locale}/concordance?q=`,
    },
  };
}
