import type {Run} from '../vocabulary';
// Strict and lax link F1, as the development set's score.py defines them, so the project's evaluation
// and its tests need no Python. Counts are kept per document and summed (micro average).

export interface LinkCounts {
  gold: number;
  pred: number;
  strictHits: number;
  laxPrecisionHits: number;
  laxRecallHits: number;
  goldLinked: number;
}

export const NO_COUNTS: LinkCounts = {
  gold: 0,
  pred: 0,
  strictHits: 0,
  laxPrecisionHits: 0,
  laxRecallHits: 0,
  goldLinked: 0,
};

const keyOf = (l: Run) => `${[...l.id].sort((a, b) => a - b).join(',')}=${[...l.en].sort((a, b) => a - b).join(',')}`;

/** How many links of `test` equal a link of `ref`, or (both sides non-empty) share an (id, en) pair with one. */
function laxHits(test: readonly Run[], ref: readonly Run[]): number {
  const exact = new Set(ref.map(keyOf));
  const pairs = new Set<string>();
  for (const l of ref) for (const x of l.id) for (const y of l.en) pairs.add(`${x}:${y}`);
  return test.filter((l) => exact.has(keyOf(l)) || l.id.some((x) => l.en.some((y) => pairs.has(`${x}:${y}`)))).length;
}

export function countLinks(gold: readonly Run[], pred: readonly Run[]): LinkCounts {
  const goldKeys = new Set(gold.map(keyOf));
  const linked = (ls: readonly Run[]) => ls.filter((l) => l.id.length > 0 && l.en.length > 0);
  return {
    gold: gold.length,
    pred: pred.length,
    strictHits: new Set(pred.map(keyOf).filter((k) => goldKeys.has(k))).size,
    laxPrecisionHits: laxHits(pred, gold),
    laxRecallHits: laxHits(linked(gold), linked(pred)),
    goldLinked: linked(gold).length,
  };
}

function f1(hitsP: number, nP: number, hitsR: number, nR: number): number {
  const p = nP ? hitsP / nP : 0;
  const r = nR ? hitsR / nR : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export function strictF1(c: LinkCounts): number {
  return f1(c.strictHits, c.pred, c.strictHits, c.gold);
}

export function laxF1(c: LinkCounts): number {
  return f1(c.laxPrecisionHits, c.pred, c.laxRecallHits, c.goldLinked);
}
