// Alignment error rate (Och & Ney 2003) with precision over possible links and recall over sure ones.
// S ⊆ P by convention: the possible set given here may list only the P-only links; both are joined.

export interface AerCounts {
  proposed: number;
  sure: number;
  /** |A ∩ S| */
  hitSure: number;
  /** |A ∩ P| with P = S ∪ possible */
  hitPossible: number;
}

export function countAer(
  proposed: ReadonlySet<string>,
  sure: ReadonlySet<string>,
  possibleOnly: ReadonlySet<string>,
): AerCounts {
  let hitSure = 0;
  let hitPossible = 0;
  for (const link of proposed) {
    if (sure.has(link)) hitSure++;
    if (sure.has(link) || possibleOnly.has(link)) hitPossible++;
  }
  return {proposed: proposed.size, sure: sure.size, hitSure, hitPossible};
}

export const NO_COUNTS: AerCounts = {proposed: 0, sure: 0, hitSure: 0, hitPossible: 0};

export function aerFigures(c: AerCounts): {aer: number; precision: number; recall: number} {
  const total = c.proposed + c.sure;
  return {
    aer: total === 0 ? 0 : 1 - (c.hitSure + c.hitPossible) / total,
    precision: c.proposed === 0 ? 1 : c.hitPossible / c.proposed,
    recall: c.sure === 0 ? 1 : c.hitSure / c.sure,
  };
}

/** "0-1 2-3" → {"0-1", "2-3"}; malformed items are an error in the caller's file. */
export function parsePharaoh(field: string): Set<string> {
  const out = new Set<string>();
  for (const item of field.split(/\s+/).filter(Boolean)) {
    if (!/^\d+-\d+$/.test(item)) throw new Error(`malformed link "${item}"`);
    out.add(item);
  }
  return out;
}
