'use client';

import {useCallback, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent} from 'react';
import {saveWordAction} from '@/app/[locale]/vocabulary/actions';
import {caretAt, paint, rangeOf, wordsOf, type WordToken} from './wordRanges';

export interface LookupLabels {
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
  /** "New words in this text: {count}" */
  newWords: string;
}

interface Answer { word: string; root: string | null; affixes: {affix: string; meaning: string}[]; glosses: string[] }
interface Open { paragraph: HTMLElement; tokens: WordToken[]; index: number; lang: 'id' | 'en'; top: number; left: number }
type Learner = {signedIn: false} | {signedIn: true; forms: Record<string, string>; newWords: number};
type SaveState = 'idle' | 'saving' | 'saved' | 'signIn' | 'failed';

const other = (lang: 'id' | 'en') => (lang === 'id' ? 'en' : 'id');

/** The sentence holding a word and its aligned counterpart, read from the sentence spans the server rendered. */
function sentencePair(token: WordToken, paragraph: HTMLElement, lang: 'id' | 'en'): {sentence: string; counterpart: string} {
  const span = token.node.parentElement?.closest<HTMLElement>('.s');
  const row = paragraph.closest('.row');
  const key = span?.dataset.s;
  const counterpart = key === undefined
    ? [...(row?.querySelectorAll(`.cell-${other(lang)} p:not(.none)`) ?? [])]
    : key === '-1' ? [] : [...(row?.querySelectorAll(`.cell-${other(lang)} .s[data-s="${key}"]`) ?? [])];
  return {sentence: (span ?? paragraph).textContent?.trim() ?? '', counterpart: counterpart.map((e) => e.textContent?.trim()).join(' ')};
}

/**
 * Tap (or Enter on a focused paragraph) to look a word up: root, affixes, senses and the aligned
 * sentence, with a button that saves the word. Also marks, for a signed-in learner, the words of
 * the language they learn that they do not know yet.
 */
