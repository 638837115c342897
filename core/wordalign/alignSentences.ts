// Word alignment of sentence texts rather than token lists: what the reader and the editor need, since
// they mark words by their offsets in the sentence.
import type {WordAligner, WordLink} from './aligner';
import {type TokenSpan, tokenSpans} from './tokens';

export interface SentenceWordAlignment {
  id: TokenSpan[];
  en: TokenSpan[];
  links: WordLink[];
}

export function alignSentenceTexts(aligner: WordAligner, idText: string, enText: string): SentenceWordAlignment {
  const id = tokenSpans(idText);
  const en = tokenSpans(enText);
  const links = aligner.align(
    id.map((t) => t.token),
    en.map((t) => t.token),
  );
  return {id, en, links};
}
