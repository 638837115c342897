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
