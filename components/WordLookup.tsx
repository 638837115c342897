'use client';

import {useCallback, useEffect, useLayoutEffect, useRef, useState} from 'react';
import type {KeyboardEvent as ReactKeyboardEvent} from 'react';
import {setWordStatusAction} from '@/app/[locale]/read/actions';
import {saveWordAction} from '@/app/[locale]/vocabulary/actions';
import {LearnerBar, readLearnLang, type Learner, type LearnerLabels} from './LearnerBar';
import {caretAt, paint, placePopover, rangeOf, wordsOf, type WordToken} from './wordRanges';

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
}

interface Answer {
  word: string;
  root: string | null;
  affixes: {affix: string; meaning: string}[];
  glosses: string[];
}
interface Open {
  paragraph: HTMLElement;
  tokens: WordToken[];
  index: number;
  lang: 'id' | 'en';
}
type SaveState = 'idle' | 'saving' | 'saved' | 'signIn' | 'failed';
type Choice = {status: 'learning'; level: 1 | 2 | 3 | 4 | 5} | {status: 'known' | 'ignored'};

const other = (lang: 'id' | 'en') => (lang === 'id' ? 'en' : 'id');
const LEVELS = [1, 2, 3, 4, 5] as const;

/** The sentence holding a word and its aligned counterpart, read from the sentence spans the server rendered. */
function sentencePair(
  token: WordToken,
  paragraph: HTMLElement,
  lang: 'id' | 'en',
): {sentence: string; counterpart: string} {
  const span = token.node.parentElement?.closest<HTMLElement>('.s');
  const row = paragraph.closest('.row');
  const key = span?.dataset.s;
  const counterpart =
    key === undefined
      ? [...(row?.querySelectorAll(`.cell-${other(lang)} p:not(.none)`) ?? [])]
      : key === '-1'
        ? []
        : [...(row?.querySelectorAll(`.cell-${other(lang)} .s[data-s="${key}"]`) ?? [])];
  return {
    sentence: (span ?? paragraph).textContent?.trim() ?? '',
    counterpart: counterpart.map((e) => e.textContent?.trim()).join(' '),
  };
}

/**
 * Tap (or Enter on a focused paragraph) to look a word up: root, affixes, senses and the aligned
 * sentence, with buttons that save the word or set its status. Also marks, for a signed-in learner,
 * the words of the language they learn that they do not know yet.
 */
