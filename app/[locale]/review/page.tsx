import type {Metadata} from 'next';
import {getFormatter, getTranslations, setRequestLocale} from 'next-intl/server';
import {previewIntervals, GRADES, type Grade} from '@/core/review';
import {Link} from '@/i18n/navigation';
import {getCurrentUser} from '@/server/auth';
import {prisma} from '@/server/db';
import {getDueCards, getReviewProgress} from '@/server/vocabulary';
import {ReviewSession} from './ReviewSession';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Review');
  return {title: t('title')};
}

export default async function ReviewPage({params}: PageProps<'/[locale]/review'>) {
  const {locale} = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Review');
  const tVocabulary = await getTranslations('Vocabulary');
  const user = await getCurrentUser();
  if (!user) {
    return (
      <section className="review">
        <h1>{t('title')}</h1>
        <p><Link href="/sign-in?next=/review">{t('signIn')}</Link></p>
      </section>
    );
  }
  const now = new Date();
  const format = await getFormatter();
  const [due, progress] = await Promise.all([getDueCards(prisma(), user.id, now), getReviewProgress(prisma(), user.id, now)]);
  const cards = await prisma().vocabularyItem.findMany({
    where: {id: {in: due.map((d) => d.id)}},
    select: {id: true, due: true, stability: true, difficulty: true, elapsedDays: true, scheduledDays: true, learningSteps: true, reps: true, lapses: true, state: true, lastReview: true},
  });
  const intervals = (id: string) => {
    const card = cards.find((c) => c.id === id)!;
    const ms = previewIntervals(card, now);
    return Object.fromEntries(GRADES.map((g) => [g, format.relativeTime(new Date(now.getTime() + ms[g]), now)])) as Record<Grade, string>;
  };
  const max = Math.max(1, ...progress.daily.map((d) => d.reviews));
  return (
    <section className="review">
      <h1>{t('title')}</h1>
      <p role="status">{t('due', {count: progress.dueNow})} {t('dueTomorrow', {count: progress.dueTomorrow})}</p>
      <ReviewSession
        cards={due.map((d) => ({id: d.id, lang: d.lang, form: d.form, lemma: d.lemma, gloss: d.gloss, sentence: d.sentence, translation: d.translation, intervals: intervals(d.id)}))}
        labels={{show: t('show'), done: t('done'), meaning: t('meaning'), translation: t('translation'), remaining: t('remaining', {count: '{count}'}), grades: {again: t('again'), hard: t('hard'), good: t('good'), easy: t('easy')}}}
      />
      <div className="review-progress">
        <h2>{t('progress')}</h2>
        <p>{t('byStatus')}: {(['new', 'learning', 'known', 'ignored'] as const).map((s) => `${tVocabulary(`statuses.${s}`)} ${progress.byStatus[s]}`).join(' · ')}</p>
        <table>
          <thead><tr><th>{t('day')}</th><th>{t('reviews')}</th><th>{t('correct')}</th></tr></thead>
          <tbody>
            {progress.daily.map((d) => (
              <tr key={d.day}>
                <td>{format.dateTime(new Date(`${d.day}T12:00:00Z`), {month: 'short', day: 'numeric'})}</td>
                <td><span className="bar" style={{width: `${(d.reviews / max) * 8}rem`}} /> {d.reviews}</td>
                <td>{d.correct}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
