// Turns both sides' paragraphs into sparse vectors in one shared space: numbers, dates, names, code,
// punctuation, cognate keys and dictionary translations (analysis.ts). Only features that occur on
// both sides of the document are kept, so an unmatched Indonesian word costs nothing and a paragraph
// with nothing in common with the other side has an empty vector ("no lexical evidence", not "no match").
import {
  analysisCache,
  DICTIONARY,
  KIND_EVIDENCE,
  KINDS,
  type Dictionary,
  type ParagraphAnalysis,
  type TokenFeatures,
} from './analysis';
import type {Evidence, ModelParameters} from './model';
import type {SparseVector} from './vectors';

type Weights = ModelParameters['featureWeights'];

export interface SideVectors {
  vectors: SparseVector[];
  norms2: Float64Array;
  lengths: Float64Array;
  boilerplate: Float64Array;
}
export interface FeatureSpace {
  id: SideVectors;
  en: SideVectors;
  dimensions: number;
}

/** How one document numbers features: those the English side uses, in the order it first uses them. */
class DocumentFeatures {
  /** Feature number (analysis.ts) → this document's number + 1; 0 for a feature the English side lacks. */
  private readonly numbers: Int32Array;
  dimensions = 0;
  private readonly on: boolean[];
  private readonly weightOf: number[];

  constructor(size: number, evidence: Evidence, weights: Weights) {
    this.numbers = new Int32Array(size);
    this.on = KIND_EVIDENCE.map((name) => evidence[name]);
    this.weightOf = KINDS.map((kind) => weights[kind]);
  }

  /** Numbers the features of the English side, which all other features are compared against. */
  addEnglish(paragraphs: readonly ParagraphAnalysis[], tokens: readonly TokenFeatures[]): void {
    for (const p of paragraphs) {
      for (const t of p.tokens) {
        const {ids, kinds} = tokens[t];
        for (let k = 0; k < ids.length; k++)
          if (this.on[kinds[k]] && this.numbers[ids[k]] === 0) this.numbers[ids[k]] = ++this.dimensions;
      }
    }
  }

  private has(feature: number): boolean {
    return feature >= 0 && this.numbers[feature] > 0;
  }

  /** Appends a token's features in this document's numbering, before idf, to `ids` and `weights`. */
  addLocal(t: TokenFeatures, ids: number[], weights: number[]): void {
    for (let k = 0; k < t.ids.length; k++) {
      if (!this.on[t.kinds[k]] || !this.has(t.ids[k])) continue;
      ids.push(this.numbers[t.ids[k]] - 1);
      weights.push(this.weightOf[t.kinds[k]]);
    }
    // A word the English side also uses as it is (a name, a loanword) is matched already.
    if (!this.on[DICTIONARY] || !t.glosses || this.has(t.identical)) return;
    let found = 0;
    for (const g of t.glosses) if (this.has(g)) found++;
    // A word with many glosses spreads its weight: "membuka" matches open or unlock, not both.
    const weight = this.weightOf[DICTIONARY] / Math.sqrt(found || 1);
    for (const g of t.glosses) {
      if (!this.has(g)) continue;
      ids.push(this.numbers[g] - 1);
      weights.push(weight);
    }
  }
}

/**
 * One side's distinct tokens in this document's numbering, worked out on first use and kept in two
 * flat arrays (a pair of typed arrays per token made the garbage collector the dearest part).
 */
class SideFeatures {
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  readonly ids: number[] = [];
  readonly weights: number[] = [];

  constructor(
    readonly paragraphs: readonly ParagraphAnalysis[],
    private readonly tokens: readonly TokenFeatures[],
    private readonly numbering: DocumentFeatures,
  ) {
    this.start = new Int32Array(tokens.length).fill(-1);
    this.end = new Int32Array(tokens.length);
  }

  /** Where token t's features are in `ids` and `weights`: [from, to). */
  from(t: number): number {
    if (this.start[t] < 0) {
      this.start[t] = this.ids.length;
      this.numbering.addLocal(this.tokens[t], this.ids, this.weights);
      this.end[t] = this.ids.length;
    }
    return this.start[t];
  }

  to(t: number): number {
    return this.end[t];
  }
}

/** Builds both sides' vectors; the weight of a feature is its kind's weight times its idf. */
export function buildFeatureSpace(
  id: readonly string[],
  en: readonly string[],
  evidence: Evidence,
  weights: Weights,
  dictionary?: Dictionary,
): FeatureSpace {
  const cache = analysisCache();
  const analysers = cache.analysers(dictionary);
  const enParagraphs = en.map((t) => analysers.en.paragraph(t));
  const idParagraphs = id.map((t) => analysers.id.paragraph(t));
  const numbering = new DocumentFeatures(cache.features.size, evidence, weights);
  numbering.addEnglish(enParagraphs, analysers.en.tokens);
  const dimensions = numbering.dimensions;

  const sides = {
    en: new SideFeatures(enParagraphs, analysers.en.tokens, numbering),
    id: new SideFeatures(idParagraphs, analysers.id.tokens, numbering),
  };

  const stamp = new Int32Array(dimensions);
  let paragraph = 0;
  const countDf = (side: SideFeatures) => {
    const df = new Int32Array(dimensions);
    const {ids} = side;
    for (const p of side.paragraphs) {
      paragraph++;
      for (const t of p.tokens) {
        for (let x = side.from(t), to = side.to(t); x < to; x++) {
          if (stamp[ids[x]] !== paragraph) {
            stamp[ids[x]] = paragraph;
            df[ids[x]]++;
          }
        }
      }
    }
    return df;
  };
  const dfEn = countDf(sides.en);
  const dfId = countDf(sides.id);
  const total = id.length + en.length;
  const idf = new Float64Array(dimensions);
  for (let k = 0; k < dimensions; k++)
    if (dfId[k] > 0 && dfEn[k] > 0) idf[k] = Math.log(1 + total / (dfId[k] + dfEn[k]));

  const dense = new Float64Array(dimensions);
  const kept: number[] = [];
  const vectorsOf = (side: SideFeatures): SideVectors => {
    const {paragraphs, ids, weights: ws} = side;
    const norms2 = new Float64Array(paragraphs.length);
    const vectors = paragraphs.map((p, n) => {
      kept.length = 0;
      paragraph++;
      for (const t of p.tokens) {
        for (let k = side.from(t), to = side.to(t); k < to; k++) {
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
    return {
      vectors,
      norms2,
      lengths: Float64Array.from(paragraphs, (p) => p.length),
      boilerplate: Float64Array.from(paragraphs, (p) => p.boilerplate),
    };
  };
  return {id: vectorsOf(sides.id), en: vectorsOf(sides.en), dimensions};
}
