// What each paragraph offers as alignment evidence before a document is looked at as a whole: its
// tokens' features (numbers, dates, names, code, punctuation, cognate keys, dictionary translations),
// its length and whether it looks like boilerplate. None of this depends on the rest of the document,
// so it is worked out once per distinct token and paragraph and remembered for the life of the
// process: an editor re-aligning a long text pays for it the first time only. Only pure functions of
// the text are remembered, and a full cache is dropped, never consulted stale.
import type {Lang} from '../vocabulary';
import {boilerplateScore} from './boilerplate';
import {textLength} from './lengths';
import {MONTHS_EN} from '../language/months';
import type {EvidenceName, ModelParameters} from './model';
import {normalToken, tokenKind, tokenStrings} from './tokens';
import {cognateKey, stemEnglish, withoutPrefix} from './words';

export type Dictionary = (idWord: string) => readonly string[];

/** Kinds of feature: each has its weight and the kind of evidence that switches it on or off. */
export const KINDS = [
  'code',
  'number',
  'name',
  'punct',
  'cognate',
  'identical',
  'dictionary',
] as const satisfies readonly (keyof ModelParameters['featureWeights'])[];
export const KIND_EVIDENCE: readonly EvidenceName[] = [
  'urls',
  'numbers',
  'names',
  'punctuation',
  'cognates',
  'cognates',
  'dictionary',
];
const [CODE, NUMBER, NAME, PUNCT, COGNATE, IDENTICAL] = KINDS.map((_, k) => k);
export const DICTIONARY = KINDS.indexOf('dictionary');

/** The features of one distinct token, numbered process-wide (`FeatureNumbers`). */
export interface TokenFeatures {
  ids: Int32Array;
  kinds: Uint8Array;
  /** An Indonesian word's feature "=word" (−1 if none): a word the English side uses as it is needs no dictionary. */
  identical: number;
  /** An Indonesian word's dictionary translations, as English stem features, first gloss first. */
  glosses: Int32Array | null;
}

export interface ParagraphAnalysis {
  /** Its tokens in order (numbers into Analyser.tokens), then how it ends ("." ":" "?"), which tends to survive translation. */
  tokens: Int32Array;
  length: number;
  boilerplate: number;
}

const MONTHS_ID = [
  'januari',
  'februari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'desember',
];
const DAYS_ID = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'];
const DAYS_EN = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DATE_WORDS = {
  id: new Map([...MONTHS_ID.map((w, k) => [w, `m${k}`] as const), ...DAYS_ID.map((w, k) => [w, `d${k}`] as const)]),
  en: new Map([...MONTHS_EN.map((w, k) => [w, `m${k}`] as const), ...DAYS_EN.map((w, k) => [w, `d${k}`] as const)]),
};

/** Feature names ("#2024", "~bank", "@use") to numbers, shared by both languages. */
export class FeatureNumbers {
  private readonly numbers = new Map<string, number>();

  get size(): number {
    return this.numbers.size;
  }

  of(key: string): number {
    let k = this.numbers.get(key);
    if (k === undefined) {
      k = this.numbers.size;
      this.numbers.set(key, k);
    }
    return k;
  }
}

/** One language's analysis of tokens and paragraphs, remembered up to a limit. */
export class Analyser {
  /** Distinct tokens in the order first seen. */
  readonly tokens: TokenFeatures[] = [];
  private readonly tokenNumbers = new Map<string, number>();
  private readonly paragraphs = new Map<string, ParagraphAnalysis>();

  constructor(
    private readonly lang: Lang,
    private readonly features: FeatureNumbers,
    private readonly dictionary: Dictionary | undefined,
    private readonly maxParagraphs: number,
  ) {}

  get paragraphCount(): number {
    return this.paragraphs.size;
  }

  paragraph(text: string): ParagraphAnalysis {
    let found = this.paragraphs.get(text);
    if (found) return found;
    const tokens = tokenStrings(text).map((t) => this.token(t));
    const last = /[.:?!;]\s*$/.exec(text)?.[0].trim();
    if (last) tokens.push(this.token(`\n${last}`));
    found = {tokens: Int32Array.from(tokens), length: textLength(text), boilerplate: boilerplateScore(text)};
    if (this.paragraphs.size >= this.maxParagraphs) this.paragraphs.clear();
    this.paragraphs.set(text, found);
    return found;
  }

