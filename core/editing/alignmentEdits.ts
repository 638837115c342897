// The editor's operations on an aligned text, as pure functions from the current links (and the few
// paragraphs an operation needs) to a Change. Rows the editor reshapes become confirmed: a person
// has decided them, so re-aligning the rest must keep them.
import type {Lang, LinkState} from '../vocabulary';
import {checkLinks, diffLinks, shiftLink, type Change, type ParagraphState} from './alignmentChange';

export type Operation =
  | {kind: 'merge'; row: number}
  | {kind: 'split'; row: number; idCount: number; enCount: number}
  | {kind: 'moveUp'; row: number; side: Lang}
  | {kind: 'moveDown'; row: number; side: Lang}
  | {kind: 'detach'; row: number; side: Lang; end: 'first' | 'last'}
  | {kind: 'confirm'; row: number}
  | {kind: 'confirmThrough'; row: number}
  | {kind: 'editParagraph'; lang: Lang; position: number; body: string}
  | {kind: 'splitParagraph'; lang: Lang; position: number; offset: number}
  | {kind: 'joinParagraphs'; lang: Lang; position: number};

export interface EditContext {
  links: LinkState[];
  counts: Record<Lang, number>;
  /** The paragraphs a text operation names (the server loads only those). */
  paragraph: (lang: Lang, position: number) => ParagraphState | undefined;
}

export type Planned = {ok: true; change: Change} | {ok: false; error: 'invalidOperation' | 'nothingToDo'};

const start = (l: LinkState, s: Lang) => (s === 'id' ? l.idStart : l.enStart);
const end = (l: LinkState, s: Lang) => (s === 'id' ? l.idEnd : l.enEnd);
const withRange = (l: LinkState, s: Lang, a: number, b: number): LinkState =>
  s === 'id' ? {...l, idStart: a, idEnd: b} : {...l, enStart: a, enEnd: b};
const decided = (l: LinkState): LinkState => ({...l, score: 1, status: 'confirmed'});
const isEmpty = (l: LinkState) => l.idStart === l.idEnd && l.enStart === l.enEnd;
// What is left of a row after a paragraph leaves it is a pairing nobody has judged yet: its
// confirmation no longer holds, and the server scores it again (server/editor/operations.ts).
const undecided = (l: LinkState): LinkState => ({...l, status: 'automatic'});
const other = (s: Lang): Lang => (s === 'id' ? 'en' : 'id');

/** The links after a structural operation, or null when it does not apply to that row. */
function reshape(links: LinkState[], op: Operation): LinkState[] | null {
  const next = [...links];
  if (!('row' in op) || !Number.isInteger(op.row) || op.row < 0 || op.row >= links.length) return null;
  const r = op.row;
  const row = links[r];
  switch (op.kind) {
    case 'merge': {
      if (r + 1 >= links.length) return null;
      next.splice(r, 2, decided({...row, idEnd: links[r + 1].idEnd, enEnd: links[r + 1].enEnd}));
      return next;
    }
    case 'split': {
      const {idCount, enCount} = op;
      const idLen = row.idEnd - row.idStart;
      const enLen = row.enEnd - row.enStart;
      if (idCount < 0 || enCount < 0 || idCount > idLen || enCount > enLen) return null;
      if (idCount + enCount === 0 || idCount + enCount === idLen + enLen) return null;
      const first = decided({...row, idEnd: row.idStart + idCount, enEnd: row.enStart + enCount});
      next.splice(r, 1, first, decided({...row, idStart: first.idEnd, enStart: first.enEnd}));
      return next;
    }
    case 'moveUp':
    case 'moveDown': {
      const s = op.side;
      const up = op.kind === 'moveUp';
      const neighbour = up ? r - 1 : r + 1;
      if (neighbour < 0 || neighbour >= links.length || start(row, s) === end(row, s)) return null;
      const n = links[neighbour];
      const moved = up
        ? withRange(row, s, start(row, s) + 1, end(row, s))
        : withRange(row, s, start(row, s), end(row, s) - 1);
      next[neighbour] = decided(
        up ? withRange(n, s, start(n, s), end(n, s) + 1) : withRange(n, s, start(n, s) - 1, end(n, s)),
      );
      if (isEmpty(moved)) next.splice(r, 1);
      else next[r] = decided(moved);
      return next;
    }
    case 'detach': {
      const s = op.side;
      const o = other(s);
      if (end(row, s) - start(row, s) === 0 || (end(row, o) - start(row, o) === 0 && end(row, s) - start(row, s) === 1))
        return null;
      if (op.end === 'first') {
        const alone = decided(
          withRange(withRange(row, s, start(row, s), start(row, s) + 1), o, start(row, o), start(row, o)),
        );
        const rest = undecided(withRange(row, s, start(row, s) + 1, end(row, s)));
        next.splice(r, 1, alone, ...(isEmpty(rest) ? [] : [rest]));
      } else {
        const alone = decided(withRange(withRange(row, s, end(row, s) - 1, end(row, s)), o, end(row, o), end(row, o)));
        const rest = undecided(withRange(row, s, start(row, s), end(row, s) - 1));
        next.splice(r, 1, ...(isEmpty(rest) ? [] : [rest]), alone);
      }
      return next;
    }
    case 'confirm':
      next[r] = {...row, status: 'confirmed'};
      return next;
    case 'confirmThrough':
      for (let i = 0; i <= r; i++) next[i] = {...links[i], status: 'confirmed'};
      return next;
    default:
      return null;
  }
}

