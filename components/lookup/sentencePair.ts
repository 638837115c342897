import type {Lang} from '@/core/vocabulary';
import type {WordToken} from '../wordRanges';

const other = (lang: Lang) => (lang === 'id' ? 'en' : 'id');

/** The sentence holding a word and its aligned counterpart, read from the sentence spans the server rendered. */
export function sentencePair(
  token: WordToken,
  paragraph: HTMLElement,
  lang: Lang,
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
