// The cost of one link: a prior for its shape, the Gale–Church length term and the lexical term
// (similarity.ts), or a skip cost for an unlinked unit.
import type {Band} from './band';
import {lengthCost} from './lengths';
import type {ModelParameters} from './model';
import type {StepCost} from './search';
import {isolation, LexicalCosts, MAX_SPAN} from './similarity';
import type {Units} from './units';
import type {DotScratch} from './vectors';

/** A cost that no path pays while another exists; finite so that sums stay comparable. */
const FORBIDDEN = 1e9;
const HOPELESS = 10;

function prefixSums(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) out[k + 1] = out[k] + values[k];
  return out;
}

export class LinkCosts implements StepCost {
  private readonly lexical: LexicalCosts;
  private readonly idChars: Float64Array;
  private readonly enChars: Float64Array;
  /** Prefix sums of how much each unit's look (boilerplate) speaks against linking it. */
  private readonly idUnlinkable: Float64Array;
  private readonly enUnlinkable: Float64Array;
  /** Prefix sums of how much cheaper leaving each unit unlinked is because nothing near it is similar. */
  private readonly idIsolated: Float64Array;
  private readonly enIsolated: Float64Array;
  private readonly idSizes: Float64Array;
  private readonly enSizes: Float64Array;
  private readonly idPinned: Float64Array;
  private readonly enPinned: Float64Array;
  private readonly priors = new Float64Array((MAX_SPAN + 1) * (MAX_SPAN + 1));
  // The model's numbers, copied out of the object for the innermost loop.
  private readonly skip: number;
  private readonly lengthWeight: number;
  private readonly lengthVariance: number;

  constructor(
    id: Units,
    en: Units,
    band: Band,
    model: ModelParameters,
    private readonly ratio: number,
    scratch: DotScratch,
  ) {
    this.lexical = new LexicalCosts(id, en, band, model, scratch);
    this.idChars = prefixSums(id.lengths);
    this.enChars = prefixSums(en.lengths);
    // Boilerplate is cheap to leave unlinked and dear to link. A paragraph (not a group) that matches
    // nothing near it is cheap to leave unlinked too; making it dear to link as well split weakly
    // translated headings into 1-0 and 0-1 in long documents.
    const fine = id.sizes[0] === 1 && en.sizes[0] === 1;
    const isolated = (units: Units, best: Float64Array) =>
      fine
        ? isolation(best, units.norms2, this.lexical.reference, model.isolationThreshold).map(
            (x) => model.isolationBonus * x,
          )
        : new Float64Array(units.norms2.length);
    this.idUnlinkable = prefixSums(id.boilerplate.map((b) => model.boilerplateBonus * b));
    this.enUnlinkable = prefixSums(en.boilerplate.map((b) => model.boilerplateBonus * b));
    this.idIsolated = prefixSums(isolated(id, this.lexical.idBest));
    this.enIsolated = prefixSums(isolated(en, this.lexical.enBest));
    this.idSizes = prefixSums(id.sizes);
    this.enSizes = prefixSums(en.sizes);
    this.idPinned = prefixSums(id.pinned);
    this.enPinned = prefixSums(en.pinned);
    for (const shape of model.shapes) this.priors[shape.id * (MAX_SPAN + 1) + shape.en] = shape.prior;
    this.skip = model.skip;
    this.lengthWeight = model.lengthWeight;
    this.lengthVariance = model.lengthVariance;
  }

  cost(i: number, j: number, di: number, dj: number): number {
    const unlinkable =
      this.idUnlinkable[i + di] - this.idUnlinkable[i] + this.enUnlinkable[j + dj] - this.enUnlinkable[j];
    const paragraphs = this.idSizes[i + di] - this.idSizes[i] + this.enSizes[j + dj] - this.enSizes[j];
    const pinned = this.idPinned[i + di] - this.idPinned[i] + this.enPinned[j + dj] - this.enPinned[j];
    const isolated = this.idIsolated[i + di] - this.idIsolated[i] + this.enIsolated[j + dj] - this.enIsolated[j];
    const skipAll = this.skip * (paragraphs - pinned) - unlinkable - isolated;
    if (di === 0 || dj === 0) return skipAll;
    let cost = unlinkable + FORBIDDEN * pinned + this.priors[di * (MAX_SPAN + 1) + dj];
    const idChars = this.idChars[i + di] - this.idChars[i];
    const enChars = this.enChars[j + dj] - this.enChars[j];
    cost += this.lengthWeight * lengthCost(idChars, enChars, this.ratio, this.lengthVariance);
    // The lexical term lowers a link's cost by less than a point per paragraph: a link already far
    // dearer than leaving its paragraphs unlinked can be neither chosen nor a real rival, so its exact
    // cost does not matter.
    if (cost > skipAll + HOPELESS) return cost;
    return cost + this.lexical.cost(i, j, di, dj);
  }
}
