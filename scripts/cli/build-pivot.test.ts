import {describe, expect, it} from 'vitest';
import {pivot} from './build-pivot';

describe('pivot', () => {
  it('counts each language once per gloss, and keeps only Indonesian words and two-word phrases', () => {
    const table = pivot([
      {
        xId: new Map([
          ['ovi', ['pintu']],
          ['portti', ['pintu', 'gerbang']],
          ['lause', ['kalimat yang panjang sekali']],
        ]),
        xEn: new Map([
          ['ovi', ['door']],
          ['portti', ['gate', 'door']],
          ['lause', ['sentence']],
        ]),
      },
      {xId: new Map([['drzwi', ['pintu']]]), xEn: new Map([['drzwi', ['door', 'a door of the kind that opens']]])},
    ]);
    expect([...table.keys()].sort()).toEqual(['gerbang', 'pintu']);
    expect(Object.fromEntries(table.get('pintu')!)).toEqual({door: 2, gate: 1});
  });
});
