import type {Lang, LinkState} from '../vocabulary';
import {describe, expect, test} from 'vitest';
import {applyChange, changeForPage, checkLinks, invertChange, type AlignedDoc} from './alignmentChange';
import {planInWindow, planOperation, planRealign, realignStart, type Operation} from './alignmentEdits';

const link = (
  id: [number, number],
  en: [number, number],
  status: LinkState['status'] = 'automatic',
  score = 0.9,
): LinkState => ({idStart: id[0], idEnd: id[1], enStart: en[0], enEnd: en[1], score, status});
const para = (text: string) => ({body: text, provenance: 'original' as const});

// Four Indonesian and four English paragraphs; the aligner paired id 1 with en 1 and id 2 with en 2,
// but Indonesian 1 and 2 together translate English 1, and English 2 has no counterpart... a 2-1 error.
function sample(): AlignedDoc {
  return {
    links: [
      link([0, 1], [0, 1]),
      link([1, 2], [1, 2], 'automatic', 0.3),
      link([2, 3], [2, 3], 'automatic', 0.2),
      link([3, 4], [3, 4]),
    ],
    paragraphs: {id: ['I0', 'I1', 'I2', 'I3'].map(para), en: ['E0', 'E1', 'E2', 'E3'].map(para)},
  };
}

function run(doc: AlignedDoc, op: Operation): AlignedDoc {
  const planned = planOperation(
    {
      links: doc.links,
      counts: {id: doc.paragraphs.id.length, en: doc.paragraphs.en.length},
      paragraph: (l, p) => doc.paragraphs[l][p],
    },
    op,
  );
  if (!planned.ok) throw new Error(planned.error);
  const after = applyChange(doc, planned.change);
  expect(checkLinks(after.links, {id: after.paragraphs.id.length, en: after.paragraphs.en.length})).toBeNull();
  // Undo restores exactly what was there.
  expect(applyChange(after, invertChange(planned.change))).toEqual(doc);
  // The page, which gets the replaced rows only counted, ends up with the same document.
  expect(applyChange(doc, changeForPage(planned.change))).toEqual(after);
  return after;
}

const shape = (doc: AlignedDoc) =>
  doc.links.map((l) => `${l.idStart}-${l.idEnd}:${l.enStart}-${l.enEnd}${l.status === 'confirmed' ? '!' : ''}`);

describe('structural operations', () => {
  test('merge a row with the next, then split it back with a chosen cut', () => {
    const merged = run(sample(), {kind: 'merge', row: 1});
    expect(shape(merged)).toEqual(['0-1:0-1', '1-3:1-3!', '3-4:3-4']);
    expect(shape(run(merged, {kind: 'split', row: 1, idCount: 2, enCount: 1}))).toEqual([
      '0-1:0-1',
      '1-3:1-2!',
      '3-3:2-3!',
      '3-4:3-4',
    ]);
  });

  test('moving a boundary paragraph up and down on one side', () => {
    expect(shape(run(sample(), {kind: 'moveUp', row: 2, side: 'id'}))).toEqual([
      '0-1:0-1',
      '1-3:1-2!',
      '3-3:2-3!',
      '3-4:3-4',
    ]);
    expect(shape(run(sample(), {kind: 'moveDown', row: 1, side: 'en'}))).toEqual([
      '0-1:0-1',
      '1-2:1-1!',
      '2-3:1-3!',
      '3-4:3-4',
    ]);
  });

  test('a row left empty by a move disappears', () => {
    const doc = run(sample(), {kind: 'moveUp', row: 2, side: 'id'});
    expect(shape(run(doc, {kind: 'moveUp', row: 2, side: 'en'}))).toEqual(['0-1:0-1', '1-3:1-3!', '3-4:3-4']);
  });

  test('marking a paragraph as having no counterpart: the rest of the row is no longer confirmed', () => {
    const merged = run(sample(), {kind: 'merge', row: 1});
    expect(shape(run(merged, {kind: 'detach', row: 1, side: 'en', end: 'last'}))).toEqual([
      '0-1:0-1',
      '1-3:1-2',
      '3-3:2-3!',
      '3-4:3-4',
    ]);
    expect(shape(run(merged, {kind: 'detach', row: 1, side: 'id', end: 'first'}))).toEqual([
      '0-1:0-1',
      '1-2:1-1!',
      '2-3:1-3',
      '3-4:3-4',
    ]);
  });

  test('confirming a row and everything above the cursor', () => {
    expect(shape(run(sample(), {kind: 'confirm', row: 2}))).toEqual(['0-1:0-1', '1-2:1-2', '2-3:2-3!', '3-4:3-4']);
    expect(shape(run(sample(), {kind: 'confirmThrough', row: 2}))).toEqual([
      '0-1:0-1!',
      '1-2:1-2!',
      '2-3:2-3!',
      '3-4:3-4',
    ]);
  });

  test('operations that do not apply are refused', () => {
    const ctx = {links: sample().links, counts: {id: 4, en: 4}, paragraph: () => undefined};
    expect(planOperation(ctx, {kind: 'merge', row: 3})).toEqual({ok: false, error: 'invalidOperation'});
    expect(planOperation(ctx, {kind: 'moveUp', row: 0, side: 'id'})).toEqual({ok: false, error: 'invalidOperation'});
    expect(planOperation(ctx, {kind: 'split', row: 0, idCount: 1, enCount: 1})).toEqual({
      ok: false,
      error: 'invalidOperation',
    });
    expect(planOperation(ctx, {kind: 'detach', row: 0, side: 'id', end: 'first'}).ok).toBe(true);
  });
});

