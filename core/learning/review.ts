// Spaced repetition: FSRS (ts-fsrs) scheduling of one card, pure and deterministic. Fuzz is off so
// that the same history always gives the same due date, which the tests and the learner can rely on.
import {createEmptyCard, fsrs, Rating, type Card, type Grade as FsrsGrade} from 'ts-fsrs';

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

/** The card fields stored on a VocabularyItem (the database's names for ts-fsrs's fields). */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs State). */
  state: number;
  lastReview: Date | null;
}

export interface ReviewOutcome {
  card: CardState;
  log: {rating: number; state: number; scheduledDays: number; elapsedDays: number; reviewedAt: Date};
}

const RATINGS: Record<Grade, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};
const scheduler = fsrs({enable_fuzz: false, enable_short_term: true});

export function newCard(now: Date): CardState {
  return fromFsrs(createEmptyCard(now));
}

function toFsrs(card: CardState): Card {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.lastReview ?? undefined,
  };
}

function fromFsrs(card: Card): CardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

export function scheduleReview(card: CardState, grade: Grade, now: Date): ReviewOutcome {
  const next = scheduler.next(toFsrs(card), now, RATINGS[grade]);
  return {
    card: fromFsrs(next.card),
    log: {
      rating: next.log.rating,
      state: next.log.state,
      scheduledDays: next.log.scheduled_days,
      elapsedDays: next.log.elapsed_days,
      reviewedAt: now,
    },
  };
}

/** When each grade would bring the card back, for the buttons' hints ("10 min", "3 days"). */
export function previewIntervals(card: CardState, now: Date): Record<Grade, number> {
  return Object.fromEntries(
    GRADES.map((g) => [g, scheduleReview(card, g, now).card.due.getTime() - now.getTime()]),
  ) as Record<Grade, number>;
}

/** A card's place in the learner's vocabulary after a review: known once it is in long-term review. */
export function statusAfterReview(card: CardState): 'learning' | 'known' {
  return card.state === 2 && card.scheduledDays >= 21 ? 'known' : 'learning';
}
