'use client';

import type {Lang} from '@/core/vocabulary';
import {useEffect, useState} from 'react';
import {markTextKnownAction, setLearnLangAction} from '@/app/[locale]/read/actions';

export interface LearnerLabels {
  /** "New words in this text: {count}" */
  newWords: string;
  learning: string;
  langId: string;
  langEn: string;
  markAll: string;
  /** "Mark the {count} new words of this text as known?" */
  markAllConfirm: string;
  markAllYes: string;
  cancel: string;
  /** "{count} words marked as known." */
  markedAll: string;
  failed: string;
}

export type Learner =
  | {signedIn: false}
  | {
      signedIn: true;
      learnLang: Lang | null;
      forms: Record<string, string>;
      levels?: Record<string, number>;
      newWords: number;
    };

const LEARN_KEY = 'selaras.learnLang';

/**
 * The language being learnt: the learner's stored choice, else this browser's, else (on a first visit)
 * the one that is not the UI language, written down so that later UI switches do not change it.
 */
export function readLearnLang(ui: Lang): Lang {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LEARN_KEY);
  } catch {
    return ui === 'en' ? 'id' : 'en';
  }
  if (stored === 'id' || stored === 'en') return stored;
  const first = ui === 'en' ? 'id' : 'en';
  writeLearnLang(first);
  return first;
}

function writeLearnLang(lang: Lang): void {
  try {
    localStorage.setItem(LEARN_KEY, lang);
  } catch {
    // Storage refused: the account keeps the choice for signed-in learners.
  }
}

/** A signed-in learner's line above the text: new words, the language learnt, and "mark all known". */
export function LearnerBar({
  labels,
  slug,
  learner,
  learnLang,
  onLearnLang,
  onChanged,
}: {
  labels: LearnerLabels;
  slug: string;
  learner: Extract<Learner, {signedIn: true}>;
  learnLang: Lang;
  onLearnLang: (lang: Lang) => void;
  onChanged: () => Promise<void>;
}) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy'>('idle');
  const [message, setMessage] = useState('');
  const stored = learner.learnLang;

  // The account's choice wins over this browser's; an account without one takes this browser's.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per answer from the server; a choice made here is stored by choose() before it reloads.
  useEffect(() => {
    if (stored && stored !== learnLang) {
      writeLearnLang(stored);
      onLearnLang(stored);
    } else if (!stored) {
      void setLearnLangAction({lang: learnLang});
    }
  }, [stored]);

  async function choose(lang: Lang) {
    writeLearnLang(lang);
    setMessage('');
    await setLearnLangAction({lang}).catch(() => null);
    onLearnLang(lang);
  }

  async function markAll() {
    setStep('busy');
    const result = await markTextKnownAction({textSlug: slug, lang: learnLang}).catch(() => null);
    setMessage(result?.ok ? labels.markedAll.replace('{count}', String(result.marked)) : labels.failed);
    await onChanged();
    setStep('idle');
  }

  return (
    <div className="learner-bar">
      <span className="new-words">{labels.newWords.replace('{count}', String(learner.newWords))}</span>
      <label>
        {labels.learning}{' '}
        <select value={learnLang} onChange={(event) => void choose(event.target.value === 'en' ? 'en' : 'id')}>
          <option value="id">{labels.langId}</option>
          <option value="en">{labels.langEn}</option>
        </select>
      </label>
      {step === 'idle' && learner.newWords > 0 && (
        <button type="button" className="mark-all" onClick={() => setStep('confirm')}>
          {labels.markAll}
        </button>
      )}
      {step !== 'idle' && (
        <span className="confirm" role="group" aria-label={labels.markAll}>
          <span>{labels.markAllConfirm.replace('{count}', String(learner.newWords))}</span>{' '}
          <button type="button" className="mark-all-yes" onClick={markAll} disabled={step === 'busy'} autoFocus>
            {labels.markAllYes}
          </button>{' '}
          <button type="button" onClick={() => setStep('idle')} disabled={step === 'busy'}>
            {labels.cancel}
          </button>
        </span>
      )}
      <span role="status">{message}</span>
    </div>
  );
}
