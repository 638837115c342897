// Every editor operation in one transaction (editTransaction.ts): plan the change (core), write it,
// and store it as a Revision, so that it can be undone and redone (history.ts). Nothing here knows about Next: actions, route handlers, tests and the
// benchmark call these functions with the acting user.
import type {Lang, LinkState} from '../../core/vocabulary';
import type {Change, ParagraphState, TextStatus} from '../../core/editing/alignmentChange';
import {packChange} from '../../core/editing/changePacking';
import {
  planInWindow,
  planRealign,
  realignStart,
  type LinkWindow,
  type Operation,
  type RowAligner,
} from '../../core/editing/alignmentEdits';
import type {Actor} from '../../core/accounts/roles';
import type {PrismaClient} from '../generated/prisma/client';
import {writeChange} from './changes';
import {type EditResult, inEditTransaction, type Locked, Refusal, type Tx} from './editTransaction';

export type EditRequest = Operation | {kind: 'realign'} | {kind: 'setStatus'; status: TextStatus};

/** Links [from, to] of the text, in order: as one JSON value, since a confirmThrough or re-align reads a thousand. */
async function loadLinks(tx: Tx, textId: string, from = 0, to = 2 ** 31 - 1): Promise<LinkState[]> {
  const [row] = await tx.$queryRaw<{links: [number, number, number, number, number, string][] | null}[]>`
    SELECT json_agg(json_build_array("idStart", "idEnd", "enStart", "enEnd", score, status) ORDER BY position) AS links
    FROM "AlignmentLink" WHERE "textId" = ${textId} AND position >= ${Math.max(0, from)} AND position <= ${to}`;
  return (row?.links ?? []).map(([idStart, idEnd, enStart, enEnd, score, status]) => ({
    idStart,
    idEnd,
    enStart,
    enEnd,
    score,
    status: status as LinkState['status'],
  }));
}

/** The rows an operation looks at, never the whole text: a 1,000-paragraph text costs what a short one does. */
async function loadWindow(tx: Tx, textId: string, op: Operation): Promise<LinkWindow> {
  if ('row' in op) {
    let from = op.row - 1;
    if (op.kind === 'confirmThrough') {
      // Rows already confirmed stay as they are: the window starts at the first one that is not.
      const open = await tx.alignmentLink.findFirst({
        where: {textId, status: 'automatic', position: {lte: op.row}},
        orderBy: {position: 'asc'},
        select: {position: true},
      });
      from = open?.position ?? op.row;
    }
    from = Math.max(0, from);
    return {offset: from, links: await loadLinks(tx, textId, from, op.row + 1)};
  }
  // The rows holding the paragraph and the next one, and any between them with nothing on this side.
  const [start, end] = op.lang === 'id' ? (['idStart', 'idEnd'] as const) : (['enStart', 'enEnd'] as const);
  const span = await tx.alignmentLink.aggregate({
    where: {textId, [start]: {lte: op.position + 1}, [end]: {gte: op.position}},
    _min: {position: true},
    _max: {position: true},
  });
  if (span._min.position !== null && span._max.position !== null) {
    return {offset: span._min.position, links: await loadLinks(tx, textId, span._min.position, span._max.position)};
  }
  // A text in one language has no links: its paragraphs are edited on their own.
  const counts = {id: 0, en: 0};
  const counted = await tx.paragraph.groupBy({by: ['lang'], where: {version: {textId}}, _count: {_all: true}});
  for (const c of counted) counts[c.lang] = c._count._all;
  return {offset: 0, links: [], counts};
}

