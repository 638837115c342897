// The cost of one link: a prior for its shape, the Gale–Church length term and the lexical similarity
// of the two blocks, or a skip cost for an unlinked unit. Block similarities come from a table of
// unit-pair dot products over the band, so a 2-2 link costs four look-ups, not a vector merge.
import type {Band} from './band';
import {lengthCost} from './lengths';
import type {ModelParameters} from './model';
import type {StepCost} from './search';
import {DotScratch, type SparseVector} from './vectors';

/** One side of the units being aligned (paragraphs, or groups of them at a coarse level). */
export interface Units {
  vectors: readonly SparseVector[];
  norms2: Float64Array;
  lengths: Float64Array;
  /** Paragraphs per unit: 1, or the group size at a coarse level. */
  sizes: Float64Array;
  /** How boilerplate-like each unit is, 0..1 (summed over a group). */
  boilerplate: Float64Array;
  /** Paragraphs an editor confirmed as having no counterpart (summed over a group). */
  pinned: Float64Array;
}

/** A cost that no path pays while another exists; finite so that sums stay comparable. */
const FORBIDDEN = 1e9;
/** Evidence beyond four typical paragraphs' worth adds no weight (long merged blocks would drown the other terms). */
const MAX_EVIDENCE = 4;

const MAX_SPAN = 3;

function prefixSums(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) out[k + 1] = out[k] + values[k];
  return out;
}

function neighbourDots(units: Units, scratch: DotScratch): Float64Array[] {
  const n = units.vectors.length;
  const out = [new Float64Array(n), new Float64Array(n)];
  for (let a = 0; a < n; a++) {
    scratch.load(units.vectors[a]);
    for (let d = 1; d < MAX_SPAN && a + d < n; d++) out[d - 1][a] = scratch.dot(units.vectors[a + d]);
  }
  return out;
}

export class LinkCosts implements StepCost {
  private readonly pairLo: Int32Array;
  private readonly pairOffset: Int32Array;
  private readonly pairDots: Float64Array;
  private readonly idNear: Float64Array[];
  private readonly enNear: Float64Array[];
  private readonly idChars: Float64Array;
  private readonly enChars: Float64Array;
  private readonly idBoiler: Float64Array;
  private readonly enBoiler: Float64Array;
  private readonly idSizes: Float64Array;
  private readonly enSizes: Float64Array;
  private readonly priors = new Float64Array((MAX_SPAN + 1) * (MAX_SPAN + 1));
  private readonly idPinned: Float64Array;
  private readonly enPinned: Float64Array;
  /** Typical cosine of a true link in this document, so that the lexical term means the same with or without a dictionary. */
  readonly reference: number;
  /** Median squared norm of a unit: what a typical paragraph's evidence weighs. */
  private readonly typicalNorm2: number;

  constructor(
    private readonly id: Units,
    private readonly en: Units,
    band: Band,
    private readonly model: ModelParameters,
    private readonly ratio: number,
    dimensions: number,
  ) {
    const n = id.vectors.length;
    const m = en.vectors.length;
    const scratch = new DotScratch(dimensions);
    this.pairLo = new Int32Array(n);
    this.pairOffset = new Int32Array(n + 1);
    const pairHi = new Int32Array(n);
    for (let a = 0; a < n; a++) {
      this.pairLo[a] = Math.max(0, band.lo[a + 1] - MAX_SPAN);
      pairHi[a] = Math.min(m - 1, band.hi[Math.min(n, a + MAX_SPAN)] - 1);
      this.pairOffset[a + 1] = this.pairOffset[a] + Math.max(0, pairHi[a] - this.pairLo[a] + 1);
    }
    this.pairDots = new Float64Array(this.pairOffset[n]);
    const norms = [...id.norms2, ...en.norms2].filter((x) => x > 0).sort((x, y) => x - y);
    this.typicalNorm2 = norms.length ? norms[norms.length >> 1] : 1;
    const best: number[] = [];
    for (let a = 0; a < n; a++) {
      scratch.load(id.vectors[a]);
      let top = 0;
      for (let b = this.pairLo[a]; b <= pairHi[a]; b++) {
        const d = scratch.dot(en.vectors[b]);
        this.pairDots[this.pairOffset[a] + b - this.pairLo[a]] = d;
        if (d > 0) top = Math.max(top, d / Math.sqrt(id.norms2[a] * en.norms2[b]));
      }
      if (id.norms2[a] > 0) best.push(top);
    }
    best.sort((x, y) => x - y);
    this.reference = Math.max(0.05, best.length ? best[best.length >> 1] : 0);
    this.idNear = neighbourDots(id, scratch);
    this.enNear = neighbourDots(en, scratch);
    this.idChars = prefixSums(id.lengths);
    this.enChars = prefixSums(en.lengths);
    this.idBoiler = prefixSums(id.boilerplate);
    this.enBoiler = prefixSums(en.boilerplate);
    this.idSizes = prefixSums(id.sizes);
    this.enSizes = prefixSums(en.sizes);
    this.idPinned = prefixSums(id.pinned);
    this.enPinned = prefixSums(en.pinned);
    for (const shape of model.shapes) this.priors[shape.id * (MAX_SPAN + 1) + shape.en] = shape.prior;
  }

