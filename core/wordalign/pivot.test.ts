import {describe, expect, it} from 'vitest';
import {PIVOT_AGREED, PIVOT_SINGLE, type PivotGlosses, pivotGlosses} from './pivot';

const pivot: PivotGlosses = {gigil: 'shiver|2;quiver|1', pintu: 'door|3;port|1'};

describe('pivotGlosses', () => {
  it('gives a word the lexicon lacks every gloss, agreed ones weighing more', () => {
    expect(pivotGlosses(pivot, 'gigil', null, false)).toEqual([
      ['shiver', PIVOT_AGREED],
      ['quiver', PIVOT_SINGLE],
    ]);
  });

  it('gives a word the lexicon knows only the glosses two languages agree on', () => {
    expect(pivotGlosses(pivot, 'pintu', 'pintu', true)).toEqual([['door', PIVOT_AGREED]]);
  });

  it("reads a derived word's root, the lexicon's or the one morphology finds", () => {
    expect(pivotGlosses(pivot, 'pintunya', 'pintu', true)).toEqual([['door', PIVOT_AGREED]]);
    expect(pivotGlosses(pivot, 'menggigil', null, false).map(([g]) => g)).toEqual(['shiver', 'quiver']);
  });

  it('gives nothing for a word neither knows', () => {
    expect(pivotGlosses(pivot, 'kerontang', null, false)).toEqual([]);
  });
});
