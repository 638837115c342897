// The word aligner's second dictionary (content/wordalign/pivot-id-en.json, `npm run wordalign:pivot`):
// Indonesian → English glosses found through Finnish, Polish and Greek, each with how many of the three
// languages agree on it. It is noisier than the lexicon (a pivot word's other senses leak through), so a
// word the lexicon knows takes only the glosses two languages agree on, and every pivot gloss weighs
// less than a dictionary gloss; a word the lexicon lacks (mencibir: sneer) takes them all.
import {analyzeWord} from '../language/morphology';

/** Indonesian word → "gloss|votes;gloss|votes…", most agreed first (as the JSON file holds it). */
export type PivotGlosses = Readonly<Record<string, string>>;

// Weights before SCORES.gloss (0.9): an agreed gloss scores 0.72, a single one 0.585, both under a
// dictionary gloss (0.81–0.9) and the dictionary read backwards (0.8), above the threshold (0.5).
export const PIVOT_AGREED = 0.8;
export const PIVOT_SINGLE = 0.65;

/**
 * The pivot glosses of an Indonesian word with their weights: its own entry, else its root's
 * (the lexicon's root, else the root morphology finds among the pivot's words).
 * `known`: the lexicon glosses the word, so only glosses two pivot languages agree on are added.
 */
export function pivotGlosses(
  pivot: PivotGlosses,
  word: string,
  root: string | null,
  known: boolean,
): [string, number][] {
  const has = (w: string) => Object.hasOwn(pivot, w);
  let key: string | null = null;
  if (has(word)) key = word;
  else if (root && has(root)) key = root;
  else {
    const best = analyzeWord(word, has)[0];
    if (best && has(best.root)) key = best.root;
  }
  if (key === null) return [];
  const out: [string, number][] = [];
  for (const item of pivot[key]!.split(';')) {
    const bar = item.lastIndexOf('|');
    const votes = Number(item.slice(bar + 1));
    if (known && votes < 2) continue;
    out.push([item.slice(0, bar), votes >= 2 ? PIVOT_AGREED : PIVOT_SINGLE]);
  }
  return out;
}