export function WordLookup({labels, slug}: {labels: LookupLabels; slug: string}) {
  const anchor = useRef<HTMLSpanElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const answers = useRef(new Map<string, Answer>());
  const [open, setOpen] = useState<Open | null>(null);
  const [answer, setAnswer] = useState<Answer | 'loading' | 'failed'>('loading');
  const [save, setSave] = useState<SaveState>('idle');
  const [learner, setLearner] = useState<Learner | null>(null);
  const learnLang = labels.ui === 'en' ? 'id' : 'en';

  const loadLearner = useCallback(async () => {
    const response = await fetch(`/api/learner/words?text=${encodeURIComponent(slug)}&lang=${learnLang}`, {cache: 'no-store'});
    if (response.ok) setLearner((await response.json()) as Learner);
  }, [slug, learnLang]);

  useEffect(() => {
    void loadLearner();
  }, [loadLearner]);

  // Words not yet known: unseen ones in one colour, saved ones still being learnt in another.
  useEffect(() => {
    const article = anchor.current?.closest('article');
    if (!article || !learner?.signedIn) return;
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

  const show = useCallback((paragraph: HTMLElement, tokens: WordToken[], index: number) => {
    const token = tokens[index];
    if (!token) return;
    const lang = paragraph.lang === 'en' ? 'en' : 'id';
    const rect = rangeOf(token).getBoundingClientRect();
    const width = Math.min(352, window.innerWidth - 16);
    setOpen({paragraph, tokens, index, lang, top: rect.bottom + window.scrollY + 6, left: Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + window.innerWidth - width - 8))});
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
  }, [labels.ui]);

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
    const paragraphOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<HTMLElement>('.parallel p[lang]:not(.none)') ?? null;
    const onClick = (event: MouseEvent) => {
      if (popover.current?.contains(event.target as Node)) return;
      const paragraph = paragraphOf(event.target);
      // A drag that selected text is a selection, not a tap.
      if (!paragraph || !window.getSelection()?.isCollapsed) return;
      const caret = caretAt(event.clientX, event.clientY);
      const tokens = wordsOf(paragraph);
      const index = caret ? tokens.findIndex((t) => t.node === caret.node && t.start <= caret.offset && caret.offset <= t.end) : -1;
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

  if (!open) return <span ref={anchor} hidden={!learner?.signedIn}>{learner?.signedIn && <NewWords labels={labels} count={learner.newWords} />}</span>;

  const token = open.tokens[open.index]!;
  const {sentence, counterpart} = sentencePair(token, open.paragraph, open.lang);
  const move = (step: number) => show(open.paragraph, open.tokens, Math.max(0, Math.min(open.tokens.length - 1, open.index + step)));
  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key === 'ArrowRight' && event.target === popover.current) move(1);
    else if (event.key === 'ArrowLeft' && event.target === popover.current) move(-1);
  };
  async function saveWord() {
    setSave('saving');
    const result = await saveWordAction({lang: open!.lang, word: token.word, sentence, translation: counterpart || null, textSlug: slug}).catch(() => null);
    setSave(result?.ok ? 'saved' : result?.error === 'signIn' ? 'signIn' : 'failed');
    if (result?.ok) void loadLearner();
  }

  return (
    <span ref={anchor}>
      {learner?.signedIn && <NewWords labels={labels} count={learner.newWords} />}
      <div ref={popover} className="lookup" role="dialog" aria-label={labels.dialog} tabIndex={-1} onKeyDown={onKeyDown} style={{top: open.top, left: open.left}}>
        <p className="lookup-word" lang={open.lang}>{token.word}</p>
        {answer === 'loading' ? (
          <p>{labels.loading}</p>
        ) : answer === 'failed' ? (
          <p>{labels.failed}</p>
        ) : (
          <dl>
            {answer.root && answer.root !== answer.word && (
              <>
                <dt>{labels.root}</dt>
                <dd lang={open.lang} className="lookup-root">{answer.root}</dd>
              </>
            )}
            {answer.affixes.length > 0 && (
              <>
                <dt>{labels.affixes}</dt>
                {answer.affixes.map((a) => (
                  <dd key={a.affix}><b lang={open.lang}>{a.affix}</b>{a.meaning && a.meaning !== a.affix ? ` — ${a.meaning}` : ''}</dd>
                ))}
              </>
            )}
            <dt>{labels.meanings}</dt>
            <dd lang={other(open.lang)} className="lookup-glosses">{answer.glosses.length ? answer.glosses.join('; ') : labels.noGloss}</dd>
            {counterpart && (
              <>
                <dt>{open.lang === 'id' ? labels.sentenceEn : labels.sentenceId}</dt>
                <dd lang={other(open.lang)} className="lookup-sentence">{counterpart}</dd>
              </>
            )}
          </dl>
        )}
        <div className="lookup-actions">
          {save === 'signIn' ? (
            <a href={labels.signInHref}>{labels.signInToSave}</a>
          ) : (
            <button type="button" className="lookup-save" onClick={saveWord} disabled={save === 'saving' || save === 'saved'}>
              {save === 'saved' ? labels.saved : save === 'saving' ? labels.saving : labels.save}
            </button>
          )}
          <button type="button" onClick={() => move(-1)} disabled={open.index === 0} aria-label={labels.previous}>←</button>
          <button type="button" onClick={() => move(1)} disabled={open.index === open.tokens.length - 1} aria-label={labels.next}>→</button>
          <button type="button" onClick={() => close(true)} aria-label={labels.close}>×</button>
        </div>
        {save === 'failed' && <p role="alert">{labels.failed}</p>}
        <p className="sr-only" aria-live="polite">{save === 'saved' ? labels.saved : ''}</p>
      </div>
    </span>
  );
}

function NewWords({labels, count}: {labels: LookupLabels; count: number}) {
  return <span className="new-words">{labels.newWords.replace('{count}', String(count))}</span>;
}
