'use client';

import {useState} from 'react';
import type {Grade} from '@/core/review';
import {gradeAction} from './actions';

export interface ReviewCard {
  id: string;
  lang: 'id' | 'en';
  form: string;
  lemma: string;
  gloss: string;
  sentence: string | null;
  translation: string | null;
  /** Time until the card returns for each grade, already worded ("10 min", "3 days"). */
  intervals: Record<Grade, string>;
}

export interface ReviewLabels { show: string; done: string; meaning: string; translation: string; remaining: string; grades: Record<Grade, string> }

const GRADE_ORDER: Grade[] = ['again', 'hard', 'good', 'easy'];

function Front({card}: {card: ReviewCard}) {
  if (!card.sentence) return <p className="front" lang={card.lang}><mark>{card.form}</mark></p>;
  const at = card.sentence.toLowerCase().indexOf(card.form.toLowerCase());
  if (at < 0) return <p className="front" lang={card.lang}><mark>{card.form}</mark> — {card.sentence}</p>;
  return (
    <p className="front" lang={card.lang}>
      {card.sentence.slice(0, at)}<mark>{card.sentence.slice(at, at + card.form.length)}</mark>{card.sentence.slice(at + card.form.length)}
    </p>
  );
}

/** One card at a time: the word in its sentence, then the meaning and the aligned sentence, then a grade. */
export function ReviewSession({cards, labels}: {cards: ReviewCard[]; labels: ReviewLabels}) {
  const [queue, setQueue] = useState(cards);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const card = queue[0];
  if (!card) return <p role="status" className="review-done">{labels.done}</p>;

  async function grade(g: Grade) {
    setBusy(true);
    const result = await gradeAction({itemId: card!.id, grade: g});
    setBusy(false);
    if (!result.ok) return;
    // A card due again within this session ("again" in learning) goes to the back of the queue.
    const soon = new Date(result.due).getTime() - Date.now() < 20 * 60 * 1000;
    setQueue((q) => (soon ? [...q.slice(1), q[0]!] : q.slice(1)));
    setRevealed(false);
  }

  const other = card.lang === 'id' ? 'en' : 'id';
  return (
    <div className="review-card" aria-live="polite">
      <p className="remaining">{labels.remaining.replace('{count}', String(queue.length))}</p>
      <Front card={card} />
      {!revealed ? (
        <button type="button" onClick={() => setRevealed(true)} autoFocus>{labels.show}</button>
      ) : (
        <>
          <div className="back">
            <p><b lang={card.lang}>{card.lemma}</b> — <span lang={other}>{card.gloss}</span></p>
            {card.translation && <p lang={other}><i>{card.translation}</i></p>}
          </div>
          <div className="review-grades" role="group">
            {GRADE_ORDER.map((g) => (
              <button key={g} type="button" disabled={busy} onClick={() => grade(g)}>
                {labels.grades[g]}<small>{card.intervals[g]}</small>
              </button>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
