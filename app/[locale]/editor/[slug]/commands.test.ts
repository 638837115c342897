import type {LinkState} from '@/core/vocabulary';
import {expect, test} from 'vitest';
import type {AlignedDoc} from '@/core/editing/alignmentChange';
import {type CommandState, outcomeOf} from './commands';

const p = (body: string) => ({body, provenance: 'original' as const});
const link = (idStart: number, idEnd: number, enStart: number, enEnd: number, status = 'automatic'): LinkState =>
  ({idStart, idEnd, enStart, enEnd, score: 0.9, status}) as LinkState;
const doc: AlignedDoc = {
  paragraphs: {id: [p('a'), p('b'), p('c')], en: [p('A'), p('B'), p('C')]},
  links: [link(0, 1, 0, 1, 'confirmed'), link(1, 3, 1, 2), link(3, 3, 2, 3)],
} as AlignedDoc;
const state = (over: Partial<CommandState> = {}): CommandState => ({
  doc,
  rows: doc.links,
  cursor: {row: 0, side: 'id', index: 0},
  status: 'draft',
  usableMatches: 0,
  ...over,
});

test('moves stay inside the grid', () => {
  expect(outcomeOf('prevRow', state())).toEqual({kind: 'cursor', cursor: {row: 0, side: 'id', index: 0}});
  expect(outcomeOf('lastRow', state())).toEqual({kind: 'cursor', cursor: {row: 2, side: 'id', index: 0}});
  expect(outcomeOf('sideEn', state())).toMatchObject({cursor: {side: 'en'}});
});

test('operations that cannot act say why, and the others become requests', () => {
  expect(outcomeOf('merge', state({cursor: {row: 2, side: 'id', index: 0}}))).toEqual({
    kind: 'say',
    key: 'cannotMergeLast',
  });
  expect(outcomeOf('merge', state())).toEqual({kind: 'edit', request: {kind: 'merge', row: 0}});
  expect(outcomeOf('confirm', state())).toEqual({kind: 'say', key: 'alreadyConfirmed', values: {row: 1}});
  expect(outcomeOf('edit', state({cursor: {row: 2, side: 'id', index: 0}}))).toEqual({kind: 'say', key: 'emptySide'});
  expect(outcomeOf('detach', state({cursor: {row: 1, side: 'id', index: 1}}))).toEqual({
    kind: 'edit',
    request: {kind: 'detach', row: 1, side: 'id', end: 'last'},
  });
  expect(outcomeOf('next', state())).toEqual({kind: 'cursor', cursor: {row: 1, side: 'id', index: 0}});
  expect(outcomeOf('status', state({status: 'published'}))).toEqual({kind: 'say', key: 'alreadyPublished'});
});

test('a text in one language refuses alignment commands; a missing match leaves the key to the browser', () => {
  const single = {...doc, links: []} as AlignedDoc;
  const rows = [link(0, 1, 0, 0)];
  expect(outcomeOf('merge', state({doc: single, rows}))).toEqual({kind: 'say', key: 'oneLanguage'});
  expect(outcomeOf('useMatch2', state({usableMatches: 1}))).toEqual({kind: 'pass'});
  expect(outcomeOf('useMatch1', state({usableMatches: 1}))).toEqual({kind: 'useMatch', match: 0});
});

test('a paragraph of a chapter still loading cannot be opened yet; row operations need no paragraphs', () => {
  const loading = {...doc, paragraphs: {id: [p('a'), null, null], en: [p('A'), null, p('C')]}};
  const at = (row: number) => state({doc: loading, cursor: {row, side: 'id', index: 0}});
  expect(outcomeOf('edit', at(1))).toEqual({kind: 'say', key: 'loading'});
  expect(outcomeOf('edit', at(0))).toEqual({kind: 'mode', mode: 'edit'});
  expect(outcomeOf('merge', at(1))).toEqual({kind: 'edit', request: {kind: 'merge', row: 1}});
  expect(outcomeOf('join', at(1))).toEqual({kind: 'edit', request: {kind: 'joinParagraphs', lang: 'id', position: 1}});
});