describe('text operations', () => {
  test('editing a paragraph changes only that paragraph', () => {
    const doc = run(sample(), {kind: 'editParagraph', lang: 'en', position: 2, body: 'Fixed.'});
    expect(doc.paragraphs.en.map((p) => p.body)).toEqual(['E0', 'E1', 'Fixed.', 'E3']);
    expect(doc.links).toEqual(sample().links);
  });

  test('splitting a paragraph stretches its row and moves the rest down', () => {
    const doc = {...sample(), paragraphs: {...sample().paragraphs, id: ['I0', 'Satu. Dua.', 'I2', 'I3'].map(para)}};
    const after = run(doc, {kind: 'splitParagraph', lang: 'id', position: 1, offset: 5});
    expect(after.paragraphs.id.map((p) => p.body)).toEqual(['I0', 'Satu.', 'Dua.', 'I2', 'I3']);
    expect(shape(after)).toEqual(['0-1:0-1', '1-3:1-2', '3-4:2-3', '4-5:3-4']);
  });

  test('joining paragraphs across rows takes the second out of its row', () => {
    const after = run(sample(), {kind: 'joinParagraphs', lang: 'id', position: 1});
    expect(after.paragraphs.id.map((p) => p.body)).toEqual(['I0', 'I1 I2', 'I3']);
    expect(shape(after)).toEqual(['0-1:0-1', '1-2:1-2', '2-2:2-3', '2-3:3-4']);
  });

  test('machine drafts become post-edited when fixed', () => {
    const doc = sample();
    doc.paragraphs.en[1] = {body: 'E1', provenance: 'machine'};
    expect(run(doc, {kind: 'editParagraph', lang: 'en', position: 1, body: 'Better.'}).paragraphs.en[1]).toEqual({
      body: 'Better.',
      provenance: 'postedited',
    });
  });
});

test('re-aligning keeps confirmed rows and realigns only what follows the last one', () => {
  const doc = run(sample(), {kind: 'confirm', row: 1});
  const from = realignStart(doc.links);
  expect(from).toEqual({id: 2, en: 2});
  const tail = {
    id: doc.paragraphs.id.slice(from.id).map((p) => p.body),
    en: doc.paragraphs.en.slice(from.en).map((p) => p.body),
  };
  const planned = planRealign(doc.links, tail, (id, en) => {
    expect([id, en]).toEqual([
      ['I2', 'I3'],
      ['E2', 'E3'],
    ]);
    return [
      {id: [0, 1], en: [0], score: 0.7},
      {id: [], en: [1], score: 0.5},
    ];
  });
  if (!planned.ok) throw new Error(planned.error);
  expect(shape(applyChange(doc, planned.change))).toEqual(['0-1:0-1', '1-2:1-2!', '2-4:2-3', '4-4:3-4']);
  expect(planned.change.links?.at).toBe(2);
});

