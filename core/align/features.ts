// Turns both sides' paragraphs into sparse vectors in one shared space: numbers, dates, names, code,
// punctuation, cognate keys and dictionary translations. Only features that occur on both sides of
// the document are kept, so an unmatched Indonesian word costs nothing and a paragraph with nothing
// in common with the other side has an empty vector ("no lexical evidence", not "no match").
import type {Evidence, ModelParameters} from './model';
import {normalToken, tokenKind, tokenStrings} from './tokens';
import type {SparseVector} from './vectors';
import {cognateKey, stemEnglish, withoutPrefix} from './words';

export type Dictionary = (idWord: string) => readonly string[];
type Weights = ModelParameters['featureWeights'];

export interface SideVectors { vectors: SparseVector[]; norms2: Float64Array }
export interface FeatureSpace { id: SideVectors; en: SideVectors; dimensions: number }

const MONTHS_ID = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS_ID = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'];
const DAYS_EN = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DATE_WORDS = {
  id: new Map([...MONTHS_ID.map((w, k) => [w, `m${k}`] as const), ...DAYS_ID.map((w, k) => [w, `d${k}`] as const)]),
  en: new Map([...MONTHS_EN.map((w, k) => [w, `m${k}`] as const), ...DAYS_EN.map((w, k) => [w, `d${k}`] as const)]),
};

/** Feature ids and weights of one token, before idf. */
interface RawFeatures { ids: number[]; weights: number[] }

/**
 * Maps each distinct token of one language to its features, once. A paragraph becomes the list of its
 * tokens' type numbers; features are expanded only when vectors are built.
 */
class Extractor {
  private readonly typeOf = new Map<string, number>();
  readonly types: RawFeatures[] = [];
  private readonly buffer: number[] = [];

  constructor(
    private readonly lang: 'id' | 'en',
    private readonly on: Evidence,
    private readonly w: Weights,
    private readonly intern: Map<string, number>,
    /** Indonesian side only: the dictionary, and how many features the English side has (interned first). */
    private readonly dictionary?: Dictionary,
    private readonly englishFeatures = Infinity,
  ) {}

  /** The type number of a token, or of a paragraph's closing punctuation (written "\n." etc.). */
  private typeNumber(token: string): number {
    let t = this.typeOf.get(token);
    if (t === undefined) {
      this.typeOf.set(token, (t = this.types.length));
      this.types.push(token.charCodeAt(0) === 10 ? this.ending(token.slice(1)) : this.token(token));
    }
    return t;
  }

  paragraph(text: string): Int32Array {
    const out = this.buffer;
    out.length = 0;
    for (const token of tokenStrings(text)) out.push(this.typeNumber(token));
    // How a paragraph ends (a colon before a list, a question) tends to survive translation.
    const last = /[.:?!;]\s*$/.exec(text)?.[0].trim();
    if (last && this.on.punctuation) out.push(this.typeNumber(`\n${last}`));
    return Int32Array.from(out);
  }

  private ending(punct: string): RawFeatures {
    const f: RawFeatures = {ids: [], weights: []};
    this.add(f, `$${punct}`, this.w.punct);
    return f;
  }

  private add(out: RawFeatures, key: string, weight: number): void {
    let k = this.intern.get(key);
    if (k === undefined) this.intern.set(key, (k = this.intern.size));
    out.ids.push(k);
    out.weights.push(weight);
  }

  private token(token: string): RawFeatures {
    const {on, w} = this;
    const kind = tokenKind(token);
    const word = normalToken(token, kind);
    const capitalised = kind === 'word' && word !== token;
    const out: RawFeatures = {ids: [], weights: []};
    if (kind === 'code') {
      if (on.urls) this.add(out, `u${word}`, w.code);
    } else if (kind === 'number') {
      if (on.numbers) this.add(out, `#${word}`, w.number);
    } else if (kind === 'punct') {
      if (on.punctuation) this.add(out, `p${word}`, w.punct);
    } else {
      const date = DATE_WORDS[this.lang].get(word);
      if (date && on.numbers) this.add(out, date, w.number);
      if (word.length >= 2 && (capitalised ? on.names : on.cognates)) this.add(out, `=${word}`, capitalised ? w.name : w.identical);
      if (on.cognates) {
        const keys = new Set<string>();
        for (const form of this.lang === 'id' ? [word, ...withoutPrefix(word)] : [word]) {
          const key = cognateKey(form, this.lang);
          if (key) keys.add(key);
        }
        for (const key of keys) this.add(out, `~${key}`, w.cognate);
      }
      if (on.dictionary) this.translations(out, word);
    }
    return out;
  }