  private pair(a: number, b: number): number {
    const k = b - this.pairLo[a];
    return k >= 0 && this.pairOffset[a] + k < this.pairOffset[a + 1] ? this.pairDots[this.pairOffset[a] + k] : 0;
  }

  private blockNorm2(units: Units, near: Float64Array[], start: number, span: number): number {
    let s = 0;
    for (let a = start; a < start + span; a++) {
      s += units.norms2[a];
      for (let d = 1; a + d < start + span; d++) s += 2 * near[d - 1][a];
    }
    return s;
  }

  /**
   * The lexical part of a link's cost. Each paragraph of the link is compared with the whole block on
   * the other side: it costs nothing when it is as similar as a typical true link, up to half of
   * `lexicalWeight` when it shares nothing, and nothing either when it has no feature found on the
   * other side at all (no evidence either way). Comparing each paragraph, not just the two blocks,
   * is what stops an unrelated line (boilerplate, a dropped paragraph) from hiding inside a 2-1 link.
   */
  private lexicalCost(i: number, j: number, di: number, dj: number): number {
    const idBlock = this.blockNorm2(this.id, this.idNear, i, di);
    const enBlock = this.blockNorm2(this.en, this.enNear, j, dj);
    if (idBlock <= 0 || enBlock <= 0) return 0;
    let cost = 0;
    for (let a = i; a < i + di; a++) {
      let dot = 0;
      for (let b = j; b < j + dj; b++) dot += this.pair(a, b);
      cost += this.memberCost(dot, this.id.norms2[a], enBlock);
    }
    for (let b = j; b < j + dj; b++) {
      let dot = 0;
      for (let a = i; a < i + di; a++) dot += this.pair(a, b);
      cost += this.memberCost(dot, this.en.norms2[b], idBlock);
    }
    return cost;
  }

  private memberCost(dot: number, member2: number, block2: number): number {
    if (member2 <= 0) return (this.model.lexicalWeight / 2) * this.model.lexicalThreshold * this.model.unmatchedMember;
    const norms = Math.sqrt(member2 * block2);
    const {lexicalWeight, lexicalThreshold} = this.model;
    // The fourth root: evidence should count, but a long paragraph is not four times as telling.
    const weight = (lexicalWeight / 2) * Math.sqrt(Math.sqrt(Math.min(MAX_EVIDENCE, norms / this.typicalNorm2)));
    return weight * (lexicalThreshold - Math.min(1, dot / norms / this.reference));
  }

  cost(i: number, j: number, di: number, dj: number): number {
    const model = this.model;
    const boiler = this.idBoiler[i + di] - this.idBoiler[i] + this.enBoiler[j + dj] - this.enBoiler[j];
    const paragraphs = this.idSizes[i + di] - this.idSizes[i] + this.enSizes[j + dj] - this.enSizes[j];
    const pinned = this.idPinned[i + di] - this.idPinned[i] + this.enPinned[j + dj] - this.enPinned[j];
    if (di === 0 || dj === 0) return model.skip * (paragraphs - pinned) - model.boilerplateBonus * boiler;
    let cost = model.boilerplateBonus * boiler + FORBIDDEN * pinned + this.priors[di * (MAX_SPAN + 1) + dj];
    const idChars = this.idChars[i + di] - this.idChars[i];
    const enChars = this.enChars[j + dj] - this.enChars[j];
    cost += model.lengthWeight * lengthCost(idChars, enChars, this.ratio, model.lengthVariance);
    cost += this.lexicalCost(i, j, di, dj);
    return cost;
  }
}
