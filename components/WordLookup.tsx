'use client';

import {useEffect, useLayoutEffect, useRef, useState} from 'react';
import {setWordStatusAction} from '@/app/[locale]/read/actions';
import {saveWordAction} from '@/app/[locale]/vocabulary/actions';
import {LearnerBar} from './LearnerBar';
import {type Choice, type LookupLabels, LookupPopover, type SaveState} from './lookup/LookupPopover';
import {sentencePair} from './lookup/sentencePair';
import {useLearner} from './lookup/useLearner';
import {useWordLookup} from './lookup/useWordLookup';
import {placePopover, rangeOf} from './wordRanges';

export type {LookupLabels} from './lookup/LookupPopover';

/**
 * Tap (or Enter on a focused paragraph) to look a word up: root, affixes, senses and the aligned
 * sentence, with buttons that save the word or set its status. Also marks, for a signed-in learner,
 * the words of the language they learn that they do not know yet.
 */
export function WordLookup({labels, slug}: {labels: LookupLabels; slug: string}) {
  const anchor = useRef<HTMLDivElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const {learner, learnLang, setLearnLang, loadLearner} = useLearner(slug, labels.ui, anchor);
  const {open, answer, close, move} = useWordLookup(labels.ui, anchor, popover);
  const [save, setSave] = useState<SaveState>('idle');

  // Each word opened starts with its own save state.
  useEffect(() => {
    if (open) setSave('idle');
  }, [open]);

  // Kept inside the window whenever its content (and so its height) changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: answer, save and learner change the popover's height.
  useLayoutEffect(() => {
    const token = open?.tokens[open.index];
    if (token && popover.current) placePopover(popover.current, rangeOf(token).getBoundingClientRect());
  }, [open, answer, save, learner]);

  useEffect(() => {
    if (save === 'signIn') popover.current?.querySelector<HTMLElement>('.lookup-actions a')?.focus();
  }, [save]);

  const bar =
    learner?.signedIn && learnLang ? (
      <LearnerBar
        labels={labels}
        slug={slug}
        learner={learner}
        learnLang={learnLang}
        onLearnLang={setLearnLang}
        onChanged={loadLearner}
      />
    ) : null;
  if (!open)
    return (
      <div ref={anchor} className="learner" hidden={!bar}>
        {bar}
      </div>
    );

  const token = open.tokens[open.index]!;
  const {sentence, counterpart} = sentencePair(token, open.paragraph, open.lang);
  const wordInput = {lang: open.lang, word: token.word, sentence, translation: counterpart || null, textSlug: slug};
  async function saveWord() {
    setSave('saving');
    const result = await saveWordAction(wordInput).catch(() => null);
    setSave(result?.ok ? 'saved' : result?.error === 'signIn' ? 'signIn' : 'failed');
    if (result?.ok) void loadLearner();
  }
  async function choose(choice: Choice) {
    setSave('saving');
    const result = await setWordStatusAction({...wordInput, choice}).catch(() => null);
    setSave(result?.ok ? 'saved' : result?.error === 'signIn' ? 'signIn' : 'failed');
    if (result?.ok) await loadLearner();
  }

  return (
    <div ref={anchor} className="learner">
      {bar}
      <LookupPopover
        popover={popover}
        open={open}
        answer={answer}
        counterpart={counterpart}
        learner={learner}
        learnLang={learnLang}
        save={save}
        labels={labels}
        onSave={saveWord}
        onChoose={choose}
        move={move}
        close={close}
      />
    </div>
  );
}
