import type {Run} from '../vocabulary';
// Links an editor confirmed. Two-sided anchors cut the document into independent stretches; one-sided
// anchors (a paragraph confirmed to have no counterpart) pin that paragraph as unlinked.

export interface Stretch {
  idStart: number;
  idEnd: number;
  enStart: number;
  enEnd: number;
}

function checkRun(indices: readonly number[], size: number, side: string): void {
  indices.forEach((x, k) => {
    if (!Number.isInteger(x) || x < 0 || x >= size)
      throw new RangeError(`anchor ${side} index ${x} is outside 0..${size - 1}`);
    if (k > 0 && x !== indices[k - 1] + 1)
      throw new RangeError(`anchor ${side} indices must be consecutive: ${indices.join(',')}`);
  });
}

/**
 * Checks the anchors (consecutive indices, in range, in document order, no paragraph twice) and
 * returns the two-sided ones sorted, which is what cuts the document.
 */
export function checkAnchors(anchors: readonly Run[], idCount: number, enCount: number): Run[] {
  const idUsed = new Set<number>();
  const enUsed = new Set<number>();
  for (const a of anchors) {
    if (a.id.length === 0 && a.en.length === 0) throw new RangeError('an anchor must name at least one paragraph');
    checkRun(a.id, idCount, 'id');
    checkRun(a.en, enCount, 'en');
    for (const x of a.id)
      if (idUsed.has(x) || !idUsed.add(x)) throw new RangeError(`id paragraph ${x} is in two anchors`);
    for (const y of a.en)
      if (enUsed.has(y) || !enUsed.add(y)) throw new RangeError(`en paragraph ${y} is in two anchors`);
  }
  const cuts = anchors.filter((a) => a.id.length > 0 && a.en.length > 0).sort((a, b) => a.id[0] - b.id[0]);
  for (let k = 1; k < cuts.length; k++) {
    if (cuts[k].en[0] <= cuts[k - 1].en[cuts[k - 1].en.length - 1]) throw new RangeError('anchors cross each other');
  }
  return cuts;
}

/** The stretches between consecutive two-sided anchors (and the document's ends), possibly empty. */
export function stretchesBetween(cuts: readonly Run[], idCount: number, enCount: number): Stretch[] {
  const out: Stretch[] = [];
  let idStart = 0;
  let enStart = 0;
  for (const cut of cuts) {
    out.push({idStart, idEnd: cut.id[0], enStart, enEnd: cut.en[0]});
    idStart = cut.id[cut.id.length - 1] + 1;
    enStart = cut.en[cut.en.length - 1] + 1;
  }
  out.push({idStart, idEnd: idCount, enStart, enEnd: enCount});
  return out;
}