  private isEnglishFeature(key: string): boolean {
    const k = this.intern.get(key);
    return k !== undefined && k < this.englishFeatures;
  }

  private translations(out: RawFeatures, word: string): void {
    if (this.lang === 'en') return this.add(out, `@${stemEnglish(word)}`, this.w.dictionary);
    // A word the English side also uses as it is (a name, a loanword) is matched already, and looking
    // it up is the dearest part of building features.
    if (!this.dictionary || word.length < 3 || this.isEnglishFeature(`=${word}`)) return;
    const found = new Set<number>();
    for (const t of this.dictionary(word)) {
      const key = `@${stemEnglish(t.toLowerCase())}`;
      if (this.isEnglishFeature(key)) found.add(this.intern.get(key)!);
    }
    // A word with many glosses spreads its weight: "membuka" matches open or unlock, not both.
    const weight = this.w.dictionary / Math.sqrt(found.size || 1);
    for (const k of found) {
      out.ids.push(k);
      out.weights.push(weight);
    }
  }
}

/** Builds both sides' vectors; the weight of a feature is its kind's weight times its idf. */
export function buildFeatureSpace(id: readonly string[], en: readonly string[], evidence: Evidence, weights: Weights, dictionary?: Dictionary): FeatureSpace {
  const intern = new Map<string, number>();
  const english = new Extractor('en', evidence, weights, intern);
  const enTypes = en.map((t) => english.paragraph(t));
  const indonesian = new Extractor('id', evidence, weights, intern, dictionary, intern.size);
  const idTypes = id.map((t) => indonesian.paragraph(t));

  const dimensions = intern.size;
  const stamp = new Int32Array(dimensions);
  let paragraph = 0;
  const countDf = (paragraphs: Int32Array[], types: RawFeatures[]) => {
    const df = new Int32Array(dimensions);
    for (const p of paragraphs) {
      paragraph++;
      for (let k = 0; k < p.length; k++) {
        const ids = types[p[k]].ids;
        for (let x = 0; x < ids.length; x++) {
          if (stamp[ids[x]] !== paragraph) {
            stamp[ids[x]] = paragraph;
            df[ids[x]]++;
          }
        }
      }
    }
    return df;
  };
  const dfEn = countDf(enTypes, english.types);
  const dfId = countDf(idTypes, indonesian.types);
  const total = id.length + en.length;
  const idf = new Float64Array(dimensions);
  for (let k = 0; k < dimensions; k++) if (dfId[k] > 0 && dfEn[k] > 0) idf[k] = Math.log(1 + total / (dfId[k] + dfEn[k]));

  const dense = new Float64Array(dimensions);
  const kept: number[] = [];
  const side = (paragraphs: Int32Array[], types: RawFeatures[]): SideVectors => {
    const norms2 = new Float64Array(paragraphs.length);
    const vectors = paragraphs.map((p, n) => {
      kept.length = 0;
      paragraph++;
      for (let x = 0; x < p.length; x++) {
        const {ids, weights: ws} = types[p[x]];
        for (let k = 0; k < ids.length; k++) {
          const f = ids[k];
          if (idf[f] === 0 || ws[k] === 0) continue;
          if (stamp[f] !== paragraph) {
            stamp[f] = paragraph;
            kept.push(f);
          }
          dense[f] += ws[k] * idf[f];
        }
      }
      const vector = {ids: Int32Array.from(kept).sort(), weights: new Float64Array(kept.length)};
      for (let k = 0; k < vector.ids.length; k++) {
        const f = vector.ids[k];
        vector.weights[k] = dense[f];
        dense[f] = 0;
        norms2[n] += vector.weights[k] * vector.weights[k];
      }
      return vector;
    });
    return {vectors, norms2};
  };
  return {id: side(idTypes, indonesian.types), en: side(enTypes, english.types), dimensions};
}
