'use client';

import {useEffect, useLayoutEffect, useMemo, useRef, useState} from 'react';
import type {Lang} from '@/core/vocabulary';
import {type LearnerActions, LearnerBar} from './LearnerBar';
import {type Choice, type LookupLabels, LookupPopover, type SaveState} from './lookup/LookupPopover';
import {sentencePair} from './lookup/sentencePair';
import {useLearner} from './lookup/useLearner';
import {useWordLookup} from './lookup/useWordLookup';
import {offsetIn, pairAt} from './wordPairs';
import {paint, placePopover, rangeOf} from './wordRanges';

export type {LookupLabels} from './lookup/LookupPopover';

interface WordInput {
  lang: Lang;
  word: string;
  sentence: string | null;
  translation: string | null;
  /** The words of `translation` aligned with the word: how this text translates it. */
  contextTranslation: string | null;
  textSlug: string;
  /** The reader row the word was saved from, so that the vocabulary links back to it. */
  textRow: number | null;
}
type Saved = {ok: true} | {ok: false; error: string};
/** The reader's server actions, handed down by the page: a shared component imports no route. */
export interface WordActions extends LearnerActions {
  saveWord: (input: WordInput) => Promise<Saved>;
  setWordStatus: (input: WordInput & {choice: Choice}) => Promise<Saved>;
}

/**
 * Tap (or Enter on a focused paragraph) to look a word up: root, affixes, senses and the aligned
 * sentence, with buttons that save the word or set its status. Also marks, for a signed-in learner,
 * the words of the language they learn that they do not know yet.
 */
export function WordLookup({labels, slug, actions}: {labels: LookupLabels; slug: string; actions: WordActions}) {
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

  // The open word's counterparts in the aligned sentence; in reveal mode they show through the cover.
  const pair = useMemo(() => {
    const token = open?.tokens[open.index];
    const offset = open && token ? offsetIn(open.paragraph, token.node, token.start) : null;
    return open && offset !== null ? pairAt(open.paragraph, offset) : null;
  }, [open]);
  // Words revealed stay revealed while the page is open, one tap at a time.
  const revealed = useRef<Range[]>([]);
  useEffect(() => {
    paint('lookup-pair', pair?.others ?? []);
    if (!pair || anchor.current?.closest('article')?.dataset.show !== 'reveal') return;
    revealed.current.push(...pair.others);
    paint('word-reveal', revealed.current);
  }, [pair]);

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
        actions={actions}
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
  // The row takes the vocabulary back to this place, on whichever page of a book it is.
  const textRow = Number(open.paragraph.closest<HTMLElement>('.row')?.dataset.row);
  const wordInput: WordInput = {
    lang: open.lang,
    word: token.word,
    sentence,
    translation: counterpart || null,
    contextTranslation: pair?.words || null,
    textSlug: slug,
    textRow: Number.isInteger(textRow) ? textRow : null,
  };
  // Saving and setting a status both answer ok, or signIn for a visitor; the learner's marks follow.
  async function store(call: () => Promise<{ok: boolean; error?: string}>) {
    setSave('saving');
    const result = await call().catch(() => null);
    setSave(result?.ok ? 'saved' : result?.error === 'signIn' ? 'signIn' : 'failed');
    if (result?.ok) await loadLearner();
  }
  const saveWord = () => store(() => actions.saveWord(wordInput));
  const choose = (choice: Choice) => store(() => actions.setWordStatus({...wordInput, choice}));

  return (
    <div ref={anchor} className="learner">
      {bar}
      <LookupPopover
        popover={popover}
        open={open}
        answer={answer}
        counterpart={counterpart}
        inContext={pair?.words ?? ''}
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
