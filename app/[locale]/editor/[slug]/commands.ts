// What a command does to the editor, decided from the editor's state alone: move the cursor, open a
// dialog, send an operation, or say why it cannot act. The component carries the outcome out.
import type {Lang, LinkState} from '@/core/vocabulary';
import type {TextStatus} from '@/core/editing/alignmentChange';
import type {PartialDoc} from '@/core/editing/partialDoc';
import type {EditRequest} from '@/server/editor/operations';
import {type Command, ROW_COMMANDS} from './keymap';
import {first, LOW, len, nextStatus, other} from './rows';

export interface Cursor {
  row: number;
  side: Lang;
  index: number;
}

export interface CommandState {
  doc: PartialDoc;
  rows: LinkState[];
  cursor: Cursor;
  status: TextStatus;
  /** How many memory matches can be taken into the paragraph under the cursor (0 when none can). */
  usableMatches: number;
}

export type Outcome =
  | {kind: 'cursor'; cursor: Cursor}
  | {kind: 'mode'; mode: 'edit' | 'split'}
  | {kind: 'edit'; request: EditRequest}
  | {kind: 'undo'}
  | {kind: 'redo'}
  | {kind: 'useMatch'; match: number}
  | {kind: 'say'; key: string; values?: Record<string, number>}
  /** The key is not the editor's in this state: the browser keeps it. */
  | {kind: 'pass'};

export function outcomeOf(command: Command, {doc, rows, cursor, status, usableMatches}: CommandState): Outcome {
  const row = rows[Math.min(cursor.row, rows.length - 1)];
  if (!row) return {kind: 'pass'};
  const say = (key: string, values?: Record<string, number>): Outcome => ({kind: 'say', key, values});
  const edit = (request: EditRequest): Outcome => ({kind: 'edit', request});
  const go = (r: number): Outcome => ({
    kind: 'cursor',
    cursor: {...cursor, row: Math.max(0, Math.min(rows.length - 1, r)), index: 0},
  });
  const side = cursor.side;
  const last = rows.length - 1;
  const position = first(row, side) + Math.min(cursor.index, Math.max(0, len(row, side) - 1));
  if (doc.links.length === 0 && ROW_COMMANDS.has(command)) return say('oneLanguage');
  switch (command) {
    case 'prevRow':
      return go(cursor.row - 1);
    case 'nextRow':
      return go(cursor.row + 1);
    case 'firstRow':
      return go(0);
    case 'lastRow':
      return go(last);
    case 'sideId':
    case 'sideEn':
      return {kind: 'cursor', cursor: {...cursor, side: command === 'sideId' ? 'id' : 'en', index: 0}};
    case 'prevParagraph':
      return {kind: 'cursor', cursor: {...cursor, index: Math.max(0, cursor.index - 1)}};
    case 'nextParagraph':
      return {kind: 'cursor', cursor: {...cursor, index: Math.min(cursor.index + 1, Math.max(0, len(row, side) - 1))}};
    case 'merge':
      return cursor.row >= last ? say('cannotMergeLast') : edit({kind: 'merge', row: cursor.row});
    case 'split':
      return len(row, 'id') + len(row, 'en') < 2 ? say('cannotSplit') : {kind: 'mode', mode: 'split'};
    case 'moveUp':
    case 'moveDown':
      if (len(row, side) === 0) return say('emptySide');
      if (command === 'moveUp' && cursor.row === 0) return say('cannotMoveUp');
      if (command === 'moveDown' && cursor.row >= last) return say('cannotMoveDown');
      return edit({kind: command, row: cursor.row, side});
    case 'detach': {
      if (len(row, side) === 0) return say('emptySide');
      if (len(row, other(side)) === 0 && len(row, side) === 1) return say('cannotDetach');
      const end = cursor.index > 0 && cursor.index >= len(row, side) - 1 ? 'last' : 'first';
      return edit({kind: 'detach', row: cursor.row, side, end});
    }
    case 'confirm':
      return row.status === 'confirmed'
        ? say('alreadyConfirmed', {row: cursor.row + 1})
        : edit({kind: 'confirm', row: cursor.row});
    case 'confirmThrough':
      return edit({kind: 'confirmThrough', row: cursor.row});
    case 'next': {
      const found = doc.links.findIndex((l, i) => i > cursor.row && (l.status !== 'confirmed' || l.score < LOW));
      return found >= 0 ? go(found) : say('noneLeft');
    }
    case 'realign':
      return edit({kind: 'realign'});
    case 'edit':
      if (len(row, side) === 0) return say('emptySide');
      return doc.paragraphs[side][position] ? {kind: 'mode', mode: 'edit'} : say('loading');
    case 'join':
      if (len(row, side) === 0) return say('emptySide');
      if (position >= doc.paragraphs[side].length - 1) return say('noNextParagraph');
      return edit({kind: 'joinParagraphs', lang: side, position});
    case 'status': {
      const next = nextStatus[status];
      return next ? edit({kind: 'setStatus', status: next}) : say('alreadyPublished');
    }
    case 'undo':
      return {kind: 'undo'};
    case 'redo':
      return {kind: 'redo'};
    case 'useMatch1':
    case 'useMatch2':
    case 'useMatch3': {
      const match = Number(command.at(-1)) - 1;
      return match < usableMatches ? {kind: 'useMatch', match} : {kind: 'pass'};
    }
  }
}
