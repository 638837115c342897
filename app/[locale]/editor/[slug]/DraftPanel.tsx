import {getTranslations} from 'next-intl/server';
import {DraftProgress} from '@/components/DraftProgress';
import {prisma} from '@/server/platform/db';
import {getLatestDraftJob} from '@/server/drafts/draftJobs';
import {previewDraft} from '@/server/drafts/memoryPreview';
import {getDraftProgress, requestDraft} from './draftActions';

const ERRORS = [
  'badKey',
  'quotaExceeded',
  'rateLimited',
  'unavailable',
  'badResponse',
  'timeout',
  'badConfig',
  'failed',
  'hasBothLanguages',
  'notFound',
  'forbidden',
  'invalidInput',
] as const;

/**
 * Machine drafts on the editor's page: for a text in one language, what the translation memory
 * offers and a button to draft the rest; for a drafted text, where its translation came from.
 */
export async function DraftPanel({textId}: {textId: string}) {
  const [preview, job, drafted] = await Promise.all([
    previewDraft(prisma(), textId),
    getLatestDraftJob(prisma(), textId),
    prisma().textVersion.findFirst({
      where: {textId, provenance: 'machine'},
      select: {engine: true, model: true, draftedAt: true},
    }),
  ]);
  if (!preview && !drafted && job?.status !== 'running') return null;
  const t = await getTranslations('Drafts');
  const tMemory = await getTranslations('Memory');
  const tLang = await getTranslations('Lang');
  return (
    <section className="draft-panel">
      <h2>{t('title')}</h2>
      {drafted && (
        <p className="draft-provenance">
          {t('provenance', {
            engine: drafted.engine ?? '?',
            model: drafted.model ?? 'none',
            date: drafted.draftedAt ?? new Date(0),
          })}
          {drafted.engine === 'offline' && <> {t('roughDraft')}</>}
        </p>
      )}
      {preview && (
        <>
          <p>
            {tMemory('exact', {
              count: preview.exact,
              total: preview.paragraphs,
              rest: preview.paragraphs - preview.exact,
            })}
          </p>
          {preview.fuzzy.length > 0 && (
            <details className="memory-fuzzy">
              <summary>{tMemory('fuzzy', {count: preview.fuzzy.length})}</summary>
              <ol>
                {preview.fuzzy.map((f) => (
                  <li key={f.position} value={f.position + 1}>
                    <span className="match-percent">{tMemory('match', {percent: f.match.percent})}</span>
                    <q lang={preview.from}>{f.match.source}</q> → <q lang={preview.to}>{f.match.target}</q>
                  </li>
                ))}
              </ol>
            </details>
          )}
        </>
      )}
      <DraftProgress
        textId={textId}
        initial={job}
        canRequest={preview !== null}
        actions={{request: requestDraft, poll: getDraftProgress}}
        labels={{
          request: preview ? t('request', {lang: tLang(preview.to)}) : '',
          requesting: t('requesting'),
          queued: t('queued'),
          running: t('running', {done: '{done}', total: '{total}'}),
          done: t('done'),
          show: t('show'),
          failed: t('failed'),
          errors: Object.fromEntries(ERRORS.map((e) => [e, t(`errors.${e}`)])),
        }}
      />
    </section>
  );
}
