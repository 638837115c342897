// The few words the whole code base shares: the two languages (which are also the two sides of an
// alignment) and the two shapes of an alignment link.

/** A text's language, and a side of an alignment: Indonesian or English. */
export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];
export const otherLang = (lang: Lang): Lang => (lang === 'id' ? 'en' : 'id');

export type LinkStatus = 'automatic' | 'confirmed';

/** A link as the units (paragraphs or sentences) of each side it joins: 0-based indices, in order. */
export interface Run {
  id: number[];
  en: number[];
}

/** A run with the aligner's confidence (0–1), and whether an editor confirmed it. */
export interface ScoredRun extends Run {
  score: number;
  status?: LinkStatus;
}

/** A link as half-open ranges [start, end) of each side's paragraphs: a row, as stored and edited. */
export interface LinkState {
  idStart: number;
  idEnd: number;
  enStart: number;
  enEnd: number;
  score: number;
  status: LinkStatus;
}
