import {expect, test} from 'vitest';
import {newCard, previewIntervals, scheduleReview, statusAfterReview} from './review';

const day = 24 * 60 * 60 * 1000;
const start = new Date('2026-03-02T09:00:00Z');

test('a new word graded good comes back within the day, then after days once it is learnt', () => {
  const first = scheduleReview(newCard(start), 'good', start);
  expect(first.card.state).toBe(1);
  expect(first.card.due.getTime() - start.getTime()).toBeLessThan(day);
  const secondAt = first.card.due;
  const second = scheduleReview(first.card, 'good', secondAt);
  expect(second.card.state).toBe(2);
  expect(second.card.scheduledDays).toBeGreaterThanOrEqual(1);
  expect(second.card.due.getTime()).toBe(secondAt.getTime() + second.card.scheduledDays * day);
  expect(second.log).toMatchObject({rating: 3, state: 1, reviewedAt: secondAt});
});

test('easy schedules further out than good, good than hard, hard than again', () => {
  const card = newCard(start);
  const ms = previewIntervals(card, start);
  expect(ms.again).toBeLessThan(ms.hard);
  expect(ms.hard).toBeLessThan(ms.good);
  expect(ms.good).toBeLessThan(ms.easy);
  expect(ms.easy).toBeGreaterThanOrEqual(day);
});

test('forgetting a reviewed word counts a lapse and brings it back soon', () => {
  let card = scheduleReview(newCard(start), 'easy', start).card;
  const interval = card.due.getTime() - start.getTime();
  const later = card.due;
  const lapsed = scheduleReview(card, 'again', later);
  expect(lapsed.card.lapses).toBe(1);
  expect(lapsed.card.due.getTime() - later.getTime()).toBeLessThan(interval);
  card = lapsed.card;
  expect(statusAfterReview(card)).toBe('learning');
});

test('scheduling is deterministic: the same history gives the same dates', () => {
  const run = () => {
    let card = newCard(start);
    let now = start;
    for (const grade of ['good', 'good', 'hard', 'easy'] as const) {
      card = scheduleReview(card, grade, now).card;
      now = card.due;
    }
    return card;
  };
  expect(run()).toEqual(run());
});

test('a word in long-term review is known', () => {
  let card = newCard(start);
  let now = start;
  for (let k = 0; k < 5; k++) {
    card = scheduleReview(card, 'easy', now).card;
    now = card.due;
  }
  expect(statusAfterReview(card)).toBe('known');
});
