// The signed-in learner's view of a text: the language they learn, and which of its words they do
// not know yet (painted in the text with the CSS Custom Highlight API).
import type {Lang} from '@/core/vocabulary';
import {type RefObject, useCallback, useEffect, useState} from 'react';
import {type Learner, readLearnLang} from '../LearnerBar';
import {paint, rangeOf, wordsOf} from '../wordRanges';

export function useLearner(slug: string, ui: 'en' | 'id', anchor: RefObject<HTMLElement | null>) {
  const [learner, setLearner] = useState<Learner | null>(null);
  const [learnLang, setLearnLang] = useState<Lang | null>(null);

  useEffect(() => setLearnLang(readLearnLang(ui)), [ui]);

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
  }, [learner, learnLang, anchor]);

  return {learner, learnLang, setLearnLang, loadLearner};
}
