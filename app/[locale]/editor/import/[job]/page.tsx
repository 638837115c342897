import {notFound} from 'next/navigation';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {Link, redirect} from '@/i18n/navigation';
import {getCurrentUser} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import {getTextImportJob} from '@/server/editor/importJob';
import {MAX_IMPORT_PARAGRAPHS} from '@/server/editor/importText';
import {Refresh} from './Refresh';
import '../../editor.css';

const STEPS = ['queued', 'parsing', 'aligning', 'storing'] as const;

export default async function ImportProgressPage({params}: PageProps<'/[locale]/editor/import/[job]'>) {
  const {locale, job: jobId} = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (!user || user.role === 'learner') return redirect({href: `/sign-in?next=/editor/import/${jobId}`, locale});
  const job = await getTextImportJob(prisma(), user, jobId.slice(0, 100));
  if (!job) notFound();
  if (job.status === 'done' && job.slug) return redirect({href: `/editor/${job.slug}`, locale});
  const t = await getTranslations('Import');
  const step = STEPS.indexOf(job.status as (typeof STEPS)[number]);
  const field = (template: string) =>
    template.replace(/^\{field\}:\s*/, '').replace('{max}', MAX_IMPORT_PARAGRAPHS.toLocaleString(locale));
  return (
    <section className="import">
      <h1>{t('progress.title')}</h1>
      {job.status === 'failed' ? (
        <>
          <p role="alert" className="form-error">
            {t('progress.failed')} {field(t.raw(`errors.${job.error ?? 'failed'}`) as string)}
          </p>
          <p>
            <Link href="/editor/import">{t('progress.again')}</Link>
          </p>
        </>
      ) : (
        <div aria-live="polite" className="import-progress">
          <Refresh />
          <p>
            <progress value={step + 1} max={STEPS.length} aria-label={t('progress.steps', {step: step + 1})} />{' '}
            {t(`progress.${STEPS[Math.max(step, 0)]}`, {paragraphs: job.paragraphs.toLocaleString(locale)})}
          </p>
        </div>
      )}
    </section>
  );
}
