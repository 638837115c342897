// An operation in words ("merge of rows 4–5"), for the editor's feedback line and the history page:
// a message key of the Operations namespace and its values, worked out from the change's splices.
import type {Lang} from '@/core/vocabulary';
import type {Change, PageChange, TextStatus} from '@/core/editing/alignmentChange';

/** What a change replaced and put in its place, counted; `before` rows were replaced by `after` ones. */
export interface ChangeShape {
  links?: {at: number; before: number; after: number};
  paragraphs?: {lang: Lang; at: number};
  status?: {from: TextStatus; to: TextStatus};
}

const OPERATIONS = new Set([
  'merge',
  'split',
  'moveUp',
  'moveDown',
  'detach',
  'confirm',
  'confirmThrough',
  'realign',
  'editParagraph',
  'splitParagraph',
  'joinParagraphs',
  'setStatus',
]);

const count = (n: number | unknown[]) => (typeof n === 'number' ? n : n.length);

/** The shape of a change as it was made; an undo's change is the operation turned around (`reversed`). */
export function shapeOf(change: Change | PageChange, reversed = false): ChangeShape {
  const links = change.links && {removed: count(change.links.removed), inserted: change.links.inserted.length};
  return {
    ...(change.links &&
      links && {
        links: {
          at: change.links.at,
          before: reversed ? links.inserted : links.removed,
          after: reversed ? links.removed : links.inserted,
        },
      }),
    ...(change.paragraphs && {paragraphs: {lang: change.paragraphs.lang, at: change.paragraphs.at}}),
    ...(change.status && {status: reversed ? {from: change.status.to, to: change.status.from} : change.status}),
  };
}

export type Description = {key: string; values: Record<string, string | number>};

/** Rows are counted from 1, as the page numbers them. */
export function describeOperation(operation: string, shape: ChangeShape): Description {
  if (!OPERATIONS.has(operation)) return {key: 'other', values: {}};
  const {links, paragraphs, status} = shape;
  const unknown = {key: 'other', values: {}};
  if (operation === 'setStatus') return status ? {key: operation, values: {from: status.from, to: status.to}} : unknown;
  if (paragraphs) {
    return {key: operation, values: {lang: paragraphs.lang, paragraph: paragraphs.at + 1, next: paragraphs.at + 2}};
  }
  if (!links) return unknown;
  const rows = Math.max(links.before, links.after, 1);
  return {key: operation, values: {from: links.at + 1, to: links.at + rows, count: Math.max(links.before, 1)}};
}