async function planWithin(tx: Tx, text: Locked, request: EditRequest, align: RowAligner): Promise<Change> {
  if (request.kind === 'setStatus') {
    if (request.status === text.status) throw new Refusal('nothingToDo');
    return {status: {from: text.status, to: request.status}};
  }
  if (request.kind === 'realign') {
    // The aligner needs every paragraph after the last confirmed row, and nothing before it.
    const links = await loadLinks(tx, text.id);
    if (!links.length || !text.versions.id || !text.versions.en) throw new Refusal('invalidOperation');
    const from = realignStart(links);
    // json_agg: one value that JSON.parse reads at native speed, where a thousand rows or a text[]
    // literal are decoded value by value in JavaScript.
    const [tail] = await tx.$queryRaw<{id: string[] | null; en: string[] | null}[]>`
      SELECT (SELECT json_agg(body ORDER BY position) FROM (SELECT body, position FROM "Paragraph" WHERE "versionId" = ${text.versions.id} ORDER BY position OFFSET ${from.id}) p) AS id,
             (SELECT json_agg(body ORDER BY position) FROM (SELECT body, position FROM "Paragraph" WHERE "versionId" = ${text.versions.en} ORDER BY position OFFSET ${from.en}) p) AS en`;
    const bodies = {id: tail?.id ?? [], en: tail?.en ?? []};
    const planned = planRealign(links, bodies, align);
    if (!planned.ok) throw new Refusal(planned.error);
    return planned.change;
  }
  const window = await loadWindow(tx, text.id, request);
  // A text operation needs one or two paragraphs: load just those (positions are keys with gaps, so by their order).
  const wanted =
    'lang' in request
      ? await tx.$queryRaw<ParagraphState[]>`SELECT body, provenance::text AS provenance FROM "Paragraph"
    WHERE "versionId" = ${text.versions[request.lang] ?? ''} ORDER BY position OFFSET ${request.position} LIMIT 2`
      : [];
  const planned = planInWindow(
    window,
    (lang, position) => ('lang' in request && lang === request.lang ? wanted[position - request.position] : undefined),
    request,
  );
  if (!planned.ok) throw new Refusal(planned.error);
  return request.kind === 'detach' ? rescoreUnjudged(tx, text, planned.change, align) : planned.change;
}

/**
 * The rest of a row a paragraph left keeps no score from before (a confirmed row's is 1): the
 * aligner scores the paragraphs it holds now, as it would at import, so the page shows real confidence.
 */
async function rescoreUnjudged(tx: Tx, text: Locked, change: Change, align: RowAligner): Promise<Change> {
  if (!change.links) return change;
  const bodies = async (lang: Lang, from: number, to: number): Promise<string[]> => {
    if (to <= from || !text.versions[lang]) return [];
    const rows = await tx.$queryRaw<{body: string}[]>`
      SELECT body FROM "Paragraph" WHERE "versionId" = ${text.versions[lang]}
      ORDER BY position OFFSET ${from} LIMIT ${to - from}`;
    return rows.map((p) => p.body);
  };
  const inserted: LinkState[] = [];
  for (const l of change.links.inserted) {
    if (l.status !== 'automatic') {
      inserted.push(l);
      continue;
    }
    const runs = align(await bodies('id', l.idStart, l.idEnd), await bodies('en', l.enStart, l.enEnd));
    // Runs the aligner would draw apart mean the row's paragraphs are not one pairing: its weakest run counts.
    inserted.push(runs.length ? {...l, score: Math.min(...runs.map((r) => r.score))} : l);
  }
  return {...change, links: {...change.links, inserted}};
}

export function applyEdit(
  prisma: PrismaClient,
  actor: Actor | null,
  input: {textId: string; revision: number; request: EditRequest},
  align: RowAligner,
): Promise<EditResult> {
  return inEditTransaction(prisma, actor, input.textId, input.revision, async (tx, text) => {
    const change = await planWithin(tx, text, input.request, align);
    await writeChange(tx, text, change);
    // A new operation ends the redo branch.
    await tx.revision.deleteMany({where: {textId: text.id, undone: true}});
    // `before` would be `after` inverted (invertChange), so it is left empty; `after` is packed (core/changePacking).
    await tx.$executeRaw`INSERT INTO "Revision" (id, "textId", number, operation, before, after, "userId")
      VALUES (gen_random_uuid()::text, ${text.id}, ${text.revision}, ${input.request.kind}, '{}'::jsonb, ${JSON.stringify(packChange(change))}::jsonb, ${actor!.id})`;
    return change;
  });
}
