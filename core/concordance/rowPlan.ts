// What an edit means for a text's concordance pairs: each row of the text now is matched with a row
// its pairs were built from (by the hash of what the row was built from, in order), so that the pairs
// of an unchanged row are kept (renumbered when rows before it were merged or split), the pairs of rows
// that are gone are dropped, and only new or changed rows are built.

export interface StoredPair {
  id: number;
  row: number | null;
  /** null: stored before rows were hashed, never matched */
  rowHash: string | null;
}

export interface RowPlan {
  /** kept pairs whose row number changes: ids[k] moves to rows[k] */
  renumber: {ids: number[]; rows: number[]};
  /** pairs of rows that are no longer there */
  drop: number[];
  /** rows (indices into the text's rows now) whose pairs are to be built */
  build: number[];
  /** pairs kept as they are or renumbered */
  kept: number;
}

export function planRows(stored: readonly StoredPair[], hashes: readonly string[]): RowPlan {
  const rows = new Map<number, {hash: string | null; ids: number[]}>();
  const plan: RowPlan = {renumber: {ids: [], rows: []}, drop: [], build: [], kept: 0};
  for (const pair of stored) {
    if (pair.row === null) {
      plan.drop.push(pair.id);
      continue;
    }
    const row = rows.get(pair.row) ?? {hash: pair.rowHash, ids: []};
    rows.set(pair.row, row);
    // A row's pairs share one hash; one that does not (never written so) makes the whole row unmatched.
    if (row.hash !== pair.rowHash) row.hash = null;
    row.ids.push(pair.id);
  }
  const byHash = new Map<string, number[]>();
  for (const [number, {hash}] of [...rows].sort((a, b) => a[0] - b[0])) {
    if (hash === null) continue;
    const list = byHash.get(hash);
    if (list) list.push(number);
    else byHash.set(hash, [number]);
  }
  const matched = new Set<number>();
  hashes.forEach((hash, k) => {
    const old = byHash.get(hash)?.shift();
    if (old === undefined) {
      plan.build.push(k);
      return;
    }
    matched.add(old);
    const {ids} = rows.get(old)!;
    plan.kept += ids.length;
    if (old !== k)
      for (const id of ids) {
        plan.renumber.ids.push(id);
        plan.renumber.rows.push(k);
      }
  });
  for (const [number, {ids}] of rows) if (!matched.has(number)) plan.drop.push(...ids);
  return plan;
}

/** A stored pair of a row the plan builds anew: what it holds, as `contentKey` puts it. */
export interface StoredContent {
  id: number;
  row: number;
  content: string;
}

/** What a pair holds: its two sentences and its links. */
export const contentKey = (pair: {idText: string; enText: string; links: string}) =>
  `${pair.idText}\u0000${pair.enText}\u0000${pair.links}`;

export interface Rehash {
  /** stored pairs kept as they are, under their row's new hash */
  ids: number[];
  hashes: string[];
}

/**
 * Rows the plan builds anew whose pairs came out exactly as stored at the same row number (a retrained
 * model or a confirmed term that moved none of their links): their stored pairs stay, under the row's
 * new hash, instead of being dropped and written again. Retraining the model changes every row's hash;
 * rewriting all 16,000 pairs of the shipped word book took PGlite 35 s (December 8). `built[k]` holds
 * the contents of row `plan.build[k]` as built now; the caller vouches that the stored pairs' terms were
 * named as they would be now. Returns the plan without those rows, and which of `built` still go in.
 */
export function keepUnchanged(
  plan: RowPlan,
  stored: readonly StoredContent[],
  built: readonly (readonly string[])[],
  hashes: readonly string[],
): {plan: RowPlan; rehash: Rehash; insert: boolean[]} {
  const dropping = new Set(plan.drop);
  const building = new Set(plan.build);
  const byRow = new Map<number, StoredContent[]>();
  for (const pair of [...stored].sort((a, b) => a.id - b.id)) {
    if (!dropping.has(pair.id) || !building.has(pair.row)) continue;
    const list = byRow.get(pair.row);
    if (list) list.push(pair);
    else byRow.set(pair.row, [pair]);
  }
  const rehash: Rehash = {ids: [], hashes: []};
  const kept = new Set<number>();
  const insert = plan.build.map((row, k) => {
    const before = byRow.get(row) ?? [];
    const now = built[k]!;
    if (!now.length || before.length !== now.length || before.some((p, j) => p.content !== now[j])) return true;
    for (const p of before) {
      kept.add(p.id);
      rehash.ids.push(p.id);
      rehash.hashes.push(hashes[row]!);
    }
    return false;
  });
  return {
    plan: {
      renumber: plan.renumber,
      drop: plan.drop.filter((id) => !kept.has(id)),
      build: plan.build.filter((_, k) => insert[k]),
      kept: plan.kept + kept.size,
    },
    rehash,
    insert,
  };
}
