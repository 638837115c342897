// The lexical part of a link's cost, from a table of unit-pair dot products over the band: a block is
// the sum of its units' vectors, so the similarity of any two blocks (a 2-2 link: four look-ups) needs
// no vector arithmetic during the search.
import type {Band} from './band';
import type {ModelParameters} from './model';
import type {Units} from './units';
import type {DotScratch} from './vectors';

/** Widest block on either side of a link. */
export const MAX_SPAN = 3;
/** Evidence beyond four typical paragraphs' worth adds no weight (long merged blocks would drown the other terms). */
const MAX_EVIDENCE = 4;

function neighbourDots(units: Units, scratch: DotScratch): Float64Array[] {
  const n = units.vectors.length;
  const out = [new Float64Array(n), new Float64Array(n)];
  for (let a = 0; a < n; a++) {
    scratch.load(units.vectors[a]);
    for (let d = 1; d < MAX_SPAN && a + d < n; d++) out[d - 1][a] = scratch.dot(units.vectors[a + d]);
  }
  return out;
}

/** Squared norm of each block of up to MAX_SPAN consecutive units, from their norms and neighbours' dot products. */
function blockNorms(units: Units, near: Float64Array[]): Float64Array[] {
  const n = units.norms2.length;
  return Array.from({length: MAX_SPAN}, (_, d) => {
    const out = new Float64Array(n);
    for (let start = 0; start + d < n; start++) {
      let s = 0;
      for (let a = start; a <= start + d; a++) {
        s += units.norms2[a];
        for (let k = 1; a + k <= start + d; k++) s += 2 * near[k - 1][a];
      }
      out[start] = s;
    }
    return out;
  });
}

export class LexicalCosts {
  private readonly pairLo: Int32Array;
  private readonly pairOffset: Int32Array;
  private readonly pairDots: Float64Array;
  /** Squared norm of each block of units: [span − 1][start]. */
  private readonly idBlocks: Float64Array[];
  private readonly enBlocks: Float64Array[];
  readonly idBest: Float64Array;
  readonly enBest: Float64Array;
  /** Typical cosine of a true link in this document, so that the lexical term means the same with or without a dictionary. */
  readonly reference: number;
  /** Median squared norm of a unit: what a typical paragraph's evidence weighs. */
  private readonly typicalNorm2: number;
  private readonly memberWeight: number;
  private readonly threshold: number;
  private readonly unmatchedCost: number;

  constructor(
    private readonly id: Units,
    private readonly en: Units,
    band: Band,
    model: ModelParameters,
    scratch: DotScratch,
  ) {
    const n = id.vectors.length;
    const m = en.vectors.length;
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
    // The best cosine of each unit with any unit of the other side that the band lets it meet.
    this.idBest = new Float64Array(n);
    this.enBest = new Float64Array(m);
    for (let a = 0; a < n; a++) {
      scratch.load(id.vectors[a]);
      for (let b = this.pairLo[a]; b <= pairHi[a]; b++) {
        const d = scratch.dot(en.vectors[b]);
        this.pairDots[this.pairOffset[a] + b - this.pairLo[a]] = d;
        if (d <= 0) continue;
        const cos = d / Math.sqrt(id.norms2[a] * en.norms2[b]);
        if (cos > this.idBest[a]) this.idBest[a] = cos;
        if (cos > this.enBest[b]) this.enBest[b] = cos;
      }
    }
    const best = this.idBest.filter((_, a) => id.norms2[a] > 0).sort();
    this.reference = Math.max(0.05, best.length ? best[best.length >> 1] : 0);
    this.idBlocks = blockNorms(id, neighbourDots(id, scratch));
    this.enBlocks = blockNorms(en, neighbourDots(en, scratch));
    this.memberWeight = model.lexicalWeight / 2;
    this.threshold = model.lexicalThreshold;
    this.unmatchedCost = this.memberWeight * model.lexicalThreshold * model.unmatchedMember;
  }

  private pair(a: number, b: number): number {
    const k = b - this.pairLo[a];
    return k >= 0 && this.pairOffset[a] + k < this.pairOffset[a + 1] ? this.pairDots[this.pairOffset[a] + k] : 0;
  }

  /**
   * The lexical cost of linking [i, i + di) with [j, j + dj). Each paragraph of the link is compared
   * with the whole block on the other side: it costs nothing when it is as similar as a typical true
   * link and up to half of `lexicalWeight` when it shares nothing; one with no feature found anywhere
   * on the other side pays a fixed share. Comparing each paragraph, not just the two blocks, is what
   * stops an unrelated line (boilerplate, a dropped paragraph) from hiding inside a 2-1 link. Two
   * blocks of which one has no feature at all are no evidence either way.
   */
  cost(i: number, j: number, di: number, dj: number): number {
    const idBlock = this.idBlocks[di - 1][i];
    const enBlock = this.enBlocks[dj - 1][j];
    if (idBlock <= 0 || enBlock <= 0) return 0;
    // The commonest link, 1-1: both paragraphs are compared with each other, at the same cost.
    if (di === 1 && dj === 1) return 2 * this.memberCost(this.pair(i, j), idBlock, enBlock);
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
    if (member2 <= 0) return this.unmatchedCost;
    const norms = Math.sqrt(member2 * block2);
    // The fourth root: evidence should count, but a long paragraph is not four times as telling.
    const weight = this.memberWeight * Math.sqrt(Math.sqrt(Math.min(MAX_EVIDENCE, norms / this.typicalNorm2)));
    return weight * (this.threshold - Math.min(1, dot / norms / this.reference));
  }
}

/**
 * How clearly a unit matches nothing it could be linked with, 0..1: 1 when its best similarity is
 * zero, 0 from `threshold` × the typical true link's up. A unit without any feature shared with the
 * other side is no evidence either way (0): treating it as isolated cost accuracy on every set tried.
 */
export function isolation(
  best: Float64Array,
  norms2: Float64Array,
  reference: number,
  threshold: number,
): Float64Array {
  return best.map((b, k) => (norms2[k] > 0 ? Math.max(0, 1 - b / (threshold * reference)) : 0));
}
