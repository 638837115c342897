'use client';

import {useEffect, useRef, useState} from 'react';

type Show = 'both' | 'interleaved' | 'reveal' | 'id' | 'en';

export interface StudyLabels {
  interleaved: string;
  reveal: string;
  revealRow: string;
  listen: string;
  stop: string;
}

/**
 * Swap, study modes and listening, and tap-to-highlight for touch screens. The reader reads fine
 * without them: the server renders both columns, and hover and focus highlighting is plain CSS.
 */
export function ReaderControls({labels, study}: {labels: {controls: string; swap: string; showBoth: string; onlyId: string; onlyEn: string}; study: StudyLabels}) {
  const ref = useRef<HTMLDivElement>(null);
  const [left, setLeft] = useState<'id' | 'en'>('id');
  const [show, setShow] = useState<Show>('both');
  const [canSpeak, setCanSpeak] = useState(false);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    const article = ref.current?.closest('article');
    if (!article) return;
    article.dataset.left = left;
    article.dataset.show = show;
  }, [left, show]);

  useEffect(() => {
    setCanSpeak(typeof window.speechSynthesis !== 'undefined');
    const article = ref.current?.closest('article');
    if (!article) return;
    const counterparts = (sentence: Element) => sentence.closest('.row')?.querySelectorAll(`.s[data-s="${(sentence as HTMLElement).dataset.s}"]`) ?? [];
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
    if (!article) return;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    const lang = show === 'en' || (show === 'both' && left === 'en') ? 'en' : 'id';
    const sentences = [...article.querySelectorAll<HTMLElement>(`.cell-${lang} p[lang=${lang}]`)].flatMap((p) => {
      const spans = [...p.querySelectorAll<HTMLElement>('.s')];
      return spans.length ? spans : [p];
    });
    const voice = synth.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').startsWith(lang));
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
      if (voice) utterance.voice = voice;
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

  const options: [Show, string][] = [
    ['both', labels.showBoth],
    ['interleaved', study.interleaved],
    ['reveal', study.reveal],
    ['id', labels.onlyId],
    ['en', labels.onlyEn],
  ];
  return (
    <div ref={ref} className="reader-controls" role="group" aria-label={labels.controls}>
      <button type="button" onClick={() => setLeft(left === 'id' ? 'en' : 'id')} aria-pressed={left === 'en'}>
        {labels.swap}
      </button>
      {options.map(([value, label]) => (
        <button key={value} type="button" aria-pressed={show === value} onClick={() => setShow(value)}>
          {label}
        </button>
      ))}
      {canSpeak && (
        <button type="button" className="listen" aria-pressed={speaking} onClick={listen}>
          {speaking ? study.stop : study.listen}
        </button>
      )}
    </div>
  );
}
