'use client';

import type {Lang} from '@/core/vocabulary';
import {useEffect, useLayoutEffect, useRef, useState} from 'react';
import {readReaderPrefs, rememberScroll, restoreScroll, saveReaderPrefs, SHOWS, type Show} from './readerPrefs';

export interface StudyLabels {
  /** The label of the view menu ("View"). */
  view: string;
  interleaved: string;
  reveal: string;
  revealRow: string;
  listen: string;
  stop: string;
  /** Said when the browser has no speech synthesis at all. */
  noSpeech: string;
  /** Said when it has no voice for the language to read: "This browser has no Indonesian voice." */
  noVoiceId: string;
  noVoiceEn: string;
}

type Speech = 'unknown' | 'none' | 'available';

/**
 * Swap, the view (both columns, interleaved, reveal, one language), listening, and tap-to-highlight
 * for touch screens. The reader reads fine without them: the server renders both columns, and hover
 * and focus highlighting is plain CSS. The choices are remembered in this browser, the scroll
 * position per text.
 */
export function ReaderControls({
  labels,
  study,
  slug,
}: {
  labels: {controls: string; swap: string; showBoth: string; onlyId: string; onlyEn: string};
  study: StudyLabels;
  slug: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [left, setLeft] = useState<Lang>('id');
  const [show, setShow] = useState<Show>('both');
  const [loaded, setLoaded] = useState(false);
  const [speech, setSpeech] = useState<Speech>('unknown');
  const [speaking, setSpeaking] = useState(false);
  const [notice, setNotice] = useState('');
  // Swapping changes the order of the two languages, which only the two-language views show.
  const canSwap = show === 'both' || show === 'interleaved';

  // Before the first paint after hydration: the remembered view, then the remembered place in the text.
  useLayoutEffect(() => {
    const prefs = readReaderPrefs();
    setLeft(prefs.left);
    setShow(prefs.show);
    setLoaded(true);
  }, []);

  useLayoutEffect(() => {
    const article = ref.current?.closest('article');
    if (!article) return;
    article.dataset.left = canSwap ? left : 'id';
    article.dataset.show = show;
    if (loaded) saveReaderPrefs({left, show});
  }, [left, show, canSwap, loaded]);

  useEffect(() => {
    if (!loaded) return;
    const article = ref.current?.closest('article');
    if (!article) return;
    let stop = () => {};
    let live = true;
    // Places are recorded only once the remembered one is back, so the router's scroll to the top of a
    // newly opened page is not taken for the reader's.
    const restore = restoreScroll(article, slug);
    void restore.settled.then(() => {
      if (live) stop = rememberScroll(article, slug);
    });
    return () => {
      live = false;
      restore.cancel();
      stop();
    };
  }, [loaded, slug]);

  useEffect(() => {
    setSpeech(typeof window.speechSynthesis === 'undefined' ? 'none' : 'available');
    const article = ref.current?.closest('article');
    if (!article) return;
    const counterparts = (sentence: Element) =>
      sentence.closest('.row')?.querySelectorAll(`.s[data-s="${(sentence as HTMLElement).dataset.s}"]`) ?? [];
    // A tap marks its row active so the counterpart stays highlighted after the finger lifts.
    const onPointerDown = (event: PointerEvent) => {
      const row = (event.target as Element).closest('.row');
      article.querySelector('.row.active')?.classList.remove('active');
      row?.classList.add('active');
    };
    // The sentence under the pointer lights up with its counterpart sentence.
    const onPointerOver = (event: PointerEvent) => {
      const sentence = (event.target as Element).closest('.s');
      for (const lit of article.querySelectorAll('.s.lit')) lit.classList.remove('lit');
      if (sentence) for (const s of counterparts(sentence)) s.classList.add('lit');
    };
    // Reveal mode: a tap shows one hidden sentence; the row's button shows the whole paragraph.
    const onClick = (event: MouseEvent) => {
      if (article.dataset.show !== 'reveal') return;
      const target = event.target as Element;
      const button = target.closest('.reveal-row');
      if (button) {
        button.closest('.row')?.classList.add('revealed');
        return;
      }
      const sentence = target.closest('.cell-en .s');
      if (sentence && !sentence.classList.contains('shown')) {
        sentence.classList.add('shown');
        event.stopPropagation();
      }
    };
    article.addEventListener('pointerdown', onPointerDown);
    article.addEventListener('pointerover', onPointerOver);
    article.addEventListener('click', onClick, true);
    // Tells tests (and styles, if they need it) that taps and hovers are now handled.
    article.dataset.ready = 'true';
    return () => {
      article.removeEventListener('pointerdown', onPointerDown);
      article.removeEventListener('pointerover', onPointerOver);
      article.removeEventListener('click', onClick, true);
      window.speechSynthesis?.cancel();
    };
  }, []);

  function listen() {
    const synth = window.speechSynthesis;
    const article = ref.current?.closest('article');
    if (!article || !synth) return;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    const lang = show === 'en' || (canSwap && left === 'en') ? 'en' : 'id';
    const voice = synth.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').startsWith(lang));
    // Without a voice for the language most browsers stay silent: say so rather than seem broken.
    if (!voice) {
      setNotice(lang === 'id' ? study.noVoiceId : study.noVoiceEn);
      return;
    }
    setNotice('');
    const sentences = [...article.querySelectorAll<HTMLElement>(`.cell-${lang} p[lang=${lang}]`)].flatMap((p) => {
      const spans = [...p.querySelectorAll<HTMLElement>('.s')];
      return spans.length ? spans : [p];
    });
    const mark = (el: HTMLElement | null) => {
      article.querySelector('.speaking')?.classList.remove('speaking');
      el?.classList.add('speaking');
      el?.scrollIntoView({block: 'nearest', behavior: 'smooth'});
    };
    let k = 0;
    const next = () => {
      const el = sentences[k++];
      if (!el) {
        mark(null);
        setSpeaking(false);
        return;
      }
      const utterance = new SpeechSynthesisUtterance(el.textContent ?? '');
      utterance.lang = lang === 'id' ? 'id-ID' : 'en-US';
      utterance.voice = voice;
      utterance.onstart = () => mark(el);
      utterance.onend = next;
      utterance.onerror = () => {
        mark(null);
        setSpeaking(false);
      };
      synth.speak(utterance);
    };
    synth.cancel();
    setSpeaking(true);
    next();
  }

  const names: Record<Show, string> = {
    both: labels.showBoth,
    interleaved: study.interleaved,
    reveal: study.reveal,
    id: labels.onlyId,
    en: labels.onlyEn,
  };
  return (
    <div ref={ref} className="reader-controls" role="group" aria-label={labels.controls}>
      <button
        type="button"
        onClick={() => setLeft(left === 'id' ? 'en' : 'id')}
        aria-pressed={canSwap && left === 'en'}
        disabled={!canSwap}
      >
        {labels.swap}
      </button>
      <label className="reader-view">
        <span>{study.view}</span>
        <select value={show} onChange={(event) => setShow(event.target.value as Show)}>
          {SHOWS.map((value) => (
            <option key={value} value={value}>
              {names[value]}
            </option>
          ))}
        </select>
      </label>
      {speech !== 'unknown' && (
        <button
          type="button"
          className="listen"
          aria-pressed={speaking}
          onClick={listen}
          disabled={speech === 'none'}
          aria-describedby={speech === 'none' ? 'reader-speech-note' : undefined}
        >
          {speaking ? study.stop : study.listen}
        </button>
      )}
      <span className="reader-notice" id="reader-speech-note" role="status">
        {speech === 'none' ? study.noSpeech : notice}
      </span>
    </div>
  );
}
