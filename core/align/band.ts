// The cells of the alignment lattice that the search may visit: for each count i of Indonesian units
// consumed, a contiguous range of English counts j. A full band is quadratic; a band around a coarse
// path is linear in the document's length.

export interface Band {
  n: number;
  m: number;
  lo: Int32Array;
  hi: Int32Array;
  /** Index of cell (i, lo[i]) in a flat array; offset[n + 1] is the number of cells. */
  offset: Int32Array;
}

function withOffsets(n: number, m: number, lo: Int32Array, hi: Int32Array): Band {
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i] + (hi[i] - lo[i] + 1);
  return {n, m, lo, hi, offset};
}

export function fullBand(n: number, m: number): Band {
  return withOffsets(n, m, new Int32Array(n + 1), new Int32Array(n + 1).fill(m));
}

/** A corner of a coarse path, in fine units: the path passes through (i, j). */
export interface Corner {
  i: number;
  j: number;
}

/**
 * The band that contains every path staying within `radius` units (rows and columns) of the
 * rectangles between consecutive corners. Corners must run from (0, 0) to (n, m), non-decreasing.
 */
export function bandAroundPath(n: number, m: number, corners: readonly Corner[], radius: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1);
  for (let k = 0; k + 1 < corners.length; k++) {
    const a = corners[k];
    const b = corners[k + 1];
    for (let i = a.i; i <= b.i; i++) {
      if (a.j < lo[i]) lo[i] = a.j;
      if (b.j > hi[i]) hi[i] = b.j;
    }
  }
  // Make both edges non-decreasing, then widen by the radius in both directions.
  for (let i = n - 1; i >= 0; i--) if (lo[i + 1] < lo[i]) lo[i] = lo[i + 1];
  for (let i = 1; i <= n; i++) if (hi[i - 1] > hi[i]) hi[i] = hi[i - 1];
  const wideLo = new Int32Array(n + 1);
  const wideHi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    wideLo[i] = Math.max(0, lo[Math.max(0, i - radius)] - radius);
    wideHi[i] = Math.min(m, hi[Math.min(n, i + radius)] + radius);
  }
  wideLo[0] = 0;
  wideHi[n] = m;
  return withOffsets(n, m, wideLo, wideHi);
}

/** The part of `band` within `radius` of a path through it (the path's own links as corners). */
export function narrowBand(band: Band, corners: readonly Corner[], radius: number): Band {
  const around = bandAroundPath(band.n, band.m, corners, radius);
  for (let i = 0; i <= band.n; i++) {
    around.lo[i] = Math.max(around.lo[i], band.lo[i]);
    around.hi[i] = Math.min(around.hi[i], band.hi[i]);
  }
  return withOffsets(band.n, band.m, around.lo, around.hi);
}
