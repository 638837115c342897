// Re-aligning one chapter (rows [from, to)) of a long text: only the rows after the chapter's last
// confirmed row change, the rest of the text keeps its links, and the aligner reads only the
// paragraphs of those rows.
//
// Example: rows 10–19 are chapter 2 and row 13 is confirmed: rows 14–19 are re-aligned from their
// paragraphs, rows 0–13 and 20 on stay as they are, whatever the aligner would have done across them.
import type {Lang, LinkState} from '../vocabulary';
import {checkLinks, diffLinks} from './alignmentChange';
import type {Planned, RowAligner} from './alignmentEdits';

/** The first row re-aligned and the paragraphs [from, to) of each language that it reads, or null if none. */
export function realignRangeSpan(
  links: LinkState[],
  from: number,
  to: number,
): {row: number; id: [number, number]; en: [number, number]} | null {
  if (from < 0 || to > links.length || from >= to) return null;
  let row = from;
  for (let r = to - 1; r >= from; r--)
    if (links[r].status === 'confirmed') {
      row = r + 1;
      break;
    }
  if (row >= to) return null;
  const last = links[to - 1];
  return {row, id: [links[row].idStart, last.idEnd], en: [links[row].enStart, last.enEnd]};
}

/** `tail` holds the paragraphs realignRangeSpan names, in order. */
export function planRealignRange(
  links: LinkState[],
  from: number,
  to: number,
  tail: Record<Lang, string[]>,
  align: RowAligner,
): Planned {
  const span = realignRangeSpan(links, from, to);
  if (!span) return {ok: false, error: 'nothingToDo'};
  if (tail.id.length !== span.id[1] - span.id[0] || tail.en.length !== span.en[1] - span.en[0])
    return {ok: false, error: 'invalidOperation'};
  let id = span.id[0];
  let en = span.en[0];
  const realigned: LinkState[] = align(tail.id, tail.en).map((run) => {
    const idStart = run.id.length ? span.id[0] + run.id[0] : id;
    const enStart = run.en.length ? span.en[0] + run.en[0] : en;
    id = idStart + run.id.length;
    en = enStart + run.en.length;
    return {idStart, idEnd: id, enStart, enEnd: en, score: run.score, status: 'automatic'};
  });
  // A row drawn as before keeps its stored score, so that only what moved is rewritten and sent.
  const before = new Map(links.slice(span.row, to).map((l) => [`${l.idStart}:${l.idEnd}:${l.enStart}:${l.enEnd}`, l]));
  const settled = realigned.map((l) => before.get(`${l.idStart}:${l.idEnd}:${l.enStart}:${l.enEnd}`) ?? l);
  const next = [...links.slice(0, span.row), ...settled, ...links.slice(to)];
  const end = links.at(-1)!;
  if (checkLinks(next, {id: end.idEnd, en: end.enEnd})) return {ok: false, error: 'invalidOperation'};
  const splice = diffLinks(links, next, null);
  return splice ? {ok: true, change: {links: splice}} : {ok: false, error: 'nothingToDo'};
}