/** Text operations change paragraphs; the links stretch or shrink around them. */
function rewrite(ctx: EditContext, op: Extract<Operation, {lang: Lang}>): Change | null {
  const {lang, position} = op;
  const current = ctx.paragraph(lang, position);
  if (!current || !Number.isInteger(position) || position < 0 || position >= ctx.counts[lang]) return null;
  // Fixing a machine draft makes it post-edited; the original text stays the original.
  const provenance = current.provenance === 'machine' ? 'postedited' : current.provenance;
  const edited = (body: string): ParagraphState => ({body, provenance});
  if (op.kind === 'editParagraph') {
    const body = op.body.trim();
    if (!body || body === current.body) return null;
    return {paragraphs: {lang, at: position, removed: [current], inserted: [edited(body)]}};
  }
  // The link that holds the paragraph: links tile the version, so exactly one does.
  const holder = ctx.links.findIndex((l) => start(l, lang) <= position && position < end(l, lang));
  if (op.kind === 'splitParagraph') {
    const head = current.body.slice(0, op.offset).trim();
    const tail = current.body.slice(op.offset).trim();
    if (!head || !tail) return null;
    const links = ctx.links.map((l, i) =>
      i === holder ? withRange(l, lang, start(l, lang), end(l, lang) + 1) : i > holder ? shiftLink(l, lang, 1) : l,
    );
    return {
      paragraphs: {lang, at: position, removed: [current], inserted: [edited(head), edited(tail)]},
      links: holder < 0 ? undefined : diffLinks(ctx.links, links, {lang, delta: 1}),
    };
  }
  const following = ctx.paragraph(lang, position + 1);
  if (!following) return null;
  const joined = edited(`${current.body} ${following.body}`);
  let links = ctx.links;
  const second = ctx.links.findIndex((l) => start(l, lang) <= position + 1 && position + 1 < end(l, lang));
  if (second >= 0) {
    // The second paragraph's link loses it (and disappears if that leaves it empty); later links move up.
    const l = ctx.links[second];
    const shrunk = withRange(l, lang, start(l, lang), end(l, lang) - 1);
    links = ctx.links.map((x, i) => (i === second ? shrunk : i > second ? shiftLink(x, lang, -1) : x));
    if (isEmpty(shrunk)) links.splice(second, 1);
  }
  return {
    paragraphs: {lang, at: position, removed: [current, following], inserted: [joined]},
    links: ctx.links.length ? diffLinks(ctx.links, links, {lang, delta: -1}) : undefined,
  };
}

export function planOperation(ctx: EditContext, op: Operation): Planned {
  let change: Change | null;
  if ('lang' in op) {
    change = rewrite(ctx, op);
  } else {
    const links = reshape(ctx.links, op);
    const splice = links && diffLinks(ctx.links, links, null);
    if (links && checkLinks(links, ctx.counts)) return {ok: false, error: 'invalidOperation'};
    change = links ? (splice ? {links: splice} : {}) : null;
  }
  if (!change) return {ok: false, error: 'invalidOperation'};
  if (!change.links && !change.paragraphs) return {ok: false, error: 'nothingToDo'};
  return {ok: true, change};
}

/** Rows [offset, offset + links.length) of a text: all an operation looks at, so the server loads only these. */
export interface LinkWindow {
  offset: number;
  links: LinkState[];
  counts?: Record<Lang, number>;
}

