// Multi-word units align as units, every token to every token: an Indonesian phrase the dictionary
// knows whose gloss stands in the English sentence (duta besar ↔ ambassador, rumah sakit ↔ hospital,
// tanggung jawab ↔ responsibility), and a word glossed by an English phrase found whole in the
// sentence (sengaja ↔ make a point of, selama ↔ as long as).
import {stemEnglish} from '../align/words';
import {indonesianGlosses, type Lexicon} from '../language/lexicon';
import {type LinkSet, STRIDE} from './aligner';
import type {EnToken} from './evidence';
import {glossVariants, glossWords} from './glosses';
import {ENGLISH_GRAMMAR} from './functionWords';
import type {EnglishIndex} from './scores';

const UNIT_CONFIDENCE = 0.95;
const MAX_UNIT = 3;
const PART_CONFIDENCE = 0.7;

// Gloss phrases repeat across tokens and texts; their words and stems are worked out once.
const stems = new Map<string, string>();
function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stemEnglish(word);
    stems.set(word, s);
  }
  return s;
}
const phraseWords = new Map<string, string[]>();
function wordsOfGloss(gloss: string): string[] {
  let words = phraseWords.get(gloss);
  if (!words) {
    words = glossWords(gloss);
    phraseWords.set(gloss, words);
  }
  return words;
}

// The first two words of the dictionary's phrases: most tokens open none, and need no look-up at all.
const openersOf = new WeakMap<Lexicon, Map<string, Set<string>>>();
function phraseOpeners(lexicon: Lexicon): Map<string, Set<string>> {
  let map = openersOf.get(lexicon);
  if (!map) {
    map = new Map();
    for (const key of [...lexicon.selaras.idEn.keys(), ...Object.keys(lexicon.freedict.idEn)]) {
      const [first, second] = key.split(' ');
      if (!first || second === undefined) continue;
      const seconds = map.get(first);
      if (seconds) seconds.add(second);
      else map.set(first, new Set([second]));
    }
    openersOf.set(lexicon, map);
  }
  return map;
}

function matches(word: string, token: EnToken): boolean {
  return token.lower === word || token.lemmas.includes(word) || token.lemmas.includes(stem(word));
}

/**
 * Each place in range where the English sentence opens with `words[0]`, and how many of `words` stand
 * there one after another (the whole phrase, or an opening of it).
 */
function runs(
  words: readonly string[],
  en: readonly EnToken[],
  index: EnglishIndex,
  [from, to]: [number, number],
): {from: number; length: number}[] {
  const first = words[0];
  if (first === undefined) return [];
  const lower = index.lower.get(first);
  const lemma = index.lemma.get(first);
  const stemmed = index.lemma.get(stem(first));
  // Most glosses' first word is nowhere in the sentence.
  if (!lower && !lemma && !stemmed) return [];
  const starts = new Set([...(lower ?? []), ...(lemma ?? []), ...(stemmed ?? [])]);
  const out: {from: number; length: number}[] = [];
  for (const j of [...starts].sort((a, b) => a - b)) {
    if (j < from || j >= to) continue;
    let length = 0;
    while (length < words.length && j + length < en.length && matches(words[length]!, en[j + length]!)) length++;
    out.push({from: j, length});
  }
  return out;
}

/** Start of each place where `words` stand one after another in the English sentence. */
function findPhrase(
  words: readonly string[],
  en: readonly EnToken[],
  index: EnglishIndex,
  range: [number, number],
): number[] {
  return runs(words, en, index, range)
    .filter((r) => r.length === words.length)
    .map((r) => r.from);
}

function linkUnit(links: LinkSet, ids: number[], from: number, length: number) {
  // Links of the unit's words to English words outside it were weaker guesses about its parts.
  for (const key of [...links.keys()]) {
    const i = Math.floor(key / STRIDE);
    const j = key % STRIDE;
    if (ids.includes(i) && (j < from || j >= from + length) && links.get(key)! < UNIT_CONFIDENCE) links.delete(key);
  }
  for (const i of ids) for (let j = from; j < from + length; j++) links.set(i * STRIDE + j, UNIT_CONFIDENCE);
}

