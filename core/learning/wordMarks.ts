// Where a review card's words stand in its sentences: the saved word in its sentence, and the words
// that translated it in the translation, found as whole words, case aside.
import {tokenSpans} from '../wordalign/tokens';

/** [start, end) of the first whole-word occurrence of each of `words` (space-separated) in `text`, in order. */
export function markWords(text: string, words: string | null | undefined): [number, number][] {
  if (!words?.trim()) return [];
  const tokens = tokenSpans(text);
  const wanted = tokenSpans(words)
    .map((t) => t.token.toLowerCase())
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  const used = new Set<number>();
  const out: [number, number][] = [];
  for (const word of wanted) {
    const k = tokens.findIndex((t, n) => !used.has(n) && t.token.toLowerCase() === word);
    if (k < 0) continue;
    used.add(k);
    out.push([tokens[k]!.start, tokens[k]!.end]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** The text cut at the marks: [piece, marked] in order. */
export function cutAtMarks(text: string, marks: readonly [number, number][]): [string, boolean][] {
  const out: [string, boolean][] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at) continue;
    if (start > at) out.push([text.slice(at, start), false]);
    out.push([text.slice(start, end), true]);
    at = end;
  }
  if (at < text.length) out.push([text.slice(at), false]);
  return out;
}