/**
 * planOperation on a window of the links rather than all of them. The window is moved to start at
 * row 0 and paragraph 0, planned there, and the change moved back. The window must hold every row
 * the operation touches (the row and its neighbours; for a text operation, the rows holding the
 * paragraph and the next one); `counts` is needed only when the text has no links at all.
 */
export function planInWindow(window: LinkWindow, paragraph: EditContext['paragraph'], op: Operation): Planned {
  const first = window.links[0];
  const last = window.links.at(-1);
  const base: Record<Lang, number> = first ? {id: first.idStart, en: first.enStart} : {id: 0, en: 0};
  const counts = last ? {id: last.idEnd - base.id, en: last.enEnd - base.en} : (window.counts ?? {id: 0, en: 0});
  const move = (l: LinkState, sign: 1 | -1): LinkState => ({
    ...l,
    idStart: l.idStart + sign * base.id,
    idEnd: l.idEnd + sign * base.id,
    enStart: l.enStart + sign * base.en,
    enEnd: l.enEnd + sign * base.en,
  });
  const local = (
    'lang' in op ? {...op, position: op.position - base[op.lang]} : {...op, row: op.row - window.offset}
  ) as Operation;
  const planned = planOperation(
    {links: window.links.map((l) => move(l, -1)), counts, paragraph: (lang, p) => paragraph(lang, p + base[lang])},
    local,
  );
  if (!planned.ok) return planned;
  const {links, paragraphs, status} = planned.change;
  return {
    ok: true,
    change: {
      ...(links && {
        links: {
          at: links.at + window.offset,
          removed: links.removed.map((l) => move(l, 1)),
          inserted: links.inserted.map((l) => move(l, 1)),
        },
      }),
      ...(paragraphs && {paragraphs: {...paragraphs, at: paragraphs.at + base[paragraphs.lang]}}),
      ...(status && {status}),
    },
  };
}

export type RowAligner = (id: string[], en: string[]) => {id: number[]; en: number[]; score: number}[];

/** Where re-aligning starts: after the last confirmed row, whose paragraphs and those before it stay. */
export function realignStart(links: LinkState[]): Record<Lang, number> {
  const last = links.findLast((l) => l.status === 'confirmed');
  return {id: last?.idEnd ?? 0, en: last?.enEnd ?? 0};
}

/**
 * Re-aligns every paragraph after the last confirmed row; confirmed rows and those before them stay.
 * `tail` holds the paragraphs from realignStart(links) on, all the server needs to read.
 */
/** Score differences below this are arithmetic, not evidence: scores are shown as whole percentages. */
const SCORE_NOISE = 1e-6;

export function planRealign(links: LinkState[], tail: Record<Lang, string[]>, align: RowAligner): Planned {
  const last = links.findLastIndex((l) => l.status === 'confirmed');
  const {id: idFrom, en: enFrom} = realignStart(links);
  const runs = align(tail.id, tail.en);
  let id = idFrom;
  let en = enFrom;
  const realigned: LinkState[] = runs.map((run) => {
    const idStart = run.id.length ? idFrom + run.id[0] : id;
    const enStart = run.en.length ? enFrom + run.en[0] : en;
    id = idStart + run.id.length;
    en = enStart + run.en.length;
    return {idStart, idEnd: id, enStart, enEnd: en, score: run.score, status: 'automatic'};
  });
  // A row the aligner draws as before keeps its stored score when the new one differs only by
  // rounding (the same lattice, summed from another start): re-aligning then rewrites and sends only
  // what moved, not every row after the cursor.
  const before = new Map(links.slice(last + 1).map((l) => [`${l.idStart}:${l.idEnd}:${l.enStart}:${l.enEnd}`, l]));
  const settled = realigned.map((l) => {
    const old = before.get(`${l.idStart}:${l.idEnd}:${l.enStart}:${l.enEnd}`);
    return old && old.status === l.status && Math.abs(old.score - l.score) < SCORE_NOISE ? old : l;
  });
  const next = [...links.slice(0, last + 1), ...settled];
  if (checkLinks(next, {id: idFrom + tail.id.length, en: enFrom + tail.en.length}))
    return {ok: false, error: 'invalidOperation'};
  const splice = diffLinks(links, next, null);
  return splice ? {ok: true, change: {links: splice}} : {ok: false, error: 'nothingToDo'};
}