  /** A token, or a paragraph's closing punctuation (written "\n." etc.). */
  private token(token: string): number {
    let found = this.tokenNumbers.get(token);
    if (found === undefined) {
      found = this.tokens.length;
      this.tokenNumbers.set(token, found);
      this.tokens.push(token.charCodeAt(0) === 10 ? this.single(`$${token.slice(1)}`, PUNCT) : this.analyse(token));
    }
    return found;
  }

  private single(key: string, kind: number): TokenFeatures {
    return {ids: Int32Array.of(this.features.of(key)), kinds: Uint8Array.of(kind), identical: -1, glosses: null};
  }

  private analyse(token: string): TokenFeatures {
    const kind = tokenKind(token);
    const word = normalToken(token, kind);
    if (kind === 'code') return this.single(`u${word}`, CODE);
    if (kind === 'number') return this.single(`#${word}`, NUMBER);
    if (kind === 'punct') return this.single(`p${word}`, PUNCT);
    const ids: number[] = [];
    const kinds: number[] = [];
    const add = (key: string, k: number) => {
      ids.push(this.features.of(key));
      kinds.push(k);
    };
    const capitalised = word !== token;
    const date = DATE_WORDS[this.lang].get(word);
    if (date) add(date, NUMBER);
    if (word.length >= 2) add(`=${word}`, capitalised ? NAME : IDENTICAL);
    const keys = new Set<string>();
    for (const form of this.lang === 'id' ? [word, ...withoutPrefix(word)] : [word]) {
      const key = cognateKey(form, this.lang);
      if (key) keys.add(key);
    }
    for (const key of keys) add(`~${key}`, COGNATE);
    let glosses: Int32Array | null = null;
    if (this.lang === 'en') add(`@${stemEnglish(word)}`, DICTIONARY);
    else if (this.dictionary && word.length >= 3) {
      glosses = Int32Array.from(
        new Set(this.dictionary(word).map((t) => this.features.of(`@${stemEnglish(t.toLowerCase())}`))),
      );
    }
    return {
      ids: Int32Array.from(ids),
      kinds: Uint8Array.from(kinds),
      identical: word.length >= 2 ? this.features.of(`=${word}`) : -1,
      glosses,
    };
  }
}

/** Process-wide: every analyser numbers features the same way. Dropped whole when it has grown too big. */
class AnalysisCache {
  readonly features = new FeatureNumbers();
  private readonly byDictionary = new Map<Dictionary | undefined, Record<Lang, Analyser>>();

  analysers(dictionary: Dictionary | undefined): Record<Lang, Analyser> {
    let found = this.byDictionary.get(dictionary);
    if (!found) {
      found = {
        id: new Analyser('id', this.features, dictionary, MAX_PARAGRAPHS),
        en: new Analyser('en', this.features, dictionary, MAX_PARAGRAPHS),
      };
      this.byDictionary.set(dictionary, found);
    }
    return found;
  }

  get tooBig(): boolean {
    let tokens = 0;
    for (const a of this.byDictionary.values()) tokens += a.id.tokens.length + a.en.tokens.length;
    return this.byDictionary.size > MAX_DICTIONARIES || tokens > MAX_TOKENS || this.features.size > MAX_FEATURES;
  }
}

// A 20,000-paragraph text re-aligns from memory (12 MB of heap measured for 24,000 distinct paragraph
// pairs), and a bigger one still works, analysing what no longer fits again.
const MAX_PARAGRAPHS = 20_000;
const MAX_TOKENS = 300_000;
const MAX_FEATURES = 1_000_000;
const MAX_DICTIONARIES = 4;
let cache = new AnalysisCache();

/** The cache to analyse one document with; a new one when the old has grown too big (never during a document). */
export function analysisCache(): AnalysisCache {
  if (cache.tooBig) cache = new AnalysisCache();
  return cache;
}
