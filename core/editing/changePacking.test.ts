import type {LinkState} from '../vocabulary';
import {expect, test} from 'vitest';
import type {Change} from './alignmentChange';
import {packChange, unpackChange} from './changePacking';

/** `n` links tiling both sides from (id, en), with sizes, scores and statuses drawn from `random`. */
function links(n: number, id: number, en: number, random: () => number): LinkState[] {
  return Array.from({length: n}, () => {
    const idLen = Math.floor(random() * 3);
    const enLen = idLen === 0 ? 1 + Math.floor(random() * 2) : Math.floor(random() * 3);
    const link: LinkState = {
      idStart: id,
      idEnd: id + idLen,
      enStart: en,
      enEnd: en + enLen,
      score: random(),
      status: random() < 0.5 ? 'automatic' : 'confirmed',
    };
    id = link.idEnd;
    en = link.enEnd;
    return link;
  });
}

function seeded(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

test('a packed change unpacks to the same change, whatever its links', () => {
  const random = seeded(7);
  for (let k = 0; k < 200; k++) {
    const removed = links(Math.floor(random() * 30), 5, 3, random);
    const inserted =
      random() < 0.3
        ? removed.map((l) => ({...l, status: 'confirmed' as const}))
        : links(Math.floor(random() * 30), 5, 3, random);
    const change: Change = {
      links: {at: k, removed, inserted},
      ...(random() < 0.3 && {
        paragraphs: {lang: 'id' as const, at: 2, removed: [{body: 'a', provenance: 'original' as const}], inserted: []},
      }),
      ...(random() < 0.2 && {status: {from: 'draft' as const, to: 'review' as const}}),
    };
    expect(unpackChange(JSON.parse(JSON.stringify(packChange(change))))).toEqual(change);
  }
});

test('links that do not tile are stored as they are', () => {
  const odd: LinkState[] = [
    {idStart: 0, idEnd: 1, enStart: 0, enEnd: 1, score: 0.5, status: 'automatic'},
    {idStart: 4, idEnd: 5, enStart: 1, enEnd: 2, score: 0.5, status: 'automatic'},
  ];
  const change: Change = {links: {at: 0, removed: odd, inserted: []}};
  expect(unpackChange(JSON.parse(JSON.stringify(packChange(change))))).toEqual(change);
});

test('revisions stored before packing still read', () => {
  const legacy: Change = {
    links: {
      at: 1,
      removed: [{idStart: 1, idEnd: 2, enStart: 1, enEnd: 2, score: 0.4, status: 'automatic'}],
      inserted: [],
    },
    status: {from: 'review', to: 'published'},
  };
  expect(unpackChange(JSON.parse(JSON.stringify(legacy)))).toEqual(legacy);
});

test('confirming a thousand rows stores a small fraction of the plain change', () => {
  const removed = links(1000, 0, 0, seeded(3)).map((l) => ({...l, status: 'automatic' as const}));
  const change: Change = {
    links: {at: 0, removed, inserted: removed.map((l) => ({...l, status: 'confirmed' as const}))},
  };
  const plain = JSON.stringify(change).length;
  const packed = JSON.stringify(packChange(change)).length;
  expect(packed).toBeLessThan(plain / 4);
});
