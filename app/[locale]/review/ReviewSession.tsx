'use client';

import type {Lang} from '@/core/vocabulary';
import {useCallback, useEffect, useState} from 'react';
import type {Grade} from '@/core/learning/review';
import {cutAtMarks, markWords} from '@/core/learning/wordMarks';
import {gradeAction} from './actions';

export interface ReviewCard {
  id: string;
  lang: Lang;
  form: string;
  lemma: string;
  gloss: string;
  sentence: string | null;
  translation: string | null;
  /** The words of the translation that translate the word there: marked in it. */
  contextTranslation: string | null;
  /** Time until the card returns for each grade, already worded ("10 min", "3 days"). */
  intervals: Record<Grade, string>;
}

export interface ReviewLabels {
  show: string;
  done: string;
  meaning: string;
  translation: string;
  /** "In this sentence", in the UI language `uiLang`. */
  inSentence: string;
  uiLang: string;
  remaining: string;
  againSoon: string;
  keyHint: string;
  grades: Record<Grade, string>;
  /** The "due now" sentence for each count this session can reach, worded by the server (plurals). */
  due: Record<number, string>;
  dueTomorrow: string;
}

const GRADE_ORDER: Grade[] = ['again', 'hard', 'good', 'easy'];
// A card graded again or hard in learning comes back within minutes: in this same session.
const SOON_MS = 20 * 60 * 1000;

function Front({card}: {card: ReviewCard}) {
  if (!card.sentence)
    return (
      <p className="front" lang={card.lang}>
        <mark>{card.form}</mark>
      </p>
    );
  const at = card.sentence.toLowerCase().indexOf(card.form.toLowerCase());
  if (at < 0)
    return (
      <p className="front" lang={card.lang}>
        <mark>{card.form}</mark> — {card.sentence}
      </p>
    );
  return (
    <p className="front" lang={card.lang}>
      {card.sentence.slice(0, at)}
      <mark>{card.sentence.slice(at, at + card.form.length)}</mark>
      {card.sentence.slice(at + card.form.length)}
    </p>
  );
}

/**
 * One card at a time: the word in its sentence, then the meaning and the aligned sentence, then a
 * grade (by button or the keys 1–4). Counters follow each grade: cards not yet seen in this session,
 * cards coming back shortly, and cards due now.
 */
export function ReviewSession({cards, dueNow, labels}: {cards: ReviewCard[]; dueNow: number; labels: ReviewLabels}) {
  const [fresh, setFresh] = useState(cards);
  const [again, setAgain] = useState<ReviewCard[]>([]);
  const [graded, setGraded] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const card = fresh[0] ?? again[0];

  const grade = useCallback(
    async (g: Grade) => {
      if (!card || busy) return;
      setBusy(true);
      const result = await gradeAction({itemId: card.id, grade: g}).catch(() => null);
      setBusy(false);
      if (!result?.ok) return;
      const soon = new Date(result.due).getTime() - Date.now() < SOON_MS;
      if (fresh[0] === card) {
        setFresh((q) => q.slice(1));
        setGraded((n) => n + 1);
      } else {
        setAgain((q) => q.slice(1));
      }
      if (soon) setAgain((q) => [...q.filter((c) => c !== card), card]);
      setRevealed(false);
    },
    [card, busy, fresh],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || !card) return;
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable]')) return;
      if (!revealed && (event.key === ' ' || event.key === 'Enter')) {
        // A focused button answers Space and Enter itself.
        if (target.closest('button, a')) return;
        event.preventDefault();
        setRevealed(true);
        return;
      }
      const k = Number(event.key);
      if (revealed && Number.isInteger(k) && k >= 1 && k <= 4) {
        event.preventDefault();
        void grade(GRADE_ORDER[k - 1]!);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [card, revealed, grade]);

  const dueCount = Math.max(0, dueNow - graded);
  const status = (
    <p role="status" className="review-counts">
      {labels.due[dueCount] ?? ''} {labels.dueTomorrow}
    </p>
  );
  if (!card) {
    return (
      <>
        {status}
        <p role="status" className="review-done">
          {labels.done}
        </p>
      </>
    );
  }

  const other = card.lang === 'id' ? 'en' : 'id';
  return (
    <>
      {status}
      <div className="review-card">
        <p className="remaining">
          <span className="left">{labels.remaining.replace('{count}', String(fresh.length))}</span>
          {again.length > 0 && (
            <>
              {' '}
              · <span className="again-soon">{labels.againSoon.replace('{count}', String(again.length))}</span>
            </>
          )}
        </p>
        <Front card={card} />
        {!revealed ? (
          <button type="button" onClick={() => setRevealed(true)} autoFocus aria-keyshortcuts="Space">
            {labels.show}
          </button>
        ) : (
          <>
            <div className="back" aria-live="polite">
              <p>
                <b lang={card.lang}>{card.lemma}</b> — <span lang={other}>{card.gloss}</span>
              </p>
              {card.translation && (
                <p lang={other} className="translation">
                  <i>
                    {cutAtMarks(card.translation, markWords(card.translation, card.contextTranslation)).map(
                      ([piece, marked], k) => (marked ? <mark key={k}>{piece}</mark> : piece),
                    )}
                  </i>
                </p>
              )}
              {card.contextTranslation && (
                <p lang={labels.uiLang} className="in-context">
                  {labels.inSentence}: <b lang={other}>{card.contextTranslation}</b>
                </p>
              )}
            </div>
            <div className="review-grades" role="group">
              {GRADE_ORDER.map((g, k) => (
                <button
                  key={g}
                  type="button"
                  disabled={busy}
                  onClick={() => void grade(g)}
                  aria-keyshortcuts={String(k + 1)}
                >
                  {labels.grades[g]}
                  <small>{card.intervals[g]}</small>
                  <kbd aria-hidden="true">{k + 1}</kbd>
                </button>
              ))}
            </div>
          </>
        )}
        <p className="key-hint">{labels.keyHint}</p>
      </div>
    </>
  );
}
