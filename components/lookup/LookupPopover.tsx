'use client';

import type {Lang} from '@/core/vocabulary';
import type {KeyboardEvent as ReactKeyboardEvent, RefObject} from 'react';
import type {Learner, LearnerLabels} from '../LearnerBar';
import type {Answer, OpenWord} from './useWordLookup';

export interface LookupLabels extends LearnerLabels {
  ui: 'en' | 'id';
  dialog: string;
  root: string;
  affixes: string;
  meanings: string;
  noGloss: string;
  sentenceEn: string;
  sentenceId: string;
  save: string;
  saving: string;
  saved: string;
  signInToSave: string;
  signInHref: string;
  close: string;
  previous: string;
  next: string;
  loading: string;
  failed: string;
  /** The group of status buttons: "Your status for this word". */
  status: string;
  /** "Learning, level {level}" for the buttons 1–5. */
  level: string;
  known: string;
  ignore: string;
  /** "In this sentence": how the aligned sentence translates the word. */
  inSentence: string;
  /** "Term" (a multi-word term starting at the word), and the note for one not yet confirmed. */
  term: string;
  termProposed: string;
  /** "Examples from the library", a link to the concordance; the href ends with "?q=". */
  moreExamples: string;
  concordanceHref: string;
}

export type SaveState = 'idle' | 'saving' | 'saved' | 'signIn' | 'failed';
export type Choice = {status: 'learning'; level: 1 | 2 | 3 | 4 | 5} | {status: 'known' | 'ignored'};

const other = (lang: Lang) => (lang === 'id' ? 'en' : 'id');
const LEVELS = [1, 2, 3, 4, 5] as const;

/** The word's root, affixes, senses and aligned sentence, with buttons that save it or set its status. */
export function LookupPopover(props: {
  popover: RefObject<HTMLDivElement | null>;
  open: OpenWord;
  answer: Answer | 'loading' | 'failed';
  counterpart: string;
  /** The words aligned with this one in the other sentence ('' when none). */
  inContext: string;
  learner: Learner | null;
  learnLang: Lang | null;
  save: SaveState;
  labels: LookupLabels;
  onSave: () => void;
  onChoose: (choice: Choice) => void;
  move: (step: number) => void;
  close: (refocus: boolean) => void;
}) {
  const {popover, open, answer, counterpart, inContext, learner, learnLang, save, labels, move, close} = props;
  const token = open.tokens[open.index]!;
  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key === 'ArrowRight' && event.target === popover.current) move(1);
    else if (event.key === 'ArrowLeft' && event.target === popover.current) move(-1);
  };
  // The status shown pressed: only known for words of the language being learnt, whose marks are loaded.
  const form = token.word.toLowerCase();
  const mark = learner?.signedIn && open.lang === learnLang ? learner.forms[form] : undefined;
  const level = mark === 'new' || mark === 'learning' ? (learner?.signedIn ? (learner.levels?.[form] ?? 1) : 1) : 0;
  const choose = props.onChoose;
  const saveWord = props.onSave;

  return (
    <div ref={popover} className="lookup" role="dialog" aria-label={labels.dialog} tabIndex={-1} onKeyDown={onKeyDown}>
      <p className="lookup-word" lang={open.lang}>
        {token.word}
      </p>
      {inContext && (
        <p className="lookup-context" lang={labels.ui}>
          {labels.inSentence}:{' '}
          <b lang={other(open.lang)} className="lookup-in-context">
            {inContext}
          </b>
        </p>
      )}
      {answer !== 'loading' && answer !== 'failed' && answer.phrase && (
        <p className="lookup-term" lang={labels.ui}>
          {labels.term}: <b lang={open.lang}>{answer.phrase.phrase}</b> —{' '}
          <span lang={other(open.lang)}>{answer.phrase.gloss}</span>
          {answer.phrase.status === 'proposed' && <small> ({labels.termProposed})</small>}
        </p>
      )}
      {answer === 'loading' ? (
        <p>{labels.loading}</p>
      ) : answer === 'failed' ? (
        <p>{labels.failed}</p>
      ) : (
        <dl>
          {answer.root && answer.root !== answer.word && (
            <>
              <dt>{labels.root}</dt>
              <dd lang={open.lang} className="lookup-root">
                {answer.root}
              </dd>
            </>
          )}
          {answer.affixes.length > 0 && (
            <>
              <dt>{labels.affixes}</dt>
              {answer.affixes.map((a) => (
                <dd key={a.affix}>
                  <b lang={open.lang}>{a.affix}</b>
                  {a.meaning && a.meaning !== a.affix ? ` — ${a.meaning}` : ''}
                </dd>
              ))}
            </>
          )}
          <dt>{labels.meanings}</dt>
          <dd lang={other(open.lang)} className="lookup-glosses">
            {answer.glosses.length ? answer.glosses.join('; ') : labels.noGloss}
          </dd>
          {counterpart && (
            <>
              <dt>{open.lang === 'id' ? labels.sentenceEn : labels.sentenceId}</dt>
              <dd lang={other(open.lang)} className="lookup-sentence">
                {counterpart}
              </dd>
            </>
          )}
        </dl>
      )}
      <p className="lookup-more" lang={labels.ui}>
        <a href={`${labels.concordanceHref}${encodeURIComponent(token.word)}&from=${open.lang}`}>
          {labels.moreExamples}
        </a>
      </p>
      {learner?.signedIn && (
        <div className="lookup-status" role="group" aria-label={labels.status}>
          {LEVELS.map((n) => (
            <button
              key={n}
              type="button"
              aria-pressed={level === n}
              disabled={save === 'saving'}
              aria-label={labels.level.replace('{level}', String(n))}
              title={labels.level.replace('{level}', String(n))}
              onClick={() => choose({status: 'learning', level: n})}
            >
              {n}
            </button>
          ))}
          <button
            type="button"
            aria-pressed={mark === 'known'}
            disabled={save === 'saving'}
            onClick={() => choose({status: 'known'})}
          >
            {labels.known}
          </button>
          <button
            type="button"
            aria-pressed={mark === 'ignored'}
            disabled={save === 'saving'}
            onClick={() => choose({status: 'ignored'})}
          >
            {labels.ignore}
          </button>
        </div>
      )}
      <div className="lookup-actions">
        {save === 'signIn' ? (
          <a href={labels.signInHref}>{labels.signInToSave}</a>
        ) : (
          <button
            type="button"
            className="lookup-save"
            onClick={saveWord}
            disabled={save === 'saving' || save === 'saved'}
          >
            {save === 'saved' ? labels.saved : save === 'saving' ? labels.saving : labels.save}
          </button>
        )}
        <button type="button" onClick={() => move(-1)} disabled={open.index === 0} aria-label={labels.previous}>
          ←
        </button>
        <button
          type="button"
          onClick={() => move(1)}
          disabled={open.index === open.tokens.length - 1}
          aria-label={labels.next}
        >
          →
        </button>
        <button type="button" onClick={() => close(true)} aria-label={labels.close}>
          ×
        </button>
      </div>
      {save === 'failed' && <p role="alert">{labels.failed}</p>}
      <p className="sr-only" aria-live="polite">
        {save === 'saved' ? labels.saved : ''}
      </p>
    </div>
  );
}