test('re-aligning leaves rows alone whose score moved only by rounding', () => {
  const doc = sample();
  const tail = {id: doc.paragraphs.id.map((p) => p.body), en: doc.paragraphs.en.map((p) => p.body)};
  // The same rows as stored, one score off by float noise, one row's score really changed.
  const planned = planRealign(doc.links, tail, () => [
    {id: [0], en: [0], score: 0.9 + 1e-12},
    {id: [1], en: [1], score: 0.3},
    {id: [2], en: [2], score: 0.25},
    {id: [3], en: [3], score: 0.9},
  ]);
  if (!planned.ok) throw new Error(planned.error);
  expect(planned.change.links).toEqual({at: 2, removed: [doc.links[2]], inserted: [{...doc.links[2], score: 0.25}]});
  expect(
    planRealign(doc.links, tail, () =>
      doc.links.map((_, k) => ({id: [k], en: [k], score: doc.links[k]!.score - 1e-9})),
    ),
  ).toEqual({ok: false, error: 'nothingToDo'});
});

test('planning on the window the server loads gives the same change as planning on the whole text', () => {
  // Rows of every shape, including one with nothing on the Indonesian side.
  const doc = run(run(sample(), {kind: 'merge', row: 1}), {kind: 'detach', row: 1, side: 'en', end: 'last'});
  const ctx = {
    links: doc.links,
    counts: {id: doc.paragraphs.id.length, en: doc.paragraphs.en.length},
    paragraph: (l: Lang, p: number) => doc.paragraphs[l][p],
  };
  const ops: Operation[] = [];
  for (let row = 0; row < doc.links.length; row++) {
    ops.push(
      {kind: 'merge', row},
      {kind: 'split', row, idCount: 1, enCount: 0},
      {kind: 'confirm', row},
      {kind: 'confirmThrough', row},
    );
    for (const side of ['id', 'en'] as const)
      ops.push(
        {kind: 'moveUp', row, side},
        {kind: 'moveDown', row, side},
        {kind: 'detach', row, side, end: 'first'},
        {kind: 'detach', row, side, end: 'last'},
      );
  }
  for (const lang of ['id', 'en'] as const) {
    for (let position = 0; position < doc.paragraphs[lang].length; position++)
      ops.push(
        {kind: 'joinParagraphs', lang, position},
        {kind: 'editParagraph', lang, position, body: 'Baru. New.'},
        {kind: 'splitParagraph', lang, position, offset: 1},
      );
  }
  for (const op of ops) {
    // The same window as server/editor/operations.ts: the row and its neighbours, or the rows around the paragraph.
    let from: number;
    let to: number;
    if ('row' in op) {
      const open = doc.links.findIndex((l, i) => i <= op.row && l.status !== 'confirmed');
      from = op.kind === 'confirmThrough' ? (open < 0 ? op.row : open) : Math.max(0, op.row - 1);
      to = op.row + 1;
    } else {
      const s = op.lang === 'id' ? 'idStart' : 'enStart';
      const e = op.lang === 'id' ? 'idEnd' : 'enEnd';
      const rows = doc.links.flatMap((l, i) => (l[s] <= op.position + 1 && l[e] >= op.position ? [i] : []));
      from = rows[0];
      to = rows.at(-1)!;
    }
    const window = {offset: from, links: doc.links.slice(from, to + 1)};
    expect(planInWindow(window, ctx.paragraph, op), JSON.stringify(op)).toEqual(planOperation(ctx, op));
  }
});
