// The units being aligned: paragraphs, sentences, or groups of consecutive paragraphs at a coarse
// level of the search, each with what the link costs need to know about it.
import {squaredNorm, type SparseVector, type VectorSum} from './vectors';

export interface Units {
  vectors: readonly SparseVector[];
  norms2: Float64Array;
  lengths: Float64Array;
  /** Paragraphs per unit: 1, or the group size at a coarse level. */
  sizes: Float64Array;
  /** How boilerplate-like each unit is, 0..1. */
  boilerplate: Float64Array;
  /** 1 for a paragraph an editor confirmed as having no counterpart. */
  pinned: Float64Array;
}

export function sliceUnits(u: Units, start: number, end: number): Units {
  return {
    vectors: u.vectors.slice(start, end),
    norms2: u.norms2.subarray(start, end),
    lengths: u.lengths.subarray(start, end),
    sizes: u.sizes.subarray(start, end),
    boilerplate: u.boilerplate.subarray(start, end),
    pinned: u.pinned.subarray(start, end),
  };
}

/** Consecutive groups of `size` units, for a coarser level of the search. */
export function groupUnits(units: Units, size: number, sum: VectorSum): Units {
  const count = Math.ceil(units.vectors.length / size);
  const vectors = [];
  const lengths = new Float64Array(count);
  const sizes = new Float64Array(count);
  for (let g = 0; g < count; g++) {
    const end = Math.min(units.vectors.length, (g + 1) * size);
    for (let a = g * size; a < end; a++) {
      sum.add(units.vectors[a]);
      lengths[g] += units.lengths[a];
      sizes[g] += units.sizes[a];
    }
    vectors.push(sum.take());
  }
  // Boilerplate and pins change the cost of linking one paragraph, which a group hides: coarse levels ignore them.
  const none = new Float64Array(count);
  return {vectors, norms2: Float64Array.from(vectors, squaredNorm), lengths, sizes, boilerplate: none, pinned: none};
}
