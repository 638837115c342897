import type {Metadata} from 'next';
import {getFormatter, getTranslations, setRequestLocale} from 'next-intl/server';
import {previewIntervals, GRADES, type Grade} from '@/core/learning/review';
import {Link} from '@/i18n/navigation';
import {getCurrentUser} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import {getKnownOverTime} from '@/server/learning/wordStatuses';
import {getDueCards, getReviewProgress} from '@/server/learning/vocabulary';
import {ReviewChart} from './ReviewChart';
import {ReviewSession} from './ReviewSession';
import './review.css';

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
        <p>
          <Link href="/sign-in?next=/review">{t('signIn')}</Link>
        </p>
      </section>
    );
  }
  const now = new Date();
  const format = await getFormatter();
  const [due, progress, known] = await Promise.all([
    getDueCards(prisma(), user.id, now),
    getReviewProgress(prisma(), user.id, now),
    getKnownOverTime(prisma(), user.id, now),
  ]);
  const intervals = (card: (typeof due)[number]) => {
    const ms = previewIntervals(card, now);
    return Object.fromEntries(
      GRADES.map((g) => [g, format.relativeTime(new Date(now.getTime() + ms[g]), now)]),
    ) as Record<Grade, string>;
  };
  // The session can only lower the count by the cards it holds: one worded sentence per reachable count.
  const dueLabels: Record<number, string> = {};
  for (let n = Math.max(0, progress.dueNow - due.length); n <= progress.dueNow; n++) {
    dueLabels[n] = t('due', {count: n});
  }
  const reviews = progress.daily.reduce((sum, d) => sum + d.reviews, 0);
  const correct = progress.daily.reduce((sum, d) => sum + d.correct, 0);
  const days = progress.daily.map((d, k) => ({
    ...d,
    label: format.dateTime(new Date(`${d.day}T12:00:00Z`), {month: 'short', day: 'numeric'}),
    known: known[k]?.known ?? 0,
  }));
  return (
    <section className="review">
      <h1>{t('title')}</h1>
      <ReviewSession
        cards={due.map((d) => ({
          id: d.id,
          lang: d.lang,
          form: d.form,
          lemma: d.lemma,
          gloss: d.gloss,
          sentence: d.sentence,
          translation: d.translation,
          contextTranslation: d.contextTranslation,
          intervals: intervals(d),
        }))}
        dueNow={progress.dueNow}
        labels={{
          show: t('show'),
          done: t('done'),
          meaning: t('meaning'),
          translation: t('translation'),
          inSentence: t('inSentence'),
          uiLang: locale,
          remaining: t('remaining', {count: '{count}'}),
          againSoon: t('againSoon', {count: '{count}'}),
          keyHint: t('keyHint'),
          grades: {again: t('again'), hard: t('hard'), good: t('good'), easy: t('easy')},
          due: dueLabels,
          dueTomorrow: t('dueTomorrow', {count: progress.dueTomorrow}),
        }}
      />
      <div className="review-progress">
        <h2>{t('progress')}</h2>
        <p>
          {t('byStatus')}:{' '}
          {(['new', 'learning', 'known', 'ignored'] as const)
            .map((s) => `${tVocabulary(`statuses.${s}`)} ${progress.byStatus[s]}`)
            .join(' · ')}
        </p>
        <ReviewChart
          days={days}
          labels={{
            summary: t('chartSummary', {
              reviews,
              retention: reviews ? format.number(correct / reviews, {style: 'percent'}) : t('noRetention'),
              known: known.at(-1)?.known ?? 0,
            }),
            reviewsPerDay: t('reviewsPerDay'),
            retention: t('retention'),
            forgotten: t('forgotten'),
            knownWords: t('knownWords'),
            day: t('day'),
            reviews: t('reviews'),
            figures: t('figures'),
          }}
        />
      </div>
    </section>
  );
}
