// Multi-word terms the aligned corpus teaches: runs of two or three Indonesian words that align as one
// unit (every word linked to the same English words, which nothing else in the sentence claims), seen
// as a unit often enough and consistently enough to put before an editor. Worked example:
//   rumah sakit itu penuh / the hospital is full        links rumah-hospital, sakit-hospital, …
// makes "rumah sakit" a unit glossed "hospital"; in three pairs out of four it would be proposed, with
// "hospital" as its gloss.
import {tokenSpans} from '../wordalign/tokens';
import {isGrammarWord, type PairTexts} from './pairTerms';

export interface TermCandidate {
  phrase: string;
  gloss: string;
  /** pairs in which it aligned as a unit with this gloss */
  units: number;
  /** pairs in which the phrase occurs at all */
  occurrences: number;
}

export interface DiscoveryOptions {
  minUnits?: number;
  /** least share of its occurrences in which the phrase aligned as a unit */
  minShare?: number;
}

const MAX_WORDS = 3;

function isWord(word: string): boolean {
  return /\p{L}/u.test(word);
}

/** The units of one pair: phrase (lowercase) → gloss (the English words, lowercase). */
export function unitsOfPair(pair: PairTexts): Map<string, string> {
  const id = tokenSpans(pair.id).map((t) => t.token);
  const en = tokenSpans(pair.en).map((t) => t.token);
  const partners = id.map(() => new Set<number>());
  const claimedBy = en.map(() => new Set<number>());
  for (const [i, j] of pair.links) {
    partners[i]?.add(j);
    claimedBy[j]?.add(i);
  }
  const key = (set: Set<number>) => [...set].sort((a, b) => a - b).join(',');
  const out = new Map<string, string>();
  for (let i = 0; i < id.length; i++) {
    for (let n = MAX_WORDS; n >= 2; n--) {
      const words = id.slice(i, i + n);
      if (words.length < n || !words.every(isWord)) continue;
      if (isGrammarWord(words[0]!, 'id') || isGrammarWord(words.at(-1)!, 'id')) continue;
      const first = partners[i]!;
      if (first.size === 0 || first.size > 4) continue;
      if (!words.every((_, k) => key(partners[i + k]!) === key(first))) continue;
      const js = [...first].sort((a, b) => a - b);
      // The English words are one run, and no word outside the phrase claims them.
      if (js.at(-1)! - js[0]! + 1 !== js.length) continue;
      if (js.some((j) => [...claimedBy[j]!].some((k) => k < i || k >= i + n))) continue;
      const gloss = js
        .map((j) => en[j]!.toLowerCase())
        .filter((w) => isWord(w))
        .join(' ');
      if (!gloss) continue;
      out.set(words.join(' ').toLowerCase(), gloss);
      i += n - 1;
      break;
    }
  }
  return out;
}

/** Lowercase phrases of the pair's Indonesian side of 2–3 words, for counting occurrences. */
function phrasesOf(text: string, wanted: ReadonlySet<string>): Set<string> {
  const words = tokenSpans(text).map((t) => t.token.toLowerCase());
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++)
    for (let n = 2; n <= MAX_WORDS && i + n <= words.length; n++) {
      const phrase = words.slice(i, i + n).join(' ');
      if (wanted.has(phrase)) found.add(phrase);
    }
  return found;
}

/** Terms worth proposing from the given pairs, most frequent first; `skip` tells phrases already decided. */
export function discoverTerms(
  pairs: readonly PairTexts[],
  skip: (phrase: string) => boolean = () => false,
  options: DiscoveryOptions = {},
): TermCandidate[] {
  const minUnits = options.minUnits ?? 2;
  const minShare = options.minShare ?? 0.5;
  const glosses = new Map<string, Map<string, number>>();
  for (const pair of pairs)
    for (const [phrase, gloss] of unitsOfPair(pair)) {
      if (skip(phrase)) continue;
      const tally = glosses.get(phrase) ?? new Map<string, number>();
      tally.set(gloss, (tally.get(gloss) ?? 0) + 1);
      glosses.set(phrase, tally);
    }
  const occurrences = new Map<string, number>();
  const wanted = new Set(glosses.keys());
  if (wanted.size > 0)
    for (const pair of pairs)
      for (const phrase of phrasesOf(pair.id, wanted)) occurrences.set(phrase, (occurrences.get(phrase) ?? 0) + 1);
  const out: TermCandidate[] = [];
  for (const [phrase, tally] of glosses) {
    const [gloss, units] = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const seen = Math.max(units, occurrences.get(phrase) ?? 0);
    if (units >= minUnits && units / seen >= minShare) out.push({phrase, gloss, units, occurrences: seen});
  }
  return out.sort((a, b) => b.units - a.units || a.phrase.localeCompare(b.phrase));
}
