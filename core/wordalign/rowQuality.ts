// Whether a row's words found their counterparts. A paragraph paired with the wrong translation still
// gets its names, numbers and punctuation linked, and grammar words lean on whatever content word was
// linked, so only content words count: in a right pair most of them find a partner, in a wrong pair
// few do.
import {ENGLISH_GRAMMAR, isIndonesianGrammar} from './functionWords';
import type {RowWordLinks} from './rows';

/** Below this share of linked content words, with enough words to judge, a row is suspicious. */
export const SUSPICIOUS_SHARE = 0.4;
const MIN_WORDS = 6;

export interface RowQuality {
  /** content words on both sides */
  words: number;
  /** of those, how many have a partner */
  linked: number;
  suspicious: boolean;
}

function isContent(word: string, lang: 'id' | 'en'): boolean {
  if (!/\p{L}/u.test(word)) return false;
  const lower = word.toLowerCase();
  return lang === 'en' ? !ENGLISH_GRAMMAR.has(lower) : !isIndonesianGrammar(lower);
}

/**
 * Counts the row's content words and the linked ones. `words` are the row's tokens as text, in the
 * order of `row.id` and `row.en`.
 */
export function rowQuality(row: RowWordLinks, words: {id: readonly string[]; en: readonly string[]}): RowQuality {
  const linkedId = new Set(row.links.map((l) => l[0]));
  const linkedEn = new Set(row.links.map((l) => l[1]));
  let total = 0;
  let linked = 0;
  words.id.forEach((w, i) => {
    if (!isContent(w, 'id')) return;
    total++;
    if (linkedId.has(i)) linked++;
  });
  words.en.forEach((w, j) => {
    if (!isContent(w, 'en')) return;
    total++;
    if (linkedEn.has(j)) linked++;
  });
  // A row with one side empty is an omission the editor sees anyway, not a word mismatch.
  const bothSides = row.id.length > 0 && row.en.length > 0;
  return {words: total, linked, suspicious: bothSides && total >= MIN_WORDS && linked / total < SUSPICIOUS_SHARE};
}

/** The text of each token of a row, from the row's paragraph bodies. */
export function rowTokenWords(
  row: RowWordLinks,
  paragraphs: {id: readonly string[]; en: readonly string[]},
): {id: string[]; en: string[]} {
  const text = (side: 'id' | 'en') => row[side].map(([p, start, end]) => paragraphs[side][p]?.slice(start, end) ?? '');
  return {id: text('id'), en: text('en')};
}
