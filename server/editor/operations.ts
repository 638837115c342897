// Every editor operation in one transaction: refuse a stale revision, plan the change (core), write
// it, and store it as a Revision with what the affected rows were before and after, so that it can
// be undone and redone. Nothing here knows about Next: actions, route handlers, tests and the
// benchmark call these functions with the acting user.
import type {Lang, LinkState} from '../../core/vocabulary';
import {invertChange, type Change, type ParagraphState, type TextStatus} from '../../core/editing/alignmentChange';
import {packChange, unpackChange} from '../../core/editing/changePacking';
import {
  planInWindow,
  planRealign,
  realignStart,
  type LinkWindow,
  type Operation,
  type RowAligner,
} from '../../core/editing/alignmentEdits';
import {hasRole, type Actor} from '../../core/accounts/roles';
import type {Prisma, PrismaClient} from '../generated/prisma/client';
import {writeChange} from './changes';
import {getEditorDoc, type EditorDoc} from './texts';

export type EditError =
  | 'forbidden'
  | 'notFound'
  | 'invalidOperation'
  | 'nothingToDo'
  | 'nothingToUndo'
  | 'nothingToRedo';
/** Undo and redo act on the caller's own changes only; these name whose later change stands in the way. */
export type BlockedError = 'undoBlocked' | 'redoBlocked';
export type EditResult =
  | {
      ok: true;
      revision: number;
      change: Change;
      slug: string;
      status: TextStatus;
      /** Undo and redo: the operation they walked over. */
      operation?: string;
    }
  | {ok: false; error: 'stale'; current: EditorDoc}
  | {ok: false; error: BlockedError; by: string | null}
  | {ok: false; error: EditError};

type Tx = Prisma.TransactionClient;
export type EditRequest = Operation | {kind: 'realign'} | {kind: 'setStatus'; status: TextStatus};

class Refusal extends Error {
  constructor(readonly error: EditError | 'stale') {
    super(error);
  }
}

class Blocked extends Error {
  constructor(
    readonly error: BlockedError,
    readonly by: string | null,
  ) {
    super(error);
  }
}

interface Locked {
  id: string;
  slug: string;
  status: TextStatus;
  revision: number;
  versions: Partial<Record<Lang, string>>;
}

/** Takes the text's next revision number if `expected` is still current; the row lock orders concurrent editors. */
async function lockText(tx: Tx, textId: string, expected: number): Promise<Locked> {
  const [text] = await tx.$queryRaw<(Omit<Locked, 'versions'> & {versions: Locked['versions'] | null})[]>`
    UPDATE "Text" SET revision = revision + 1, "updatedAt" = now() WHERE id = ${textId} AND revision = ${expected}
    RETURNING id, slug, status::text AS status, revision, (SELECT json_object_agg(lang, id) FROM "TextVersion" WHERE "textId" = ${textId}) AS versions`;
  if (!text) throw new Refusal((await tx.text.count({where: {id: textId}})) ? 'stale' : 'notFound');
  return {...text, versions: text.versions ?? {}};
}

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

async function run(
  prisma: PrismaClient,
  actor: Actor | null,
  textId: string,
  expected: number,
  work: (tx: Tx, text: Locked) => Promise<Change>,
): Promise<EditResult> {
  if (!hasRole(actor, 'editor')) return {ok: false, error: 'forbidden'};
  try {
    return await prisma.$transaction(
      async (tx) => {
        const text = await lockText(tx, textId, expected);
        const change = await work(tx, text);
        const status = change.status?.to ?? text.status;
        return {ok: true, revision: text.revision, change, slug: text.slug, status} as const;
      },
      {timeout: 30_000},
    );
  } catch (error) {
    if (error instanceof Blocked) return {ok: false, error: error.error, by: error.by};
    if (!(error instanceof Refusal)) throw error;
    if (error.error !== 'stale') return {ok: false, error: error.error};
    // Refused, with the state the editor's change would have overwritten.
    const current = await getEditorDoc(prisma, {id: textId});
    return current ? {ok: false, error: 'stale', current} : {ok: false, error: 'notFound'};
  }
}

