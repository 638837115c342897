import {expect, test} from 'vitest';
import {bandAroundPath, fullBand} from './band';
import {cheapestPath, stepPosteriors, tabulateCosts, type Shape, type StepCost} from './search';

const shapes: Shape[] = [
  {di: 1, dj: 0},
  {di: 0, dj: 1},
  {di: 1, dj: 1},
  {di: 2, dj: 1},
  {di: 1, dj: 2},
];

/** Links on the diagonal are cheap, except that units 2 and 3 of the first side belong together. */
const costs: StepCost = {
  cost(i, j, di, dj) {
    if (di === 0 || dj === 0) return 3;
    if (di === 2 && dj === 1) return i === 2 && j === 2 ? 0.5 : 10;
    if (di === 1 && dj === 1) return (i < 2 && i === j) || (i === 4 && j === 3) ? 0.1 : 8;
    return 10;
  },
};

test('the cheapest path takes the cheap merge and the diagonal', () => {
  const table = tabulateCosts(fullBand(5, 4), shapes, costs);
  const path = cheapestPath(table);
  expect(path.map((s) => [s.i, s.j, s.di, s.dj])).toEqual([
    [0, 0, 1, 1],
    [1, 1, 1, 1],
    [2, 2, 2, 1],
    [4, 3, 1, 1],
  ]);
  const scores = stepPosteriors(table, path, 1);
  for (const p of scores) expect(p).toBeGreaterThan(0.9);
  // A softer temperature admits the alternatives and lowers confidence.
  expect(Math.min(...stepPosteriors(table, path, 20))).toBeLessThan(0.9);
});

test('a band around a coarse path contains that path and stays narrow', () => {
  // A coarse path through groups of 4 units, as multiscale.ts projects it.
  const corners = Array.from({length: 26}, (_, k) => ({i: Math.min(100, 4 * k), j: Math.min(80, Math.round(3.2 * k))}));
  const band = bandAroundPath(100, 80, corners, 2);
  for (let i = 0; i <= 100; i++) {
    const j = Math.round(0.8 * i);
    expect(band.lo[i]).toBeLessThanOrEqual(j);
    expect(band.hi[i]).toBeGreaterThanOrEqual(j);
    if (i > 0) expect(band.lo[i]).toBeGreaterThanOrEqual(band.lo[i - 1]);
  }
  expect(band.lo[0]).toBe(0);
  expect(band.hi[100]).toBe(80);
  expect(band.offset[101]).toBeLessThan(101 * 15);
});
