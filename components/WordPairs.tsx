'use client';

import {useEffect, useRef} from 'react';
import {attachWordPairs} from './wordPairs';

/** Hovering a word lights up the words that translate it, in the article this sits in. */
export function WordPairs() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const article = ref.current?.closest('article');
    return article ? attachWordPairs(article) : undefined;
  }, []);
  return <span ref={ref} hidden />;
}