export function applyEdit(
  prisma: PrismaClient,
  actor: Actor | null,
  input: {textId: string; revision: number; request: EditRequest},
  align: RowAligner,
): Promise<EditResult> {
  return run(prisma, actor, input.textId, input.revision, async (tx, text) => {
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

// Undo takes back the caller's own latest change, and only while it is the text's latest change in
// effect: a later change by someone else was made on top of it (its rows and positions assume it),
// so undoing underneath it is refused, naming who made it; the history page restores for everyone.
// Redo likewise replays only the caller's own undone change, and only the next one in line.
const revisionSelect = {id: true, after: true, operation: true, userId: true, user: {select: {name: true}}} as const;

type HistoryStep = {textId: string; revision: number};

/** Undo walks back over the newest change in force; redo replays the oldest undone one. */
const historyStep = {
  undo: {undone: false, order: 'desc', nothing: 'nothingToUndo', blocked: 'undoBlocked'},
  redo: {undone: true, order: 'asc', nothing: 'nothingToRedo', blocked: 'redoBlocked'},
} as const;

async function stepHistory(
  prisma: PrismaClient,
  actor: Actor | null,
  input: HistoryStep,
  way: 'undo' | 'redo',
): Promise<EditResult> {
  const {undone, order, nothing, blocked} = historyStep[way];
  let operation = '';
  const result = await run(prisma, actor, input.textId, input.revision, async (tx, text) => {
    const step = await tx.revision.findFirst({
      where: {textId: text.id, undone},
      orderBy: {number: order},
      select: revisionSelect,
    });
    if (!step) throw new Refusal(nothing);
    if (step.userId !== actor!.id) {
      const mine = await tx.revision.count({where: {textId: text.id, undone, userId: actor!.id}});
      throw mine ? new Blocked(blocked, step.user?.name ?? null) : new Refusal(nothing);
    }
    operation = step.operation;
    const stored = unpackChange(step.after);
    const change = way === 'undo' ? invertChange(stored) : stored;
    await writeChange(tx, text, change);
    await tx.revision.update({where: {id: step.id}, data: {undone: !undone}, select: {id: true}});
    return change;
  });
  return result.ok ? {...result, operation} : result;
}

export function undoEdit(prisma: PrismaClient, actor: Actor | null, input: HistoryStep): Promise<EditResult> {
  return stepHistory(prisma, actor, input, 'undo');
}

export function redoEdit(prisma: PrismaClient, actor: Actor | null, input: HistoryStep): Promise<EditResult> {
  return stepHistory(prisma, actor, input, 'redo');
}

/** Undoes, in one transaction, every operation after revision `number`: the text is as it was then. */
export function restoreRevision(
  prisma: PrismaClient,
  actor: Actor | null,
  input: {textId: string; revision: number; number: number},
): Promise<EditResult> {
  return run(prisma, actor, input.textId, input.revision, async (tx, text) => {
    const later = await tx.revision.findMany({
      where: {textId: text.id, undone: false, number: {gt: input.number}},
      orderBy: {number: 'desc'},
      select: {id: true, after: true},
    });
    if (!later.length) throw new Refusal('nothingToUndo');
    for (const r of later) {
      await writeChange(tx, text, invertChange(unpackChange(r.after)));
      await tx.revision.update({where: {id: r.id}, data: {undone: true}, select: {id: true}});
    }
    // The browser reloads after a restore rather than replaying several changes.
    return {};
  });
}

export interface HistoryEntry {
  number: number;
  operation: string;
  undone: boolean;
  createdAt: Date;
  user: string | null;
  after: Change;
}

/** Newest first, a page at a time; countHistory gives how many there are. */
export async function listHistory(
  prisma: PrismaClient,
  textId: string,
  page: {skip?: number; take?: number} = {},
): Promise<HistoryEntry[]> {
  const rows = await prisma.revision.findMany({
    where: {textId},
    orderBy: {number: 'desc'},
    skip: page.skip ?? 0,
    take: page.take ?? 200,
    select: {number: true, operation: true, undone: true, createdAt: true, after: true, user: {select: {name: true}}},
  });
  return rows.map((r) => ({
    number: r.number,
    operation: r.operation,
    undone: r.undone,
    createdAt: r.createdAt,
    user: r.user?.name ?? null,
    after: unpackChange(r.after),
  }));
}

/** How many revisions the text has, and the newest one in force (0 when every change is undone). */
export async function countHistory(prisma: PrismaClient, textId: string): Promise<{total: number; current: number}> {
  const [total, current] = await Promise.all([
    prisma.revision.count({where: {textId}}),
    prisma.revision.findFirst({where: {textId, undone: false}, orderBy: {number: 'desc'}, select: {number: true}}),
  ]);
  return {total, current: current?.number ?? 0};
}

/** How many changes in force came after revision `number`: what restoring it undoes. */
export function countInForceAfter(prisma: PrismaClient, textId: string, number: number): Promise<number> {
  return prisma.revision.count({where: {textId, undone: false, number: {gt: number}}});
}
