// An Indonesian word's English glosses as the aligner weighs them: the lexicon's, then what the extra
// dictionaries lend — the pivot dictionary (pivot.ts), the glosses of Indonesian synonyms and the English
// synonyms of the glosses (synonyms.ts) — each weaker than a gloss of the lexicon.
import {stemEnglish} from '../align/words';
import {type Lexicon, type LookupResult, lookupWord} from '../language/lexicon';
import {derivationBases, spellingKey} from './english';
import {ENGLISH_GRAMMAR, isIndonesianGrammar} from './functionWords';
import {type PivotGlosses, pivotGlosses} from './pivot';
import {
  ENGLISH_SYNONYM_GLOSSES,
  ENGLISH_SYNONYM_WEIGHT,
  type EnglishSynonyms,
  englishSynonymsOf,
  SYNONYM_GLOSSES,
  SYNONYM_WEIGHT,
  synonymsOf,
  type Thesaurus,
} from './synonyms';

/** The aligner's dictionaries beside the lexicon, each optional. */
export interface ExtraDictionaries {
  /** glosses through a third language (pivot.ts) */
  pivot?: PivotGlosses | null;
  /** Indonesian synonyms (synonyms.ts) */
  thesaurus?: Thesaurus | null;
  /** English synonyms of the lexicon's glosses (synonyms.ts) */
  englishSynonyms?: EnglishSynonyms | null;
}

const GLOSS_NOISE = new Set([...ENGLISH_GRAMMAR, 'one', 'or', 'and', 'order', 'kind', 'something', 'someone', 'etc']);

// The keys one gloss word is matched by (its stem, derivation bases and spelling variants), worked out
// once per process: glosses repeat across words, and the synonyms and pivot glosses multiply them.
const wordKeys = new Map<string, readonly string[]>();
function keysOf(word: string): readonly string[] {
  let keys = wordKeys.get(word);
  if (!keys) {
    const own = [word, stemEnglish(word), ...derivationBases(word)];
    keys = [...new Set([...own, ...own.map(spellingKey)])];
    wordKeys.set(word, keys);
  }
  return keys;
}

// The match keys of every word of one gloss, grammar words left out: glosses repeat across words too.
const glossKeys = new Map<string, readonly string[]>();
function keysOfGloss(gloss: string): readonly string[] {
  let keys = glossKeys.get(gloss);
  if (!keys) {
    const all = new Set<string>();
    // "the one", "to use", "in order to": grammar words of a gloss say nothing about the word.
    for (const word of gloss.toLowerCase().match(/[a-z]+/g) ?? [])
      if (!GLOSS_NOISE.has(word)) for (const key of keysOf(word)) all.add(key);
    keys = [...all];
    glossKeys.set(gloss, keys);
  }
  return keys;
}

export function glossLemmas(glosses: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  glosses.forEach((gloss, rank) => {
    const weight = rank === 0 ? 1 : rank < 3 ? 0.9 : 0.8;
    for (const key of keysOfGloss(gloss)) if ((out.get(key) ?? 0) < weight) out.set(key, weight);
  });
  return out;
}

/** A gloss as the words an English sentence would show: "to make a point of" → make, a, point, of. */
export function glossWords(gloss: string): string[] {
  return (
    gloss
      .toLowerCase()
      .replace(/\([^)]*\)/g, ' ')
      .replace(/^\s*(to|a|an|the|be)\s+/, '')
      .match(/[a-z']+/g) ?? []
  );
}

const CONTRACTED: [RegExp, string][] = [
  [/\b(can)'t\b/g, '$1 not'],
  [/\bwon't\b/g, 'will not'],
  [/n't\b/g, ' not'],
  [/\b(it|that|what|there|he|she)'s\b/g, '$1 is'],
  [/'re\b/g, ' are'],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  [/\bi'm\b/g, 'i am'],
  [/\blet's\b/g, 'let us'],
];

/** A gloss, and the same with its contractions spelled out (it's high time → it is high time). */
export function glossVariants(gloss: string): string[] {
  if (!gloss.includes("'")) return [gloss];
  const open = CONTRACTED.reduce((g, [pattern, full]) => g.replace(pattern, full), gloss.toLowerCase());
  return open === gloss.toLowerCase() ? [gloss] : [gloss, open];
}

export function glossPhrases(glosses: readonly string[]): string[][] {
  return glosses
    .flatMap(glossVariants)
    .map(glossWords)
    .filter((words) => words.length >= 2 && words.length <= 5);
}

// A gloss's English synonyms' lemmas, per synonym table (one per process; tests make their own).
const synonymLemmas = new WeakMap<EnglishSynonyms, Map<string, Map<string, number>>>();
function englishSynonymLemmas(synonyms: EnglishSynonyms, gloss: string): Map<string, number> {
  let table = synonymLemmas.get(synonyms);
  if (!table) {
    table = new Map();
    synonymLemmas.set(synonyms, table);
  }
  let lemmas = table.get(gloss);
  if (!lemmas) {
    lemmas = glossLemmas(englishSynonymsOf(synonyms, gloss));
    table.set(gloss, lemmas);
  }
  return lemmas;
}

/** The English lemmas a word's glosses give, with their weights, the extra dictionaries' included. */
export function wordGlosses(
  lexicon: Lexicon,
  lower: string,
  found: LookupResult,
  {pivot, thesaurus, englishSynonyms}: ExtraDictionaries,
): Map<string, number> {
  const gloss = glossLemmas(found.glosses);
  const lend = (lemmas: Map<string, number>, weight: number) => {
    for (const [lemma, w] of lemmas) if ((gloss.get(lemma) ?? 0) < w * weight) gloss.set(lemma, w * weight);
  };
  // The pivot dictionary speaks for words the lexicon lacks, and confirms (agreed glosses only) the others.
  if (pivot)
    for (const [g, weight] of pivotGlosses(pivot, lower, found.root, found.glosses.length > 0))
      lend(glossLemmas([g]), weight);
  if (isIndonesianGrammar(lower)) return gloss;
  // A content word neither dictionary glosses borrows its synonyms' first glosses.
  if (thesaurus && gloss.size === 0)
    for (const synonym of synonymsOf(thesaurus, lower))
      lend(glossLemmas(lookupWord(lexicon, synonym, 'id').glosses.slice(0, SYNONYM_GLOSSES)), SYNONYM_WEIGHT);
  // A translator often takes a synonym of the gloss (gunung: mountain ↔ "Mount").
  if (englishSynonyms)
    found.glosses.slice(0, ENGLISH_SYNONYM_GLOSSES).forEach((g, rank) => {
      lend(englishSynonymLemmas(englishSynonyms, g), ENGLISH_SYNONYM_WEIGHT * (rank === 0 ? 1 : 0.9));
    });
  return gloss;
}
