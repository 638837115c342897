'use client';

import {useEffect, useRef, useState} from 'react';

type Show = 'both' | 'id' | 'en';

/**
 * Swap and hide controls, and tap-to-highlight for touch screens. The reader reads fine without
 * them: the server renders both columns, and hover and focus highlighting is plain CSS.
 */
export function ReaderControls({labels}: {labels: {controls: string; swap: string; showBoth: string; onlyId: string; onlyEn: string}}) {
  const ref = useRef<HTMLDivElement>(null);
  const [left, setLeft] = useState<'id' | 'en'>('id');
  const [show, setShow] = useState<Show>('both');

  useEffect(() => {
    const article = ref.current?.closest('article');
    if (!article) return;
    article.dataset.left = left;
    article.dataset.show = show;
  }, [left, show]);

  useEffect(() => {
    const article = ref.current?.closest('article');
    if (!article) return;
    // A tap marks its row active so the counterpart stays highlighted after the finger lifts.
    const onPointerDown = (event: PointerEvent) => {
      const row = (event.target as Element).closest('.row');
      article.querySelector('.row.active')?.classList.remove('active');
      row?.classList.add('active');
    };
    article.addEventListener('pointerdown', onPointerDown);
    return () => article.removeEventListener('pointerdown', onPointerDown);
  }, []);

  const options: [Show, string][] = [['both', labels.showBoth], ['id', labels.onlyId], ['en', labels.onlyEn]];
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
    </div>
  );
}
