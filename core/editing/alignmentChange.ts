// A change to an aligned text as a pair of splices — one on the alignment links, one on the
// paragraphs of one language — so that the server touches only the affected rows, the browser
// applies the same change to its copy, and undo is the same change turned around.
import type {Lang, LinkState} from '../vocabulary';
import type {PartialDoc} from './partialDoc';

export type {LinkState, LinkStatus} from '../vocabulary';
export type Provenance = 'original' | 'human' | 'machine' | 'postedited';
export type TextStatus = 'draft' | 'review' | 'published';

export interface ParagraphState {
  body: string;
  provenance: Provenance;
  /** A heading's level; left out for every other block, which the editor shows as plain paragraphs. */
  heading?: number;
}
export interface Splice<T> {
  at: number;
  removed: T[];
  inserted: T[];
}

export interface Change {
  links?: Splice<LinkState>;
  /** Paragraphs [at, at + removed.length) of one language replaced; later ones move by the difference. */
  paragraphs?: Splice<ParagraphState> & {lang: Lang};
  status?: {from: TextStatus; to: TextStatus};
}

/**
 * A change as the editor's page receives it: what it replaces is only counted, since the page holds
 * those rows already. Re-aligning a thousand rows sends half the data.
 */
export interface CountedSplice<T> {
  at: number;
  removed: number;
  inserted: T[];
}
export interface PageChange {
  links?: CountedSplice<LinkState>;
  paragraphs?: CountedSplice<ParagraphState> & {lang: Lang};
  status?: Change['status'];
}

export function changeForPage(change: Change): PageChange {
  const count = <T>(s: Splice<T>): CountedSplice<T> => ({at: s.at, removed: s.removed.length, inserted: s.inserted});
  return {
    ...(change.links && {links: count(change.links)}),
    ...(change.paragraphs && {paragraphs: {...count(change.paragraphs), lang: change.paragraphs.lang}}),
    ...(change.status && {status: change.status}),
  };
}

export interface AlignedDoc {
  links: LinkState[];
  paragraphs: Record<Lang, ParagraphState[]>;
}

const removedCount = (s: {removed: unknown[] | number}) =>
  typeof s.removed === 'number' ? s.removed : s.removed.length;

export function paragraphDelta(change: Change | PageChange): {lang: Lang; delta: number} | null {
  const p = change.paragraphs;
  return p ? {lang: p.lang, delta: p.inserted.length - removedCount(p)} : null;
}

export function shiftLink(link: LinkState, lang: Lang, delta: number): LinkState {
  if (delta === 0) return link;
  return lang === 'id'
    ? {...link, idStart: link.idStart + delta, idEnd: link.idEnd + delta}
    : {...link, enStart: link.enStart + delta, enEnd: link.enEnd + delta};
}

export function sameLink(a: LinkState, b: LinkState): boolean {
  return (
    a.idStart === b.idStart &&
    a.idEnd === b.idEnd &&
    a.enStart === b.enStart &&
    a.enEnd === b.enEnd &&
    a.score === b.score &&
    a.status === b.status
  );
}

/** The smallest splice that turns `before` into `after`, given that paragraphs after the edit moved. */
export function diffLinks(
  before: LinkState[],
  after: LinkState[],
  shift: {lang: Lang; delta: number} | null,
): Splice<LinkState> | undefined {
  let start = 0;
  while (start < before.length && start < after.length && sameLink(before[start], after[start])) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (
    endBefore > start &&
    endAfter > start &&
    sameLink(
      shift ? shiftLink(before[endBefore - 1], shift.lang, shift.delta) : before[endBefore - 1],
      after[endAfter - 1],
    )
  ) {
    endBefore--;
    endAfter--;
  }
  if (start === endBefore && start === endAfter) return undefined;
  return {at: start, removed: before.slice(start, endBefore), inserted: after.slice(start, endAfter)};
}

export function invertChange(change: Change): Change {
  const flip = <T>(s: Splice<T>): Splice<T> => ({at: s.at, removed: s.inserted, inserted: s.removed});
  return {
    ...(change.links && {links: flip(change.links)}),
    ...(change.paragraphs && {paragraphs: {...flip(change.paragraphs), lang: change.paragraphs.lang}}),
    ...(change.status && {status: {from: change.status.to, to: change.status.from}}),
  };
}

/**
 * Applies a change to an in-memory copy (the browser's, and the tests'): the server does the same in
 * SQL. A copy with paragraphs not loaded yet keeps those holes where they move to.
 */
export function applyChange(doc: AlignedDoc, change: Change | PageChange): AlignedDoc;
export function applyChange(doc: PartialDoc, change: Change | PageChange): PartialDoc;
export function applyChange(doc: PartialDoc, change: Change | PageChange): PartialDoc {
  let {links} = doc;
  const paragraphs = {...doc.paragraphs};
  const shift = paragraphDelta(change);
  if (change.paragraphs) {
    const {lang, at, inserted} = change.paragraphs;
    paragraphs[lang] = [
      ...paragraphs[lang].slice(0, at),
      ...inserted,
      ...paragraphs[lang].slice(at + removedCount(change.paragraphs)),
    ];
  }
  const splice = change.links ?? {at: links.length, removed: 0, inserted: []};
  if (change.links || shift) {
    const tail = links
      .slice(splice.at + removedCount(splice))
      .map((l) => (shift ? shiftLink(l, shift.lang, shift.delta) : l));
    links = [...links.slice(0, splice.at), ...splice.inserted, ...tail];
  }
  return {links, paragraphs};
}

/** Links must tile both versions in order: every paragraph in exactly one link, none empty on both sides. */
export function checkLinks(links: LinkState[], counts: Record<Lang, number>): string | null {
  let id = 0;
  let en = 0;
  for (const [i, l] of links.entries()) {
    if (l.idStart !== id || l.enStart !== en) return `link ${i} does not start where the previous one ended`;
    if (l.idEnd < l.idStart || l.enEnd < l.enStart) return `link ${i} has a negative range`;
    if (l.idEnd === l.idStart && l.enEnd === l.enStart) return `link ${i} is empty`;
    id = l.idEnd;
    en = l.enEnd;
  }
  if (id !== counts.id || en !== counts.en) return 'the links do not cover every paragraph';
  return null;
}
