// Which sentence answers which, inside one row of the reader (one paragraph link): every sentence
// gets the index of its sentence link as a key, and the two sides of a link share that key.
import {alignGroupSentences} from './sentences';
import type {Dictionary} from './analysis';

export interface SentenceMark {
  start: number;
  end: number;
  key: number;
}
export interface RowSentences {
  id: SentenceMark[][];
  en: SentenceMark[][];
}

export function linkRowSentences(id: readonly string[], en: readonly string[], dictionary?: Dictionary): RowSentences {
  const group = alignGroupSentences(id, en, {dictionary});
  const out: RowSentences = {id: id.map(() => []), en: en.map(() => [])};
  const keyOf = {id: new Map<number, number>(), en: new Map<number, number>()};
  group.links.forEach((link, key) => {
    for (const k of link.id) keyOf.id.set(k, key);
    for (const k of link.en) keyOf.en.set(k, key);
  });
  for (const lang of ['id', 'en'] as const) {
    for (const [k, s] of group[lang].entries())
      out[lang][s.paragraph]!.push({start: s.start, end: s.end, key: keyOf[lang].get(k) ?? -1});
  }
  return out;
}
