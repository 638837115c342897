// Sparse weighted feature vectors. A block of paragraphs is the sum of its paragraphs' vectors, so the
// similarity of any block pair follows from paragraph dot products (see costs.ts).

export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export const EMPTY_VECTOR: SparseVector = {ids: new Int32Array(0), weights: new Float64Array(0)};

export function squaredNorm(v: SparseVector): number {
  let s = 0;
  for (let k = 0; k < v.weights.length; k++) s += v.weights[k] * v.weights[k];
  return s;
}

/** Sums sparse vectors through a dense scratch array (a Map per group was the slowest part of coarsening). */
export class VectorSum {
  private readonly dense: Float64Array;
  private readonly touched: number[] = [];

  constructor(dimensions: number) {
    this.dense = new Float64Array(dimensions);
  }

  add(v: SparseVector): void {
    for (let k = 0; k < v.ids.length; k++) {
      if (this.dense[v.ids[k]] === 0) this.touched.push(v.ids[k]);
      this.dense[v.ids[k]] += v.weights[k];
    }
  }

  /** The sum so far; resets the sum to zero. */
  take(): SparseVector {
    const ids = Int32Array.from(this.touched);
    const weights = new Float64Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      weights[k] = this.dense[ids[k]];
      this.dense[ids[k]] = 0;
    }
    this.touched.length = 0;
    return {ids, weights};
  }
}

/**
 * Dot products of one vector against many, through a dense scratch array: one pass over each
 * partner instead of a sorted merge, which is what keeps the band's pair table cheap.
 */
export class DotScratch {
  private readonly dense: Float64Array;
  private loaded: SparseVector = EMPTY_VECTOR;

  constructor(dimensions: number) {
    this.dense = new Float64Array(dimensions);
  }

  load(v: SparseVector): void {
    for (let k = 0; k < this.loaded.ids.length; k++) this.dense[this.loaded.ids[k]] = 0;
    for (let k = 0; k < v.ids.length; k++) this.dense[v.ids[k]] = v.weights[k];
    this.loaded = v;
  }

  dot(v: SparseVector): number {
    let s = 0;
    for (let k = 0; k < v.ids.length; k++) s += this.dense[v.ids[k]] * v.weights[k];
    return s;
  }
}
