// Dynamic programming over a band of the alignment lattice: the cheapest monotonic path (Viterbi) and
// each of its links' posterior probability (forward–backward with a soft minimum). Link costs are
// computed once into a table that all passes share.
import {narrowBand, type Band} from './band';

/** A link between units [i, i + di) and [j, j + dj); di or dj may be 0 (an unlinked unit). */
export interface Step {
  i: number;
  j: number;
  di: number;
  dj: number;
}
export interface Shape {
  di: number;
  dj: number;
}

export interface StepCost {
  /** Cost of the link [i, i + di) × [j, j + dj); called only for links inside the band. */
  cost(i: number, j: number, di: number, dj: number): number;
}

function cell(band: Band, i: number, j: number): number {
  return i < 0 || j < 0 || j < band.lo[i] || j > band.hi[i] ? -1 : band.offset[i] + j - band.lo[i];
}

/** Cost of arriving at each cell by each shape (Infinity where the link would start outside the band). */
export interface CostTable {
  band: Band;
  shapes: readonly Shape[];
  costs: Float32Array;
}

export function tabulateCosts(band: Band, shapes: readonly Shape[], step: StepCost): CostTable {
  const {n, lo, hi, offset} = band;
  const S = shapes.length;
  const costs = new Float32Array(offset[n + 1] * S).fill(Infinity);
  for (let s = 0; s < S; s++) {
    const {di, dj} = shapes[s];
    // Links of this shape that start inside the band: from row i − di, columns lo..hi of that row.
    for (let i = di; i <= n; i++) {
      const from = Math.max(lo[i], lo[i - di] + dj);
      const to = Math.min(hi[i], hi[i - di] + dj);
      for (let j = from, at = (offset[i] + from - lo[i]) * S + s; j <= to; j++, at += S)
        costs[at] = step.cost(i - di, j - dj, di, dj);
    }
  }
  return {band, shapes, costs};
}

/** The cheapest path from (0, 0) to (n, m). */
export function cheapestPath({band, shapes, costs}: CostTable): Step[] {
  const {n, m, lo, hi, offset} = band;
  const total = offset[n + 1];
  const best = new Float64Array(total).fill(Infinity);
  const back = new Uint8Array(total);
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      const here = offset[i] + j - lo[i];
      for (let s = 0; s < shapes.length; s++) {
        const c = costs[here * shapes.length + s];
        if (c === Infinity) continue;
        const v = best[cell(band, i - shapes[s].di, j - shapes[s].dj)] + c;
        if (v < best[here]) {
          best[here] = v;
          back[here] = s;
        }
      }
    }
  }
  if (best[total - 1] === Infinity) throw new Error('alignment band does not reach its end');
  const steps: Step[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const {di, dj} = shapes[back[cell(band, i, j)]];
    i -= di;
    j -= dj;
    steps.push({i, j, di, dj});
  }
  return steps.reverse();
}

/** −T·log(e^(−a/T) + e^(−b/T)); terms more than 36·T apart change nothing in double precision. */
function softMin(a: number, b: number, temperature: number): number {
  const gap = Math.abs(a - b) / temperature;
  if (!(gap < 36)) return Math.min(a, b);
  return Math.min(a, b) - temperature * Math.log1p(Math.exp(-gap));
}

/**
 * The posterior probability of each step of `path` among all paths near it (within `radius` units),
 * where a path's weight is exp(−cost / temperature). A link that no cheap alternative competes with
 * scores near 1. Paths further away weigh nothing next to the cheapest one, and leaving them out
 * halves the work.
 */
export function stepPosteriors(
  {band: wide, shapes, costs}: CostTable,
  path: readonly Step[],
  temperature: number,
  radius = 1,
): number[] {
  const corners = path.map(({i, j}) => ({i, j}));
  corners.push({i: wide.n, j: wide.m});
  const band = narrowBand(wide, corners, radius);
  const {n, lo, hi, offset} = band;
  const total = offset[n + 1];
  const S = shapes.length;
  const shapeDi = shapes.map((x) => x.di);
  const shapeDj = shapes.map((x) => x.dj);
  const costAt = (i: number, j: number, s: number) => costs[(wide.offset[i] + j - wide.lo[i]) * S + s];
  /** Cell (i − di, j − dj) of the narrow band, or −1 outside it. */
  const from = (i: number, j: number, s: number) => {
    const pi = i - shapeDi[s];
    const pj = j - shapeDj[s];
    return pi < 0 || pj < lo[pi] || pj > hi[pi] ? -1 : offset[pi] + pj - lo[pi];
  };
  const forward = new Float64Array(total).fill(Infinity);
  const backward = new Float64Array(total).fill(Infinity);
  forward[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      const here = offset[i] + j - lo[i];
      const at = (wide.offset[i] + j - wide.lo[i]) * S;
      let acc = forward[here];
      for (let s = 0; s < S; s++) {
        const prev = from(i, j, s);
        const c = costs[at + s];
        if (prev >= 0 && c !== Infinity) acc = softMin(acc, forward[prev] + c, temperature);
      }
      forward[here] = acc;
    }
  }
  backward[total - 1] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i]; j >= lo[i]; j--) {
      const after = backward[offset[i] + j - lo[i]];
      if (after === Infinity) continue;
      const at = (wide.offset[i] + j - wide.lo[i]) * S;
      // Push this cell's backward cost to every cell a link could have started from.
      for (let s = 0; s < S; s++) {
        const prev = from(i, j, s);
        const c = costs[at + s];
        if (prev >= 0 && c !== Infinity) backward[prev] = softMin(backward[prev], after + c, temperature);
      }
    }
  }
  const all = forward[total - 1];
  return path.map(({i, j, di, dj}) => {
    const s = shapes.findIndex((x) => x.di === di && x.dj === dj);
    const through = forward[cell(band, i, j)] + costAt(i + di, j + dj, s) + backward[cell(band, i + di, j + dj)];
    return Math.min(1, Math.exp(-(through - all) / temperature));
  });
}
