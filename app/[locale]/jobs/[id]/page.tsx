import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {Refresh} from '@/components/Refresh';
import {Link, redirect} from '@/i18n/navigation';
import {getCurrentUser} from '@/server/accounts/currentUser';
import {getJob, type JobView} from '@/server/platform/backgroundJobs';
import {prisma} from '@/server/platform/db';
import {MAX_IMPORT_WORDS, MAX_VOCABULARY} from '@/server/learning/knownWords';
import {MAX_REALIGN_PARAGRAPHS} from '@/core/editing/realignLimits';

// A job still queued after this long is waiting for the job worker (restarting, or all busy).
const WAITING_MS = 20_000;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Jobs');
  return {title: t('title')};
}

/** Where the person goes when the job has ended well. */
async function destination(job: JobView): Promise<string | null> {
  if (job.kind !== 'realign' || !job.textId) return null;
  const text = await prisma().text.findUnique({where: {id: job.textId}, select: {slug: true}});
  return text ? `/editor/${text.slug}` : null;
}

export default async function JobPage({params, searchParams}: PageProps<'/[locale]/jobs/[id]'>) {
  const {locale, id} = await params;
  setRequestLocale(locale);
  const jobId = id.slice(0, 100);
  const user = await getCurrentUser();
  if (!user) return redirect({href: `/sign-in?next=/jobs/${jobId}`, locale});
  const job = await getJob(prisma(), user.id, jobId);
  if (!job) notFound();
  const t = await getTranslations('Jobs');
  const busy = (await searchParams).busy === '1';
  const ended = job.status === 'done' || job.status === 'failed';
  if (job.status === 'done' && job.kind === 'realign') {
    const href = await destination(job);
    if (href) return redirect({href, locale});
  }
  const back = job.kind === 'knownWords' ? '/vocabulary' : '/editor';
  const counts = (job.result ?? {}) as {added?: number; updated?: number};
  const number = (n: number) => n.toLocaleString(locale);
  return (
    <section className="job">
      <h1>{t(`${job.kind}.title`)}</h1>
      {busy && !ended && (
        <p role="status" lang={locale}>
          {t(`${job.kind}.busy`)}
        </p>
      )}
      {job.status === 'failed' ? (
        <p role="alert" className="form-error" lang={locale}>
          {t('failed')}{' '}
          {t(`errors.${t.has(`errors.${job.error}`) ? job.error : 'failed'}` as 'errors.failed', {
            words: MAX_IMPORT_WORDS,
            max: MAX_VOCABULARY,
            paragraphs: MAX_REALIGN_PARAGRAPHS,
          })}
        </p>
      ) : job.status === 'done' ? (
        <p role="status" lang={locale}>
          {job.kind === 'knownWords'
            ? t('knownWords.done', {count: (counts.added ?? 0) + (counts.updated ?? 0), added: counts.added ?? 0})
            : t('realign.done')}
        </p>
      ) : (
        <div aria-live="polite">
          <Refresh />
          <p lang={locale}>
            <progress value={job.done} max={Math.max(job.total, 1)} />{' '}
            {job.status === 'queued'
              ? t('queued')
              : t(`${job.kind}.running`, {done: number(job.done), total: number(job.total)})}
          </p>
          {job.status === 'queued' && Date.now() - job.createdAt.getTime() > WAITING_MS && (
            <p lang={locale}>{t('waiting')}</p>
          )}
          <p lang={locale}>{t('leave')}</p>
        </div>
      )}
      <p lang={locale}>
        <Link href={back}>{t(`${job.kind}.back`)}</Link>
      </p>
    </section>
  );
}
