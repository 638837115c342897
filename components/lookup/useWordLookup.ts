// Which word of the text is being looked up, and what the dictionary says of it: a tap (or Enter on
// a focused paragraph) opens it, a tap elsewhere or Escape closes it. Answers are kept per word.
import type {Lang} from '@/core/vocabulary';
import {type RefObject, useCallback, useEffect, useRef, useState} from 'react';
import {caretAt, paint, rangeOf, type WordToken, wordsOf} from '../wordRanges';

export interface Answer {
  word: string;
  root: string | null;
  affixes: {affix: string; meaning: string}[];
  glosses: string[];
  /** A multi-word term or dictionary phrase that starts at the word in this sentence. */
  phrase?: {phrase: string; gloss: string; status: string} | null;
}
export interface OpenWord {
  paragraph: HTMLElement;
  tokens: WordToken[];
  index: number;
  lang: Lang;
}

export function useWordLookup(
  ui: 'en' | 'id',
  anchor: RefObject<HTMLElement | null>,
  popover: RefObject<HTMLElement | null>,
) {
  const answers = useRef(new Map<string, Answer>());
  const [open, setOpen] = useState<OpenWord | null>(null);
  const [answer, setAnswer] = useState<Answer | 'loading' | 'failed'>('loading');

  const show = useCallback(
    (paragraph: HTMLElement, tokens: WordToken[], index: number) => {
      const token = tokens[index];
      if (!token) return;
      const lang = paragraph.lang === 'en' ? 'en' : 'id';
      setOpen({paragraph, tokens, index, lang});
      paint('lookup', [rangeOf(token)]);
      // The next words tell whether the word opens a term (rumah → rumah sakit).
      const next = lang === 'id' ? tokens.slice(index + 1, index + 3).map((t) => t.word) : [];
      const key = `${lang}:${[token.word, ...next].join(' ').toLowerCase()}`;
      const known = answers.current.get(key);
      if (known) {
        setAnswer(known);
        return;
      }
      setAnswer('loading');
      const then = next.length ? `&next=${encodeURIComponent(next.join(' '))}` : '';
      fetch(`/api/lookup?word=${encodeURIComponent(token.word)}&from=${lang}&ui=${ui}${then}`)
        .then((r) => (r.ok ? (r.json() as Promise<Answer>) : Promise.reject(new Error(String(r.status)))))
        .then((a) => {
          answers.current.set(key, a);
          setAnswer((current) => (current === 'loading' ? a : current));
        })
        .catch(() => setAnswer('failed'));
    },
    [ui],
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
  }, [show, close, anchor, popover]);

  useEffect(() => {
    if (open) popover.current?.focus({preventScroll: true});
  }, [open, popover]);

  // Escape closes from anywhere, also after focus left the popover (a button it replaced).
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, close]);

  /** The neighbouring word, `step` words on. */
  const move = (step: number) => {
    if (open) show(open.paragraph, open.tokens, Math.max(0, Math.min(open.tokens.length - 1, open.index + step)));
  };
  return {open, answer, show, close, move};
}