export function alignPhrases(
  lexicon: Lexicon,
  idTokens: readonly string[],
  en: readonly EnToken[],
  links: LinkSet,
  idPhrases: (i: number) => readonly (readonly string[])[],
  /** the English tokens worth searching for token i's translation (the whole sentence unless it is huge) */
  range: (i: number) => [number, number],
  index: EnglishIndex,
) {
  const lower = idTokens.map((t) => t.toLowerCase());
  const openers = phraseOpeners(lexicon);
  for (let i = 0; i < lower.length; i++) {
    const opens = i + 1 < lower.length && !!openers.get(lower[i]!)?.has(lower[i + 1]!);
    for (let n = MAX_UNIT; n >= 2; n--) {
      if (i + n > lower.length || !opens) continue;
      const glosses = indonesianGlosses(lexicon, lower.slice(i, i + n).join(' '));
      const found = bestGloss(glosses, en, index, range(i));
      // A compound whose parts translate word for word is linked part by part (gerhana bulan / lunar eclipse).
      if (found && !partByPart(links, i, n, found)) {
        linkUnit(
          links,
          Array.from({length: n}, (_, k) => i + k),
          found.from,
          found.length,
        );
        break;
      }
    }
    for (const words of idPhrases(i)) {
      // A gloss of grammar words alone (pernah: have been) is too weak to pull a word across the sentence.
      if (words.every((w) => ENGLISH_GRAMMAR.has(w))) continue;
      const at = findPhrase(words, en, index, range(i));
      if (at.length === 1) linkUnit(links, [i], at[0]!, words.length);
    }
  }
}

function bestGloss(
  glosses: readonly string[],
  en: readonly EnToken[],
  index: EnglishIndex,
  range: [number, number],
): {from: number; length: number} | null {
  // Each gloss's places are found once, for the whole phrase and then for its openings.
  const found = glosses.flatMap(glossVariants).map((gloss) => {
    const words = wordsOfGloss(gloss);
    return {words, at: runs(words, en, index, range)};
  });
  for (const {words, at} of found) {
    if (words.length === 0 || words.length > 5) continue;
    const whole = at.filter((r) => r.length === words.length);
    if (whole.length === 1) return {from: whole[0]!.from, length: words.length};
  }
  // An idiom's English is often bent to the sentence (talk of the town → the talk of the whole
  // village): the longest opening of a gloss, two words or more with a content word, found once.
  for (const {words, at} of found)
    for (let k = Math.min(words.length - 1, 4); k >= 2; k--) {
      if (words.slice(0, k).every((w) => ENGLISH_GRAMMAR.has(w))) continue;
      const opening = at.filter((r) => r.length >= k);
      if (opening.length === 1) return {from: opening[0]!.from, length: k};
    }
  return null;
}

function partByPart(links: LinkSet, i: number, n: number, span: {from: number; length: number}): boolean {
  const own = new Map<number, number>();
  for (let k = i; k < i + n; k++)
    for (let j = span.from; j < span.from + span.length; j++)
      if ((links.get(k * STRIDE + j) ?? 0) >= PART_CONFIDENCE && ![...own.values()].includes(j)) own.set(k, j);
  if (own.size === n) return true;
  if (own.size === 0) return false;
  // A gloss that one part already translates by itself (pohon mangga: mango, mangga = mango) says
  // nothing about the other parts, which keep their own links (pohon ↔ tree).
  if (span.length < n) return true;
  // More words than parts (selama ini ↔ all this time, ini = this placed): the unplaced parts share
  // the words left.
  if (span.length > n) {
    const left = Array.from({length: span.length}, (_, x) => span.from + x).filter(
      (j) => ![...own.values()].includes(j),
    );
    for (let k = i; k < i + n; k++) if (!own.has(k)) for (const j of left) links.set(k * STRIDE + j, UNIT_CONFIDENCE);
    return true;
  }
  // As many words as parts: the unplaced parts take the words left, in order (gerhana–eclipse placed,
  // so bulan takes "lunar").
  const free = Array.from({length: n}, (_, x) => span.from + x).filter((j) => ![...own.values()].includes(j));
  for (let k = i; k < i + n; k++) if (!own.has(k)) links.set(k * STRIDE + free.shift()!, UNIT_CONFIDENCE);
  return true;
}
