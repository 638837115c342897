// Coarse-to-fine search: a long document is first aligned as groups of paragraphs, then paragraph by
// paragraph inside a narrow band around the coarse path. Each level costs time linear in its length,
// and the levels shrink geometrically, so a 50,000-paragraph document costs a few bands, not 2.5e9 cells.
import {bandAroundPath, fullBand, type Band, type Corner} from './band';
import {LinkCosts} from './costs';
import type {ModelParameters} from './model';
import {cheapestPath, stepPosteriors, tabulateCosts, type Shape, type Step} from './search';
import {groupUnits, type Units} from './units';
import type {DotScratch, VectorSum} from './vectors';

export interface SearchSettings {
  model: ModelParameters;
  /** Indonesian characters per English character. */
  ratio: number;
  /** Scratch space as wide as the feature space, shared by every level and stretch of one document. */
  scratch: {dots: DotScratch; sums: VectorSum};
  /** Lattices up to this many cells are searched whole. */
  fullCells: number;
  /** Units per group at the next coarser level. */
  groupSize: number;
  /** How far, in units, the fine path may stray from the coarse one. */
  radius: number;
}

export const DEFAULT_SEARCH = {fullCells: 20_000, groupSize: 4, radius: 3};
const COARSE_COST = 8;

export interface ScoredSteps {
  steps: Step[];
  scores: number[];
}

function shapesOf(model: ModelParameters): Shape[] {
  return [{di: 1, dj: 0}, {di: 0, dj: 1}, ...model.shapes.map((s) => ({di: s.id, dj: s.en}))];
}

function searchBand(id: Units, en: Units, settings: SearchSettings): Band {
  const n = id.vectors.length;
  const m = en.vectors.length;
  const size = settings.groupSize;
  // A coarse unit carries the features of many paragraphs, so a whole lattice of them costs more.
  const fullCells = id.sizes[0] > 1 ? settings.fullCells / COARSE_COST : settings.fullCells;
  if ((n + 1) * (m + 1) <= fullCells || Math.min(n, m) <= size) return fullBand(n, m);
  const coarse = alignUnits(
    groupUnits(id, size, settings.scratch.sums),
    groupUnits(en, size, settings.scratch.sums),
    settings,
    false,
  ).steps;
  const corners: Corner[] = coarse.map((s) => ({i: Math.min(n, s.i * size), j: Math.min(m, s.j * size)}));
  corners.push({i: n, j: m});
  return bandAroundPath(n, m, corners, settings.radius);
}

/** Aligns two unit sequences; scores (link posteriors) only when asked, as they double the work. */
export function alignUnits(id: Units, en: Units, settings: SearchSettings, withScores: boolean): ScoredSteps {
  const n = id.vectors.length;
  const m = en.vectors.length;
  if (n === 0 || m === 0) {
    const steps = [
      ...Array.from({length: n}, (_, i) => ({i, j: 0, di: 1, dj: 0})),
      ...Array.from({length: m}, (_, j) => ({i: 0, j, di: 0, dj: 1})),
    ];
    return {steps, scores: steps.map(() => 1)};
  }
  const band = searchBand(id, en, settings);
  const costs = new LinkCosts(id, en, band, settings.model, settings.ratio, settings.scratch.dots);
  const table = tabulateCosts(band, shapesOf(settings.model), costs);
  const steps = cheapestPath(table);
  const scores = withScores ? stepPosteriors(table, steps, settings.model.temperature) : [];
  return {steps, scores};
}
