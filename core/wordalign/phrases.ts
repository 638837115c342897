// Multi-word units align as units, every token to every token: an Indonesian phrase the dictionary
// knows whose gloss stands in the English sentence (duta besar ↔ ambassador, rumah sakit ↔ hospital,
// tanggung jawab ↔ responsibility), and a word glossed by an English phrase found whole in the
// sentence (sengaja ↔ make a point of, selama ↔ as long as).
import {stemEnglish} from '../align/words';
import {indonesianGlosses, type Lexicon} from '../language/lexicon';
import {type LinkSet, STRIDE} from './aligner';
import {type EnToken, glossWords} from './evidence';

const UNIT_CONFIDENCE = 0.95;
const MAX_UNIT = 3;
const PART_CONFIDENCE = 0.7;

function matches(word: string, token: EnToken): boolean {
  return token.lower === word || token.lemmas.includes(word) || token.lemmas.includes(stemEnglish(word));
}

/** Start of each place where `words` stand one after another in the English sentence. */
function findPhrase(words: readonly string[], en: readonly EnToken[], [from, to]: [number, number]): number[] {
  const out: number[] = [];
  for (let j = from; j + words.length <= Math.min(en.length, to + words.length); j++)
    if (words.every((w, k) => matches(w, en[j + k]!))) out.push(j);
  return out;
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
) {
  const lower = idTokens.map((t) => t.toLowerCase());
  for (let i = 0; i < lower.length; i++) {
    for (let n = MAX_UNIT; n >= 2; n--) {
      if (i + n > lower.length) continue;
      const glosses = indonesianGlosses(lexicon, lower.slice(i, i + n).join(' '));
      const found = bestGloss(glosses, en, range(i));
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
      const at = findPhrase(words, en, range(i));
      if (at.length === 1) linkUnit(links, [i], at[0]!, words.length);
    }
  }
}

function bestGloss(
  glosses: readonly string[],
  en: readonly EnToken[],
  range: [number, number],
): {from: number; length: number} | null {
  for (const gloss of glosses) {
    const words = glossWords(gloss);
    if (words.length === 0 || words.length > 5) continue;
    const at = findPhrase(words, en, range);
    if (at.length === 1) return {from: at[0]!, length: words.length};
  }
  return null;
}

function partByPart(links: LinkSet, i: number, n: number, span: {from: number; length: number}): boolean {
  const own = new Map<number, number>();
  for (let k = i; k < i + n; k++)
    for (let j = span.from; j < span.from + span.length; j++)
      if ((links.get(k * STRIDE + j) ?? 0) >= PART_CONFIDENCE && ![...own.values()].includes(j)) own.set(k, j);
  if (own.size === n) return true;
  // As many words as parts and some parts placed: the others take the words left, in order
  // (gerhana–eclipse placed, so bulan takes "lunar").
  if (own.size === 0 || span.length !== n) return false;
  const free = Array.from({length: n}, (_, x) => span.from + x).filter((j) => ![...own.values()].includes(j));
  for (let k = i; k < i + n; k++) if (!own.has(k)) links.set(k * STRIDE + free.shift()!, UNIT_CONFIDENCE);
  return true;
}