export function WordLookup({labels, slug}: {labels: LookupLabels; slug: string}) {
  const anchor = useRef<HTMLDivElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const answers = useRef(new Map<string, Answer>());
  const [open, setOpen] = useState<Open | null>(null);
  const [answer, setAnswer] = useState<Answer | 'loading' | 'failed'>('loading');
  const [save, setSave] = useState<SaveState>('idle');
  const [learner, setLearner] = useState<Learner | null>(null);
  const [learnLang, setLearnLang] = useState<'id' | 'en' | null>(null);

  useEffect(() => setLearnLang(readLearnLang(labels.ui)), [labels.ui]);

  const loadLearner = useCallback(async () => {
    if (!learnLang) return;
    const response = await fetch(`/api/learner/words?text=${encodeURIComponent(slug)}&lang=${learnLang}`, {
      cache: 'no-store',
    });
    if (response.ok) setLearner((await response.json()) as Learner);
  }, [slug, learnLang]);

  useEffect(() => {
    void loadLearner();
  }, [loadLearner]);

  // Words not yet known: unseen ones in one colour, saved ones still being learnt in another.
  useEffect(() => {
    const article = anchor.current?.closest('article');
    if (!article || !learner?.signedIn || !learnLang) return;
    const unseen: Range[] = [];
    const saved: Range[] = [];
    for (const p of article.querySelectorAll(`.parallel p[lang=${learnLang}]`)) {
      for (const token of wordsOf(p)) {
        const mark = learner.forms[token.word.toLowerCase()];
        if (mark === 'unseen') unseen.push(rangeOf(token));
        else if (mark === 'new' || mark === 'learning') saved.push(rangeOf(token));
      }
    }
    paint('word-unseen', unseen);
    paint('word-learning', saved);
  }, [learner, learnLang]);

  const show = useCallback(
    (paragraph: HTMLElement, tokens: WordToken[], index: number) => {
      const token = tokens[index];
      if (!token) return;
      const lang = paragraph.lang === 'en' ? 'en' : 'id';
      setOpen({paragraph, tokens, index, lang});
      setSave('idle');
      paint('lookup', [rangeOf(token)]);
      const key = `${lang}:${token.word.toLowerCase()}`;
      const known = answers.current.get(key);
      if (known) {
        setAnswer(known);
        return;
      }
      setAnswer('loading');
      fetch(`/api/lookup?word=${encodeURIComponent(token.word)}&from=${lang}&ui=${labels.ui}`)
        .then((r) => (r.ok ? (r.json() as Promise<Answer>) : Promise.reject(new Error(String(r.status)))))
        .then((a) => {
          answers.current.set(key, a);
          setAnswer((current) => (current === 'loading' ? a : current));
        })
        .catch(() => setAnswer('failed'));
    },
    [labels.ui],
  );

  const close = useCallback((refocus: boolean) => {
    setOpen((current) => {
      if (current && refocus) current.paragraph.focus();
      return null;
    });
    paint('lookup', []);
  }, []);

  useEffect(() => {
    const article = anchor.current?.closest('article');
    if (!article) return;
    const paragraphOf = (target: EventTarget | null) =>
      (target as Element | null)?.closest?.<HTMLElement>('.parallel p[lang]:not(.none)') ?? null;
    const onClick = (event: MouseEvent) => {
      if (popover.current?.contains(event.target as Node)) return;
      const paragraph = paragraphOf(event.target);
      // A drag that selected text is a selection, not a tap.
      if (!paragraph || !window.getSelection()?.isCollapsed) return;
      const caret = caretAt(event.clientX, event.clientY);
      const tokens = wordsOf(paragraph);
      const index = caret
        ? tokens.findIndex((t) => t.node === caret.node && t.start <= caret.offset && caret.offset <= t.end)
        : -1;
      if (index < 0) close(false);
      else show(paragraph, tokens, index);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const paragraph = paragraphOf(event.target);
      if (!paragraph || event.target !== paragraph || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      show(paragraph, wordsOf(paragraph), 0);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!popover.current?.contains(event.target as Node) && !paragraphOf(event.target)) close(false);
    };
    article.addEventListener('click', onClick);
    article.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      article.removeEventListener('click', onClick);
      article.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [show, close]);

  useEffect(() => {
    if (open) popover.current?.focus({preventScroll: true});
  }, [open]);

  // Kept inside the window whenever its content (and so its height) changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: answer, save and learner change the popover's height.
  useLayoutEffect(() => {
    const token = open?.tokens[open.index];
    if (token && popover.current) placePopover(popover.current, rangeOf(token).getBoundingClientRect());
  }, [open, answer, save, learner]);

  // Escape closes from anywhere, also after focus left the popover (a button it replaced).
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, close]);

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
  const move = (step: number) =>
    show(open.paragraph, open.tokens, Math.max(0, Math.min(open.tokens.length - 1, open.index + step)));
  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key === 'ArrowRight' && event.target === popover.current) move(1);
    else if (event.key === 'ArrowLeft' && event.target === popover.current) move(-1);
  };
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
  // The status shown pressed: only known for words of the language being learnt, whose marks are loaded.
  const form = token.word.toLowerCase();
  const mark = learner?.signedIn && open.lang === learnLang ? learner.forms[form] : undefined;
  const level = mark === 'new' || mark === 'learning' ? (learner?.signedIn ? (learner.levels?.[form] ?? 1) : 1) : 0;

  return (
    <div ref={anchor} className="learner">
      {bar}
      <div
        ref={popover}
        className="lookup"
        role="dialog"
        aria-label={labels.dialog}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <p className="lookup-word" lang={open.lang}>
          {token.word}
        </p>
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
    </div>
  );
}
