// Every editor operation in one transaction: refuse a stale revision, plan the change (core), write
// it, and store it as a Revision with what the affected rows were before and after, so that it can
// be undone and redone. Nothing here knows about Next: actions, route handlers, tests and the
// benchmark call these functions with the acting user.
import {invertChange, type Change, type Side, type TextStatus} from '../../core/alignmentChange';
import {planInWindow, planRealign, type LinkWindow, type Operation, type RowAligner} from '../../core/alignmentEdits';
import {hasRole, type Actor} from '../../core/roles';
import type {Prisma, PrismaClient} from '../generated/prisma/client';
import {writeChange} from './changes';
import {getEditorDoc, type EditorDoc} from './texts';

export type EditError = 'forbidden' | 'notFound' | 'invalidOperation' | 'nothingToDo' | 'nothingToUndo' | 'nothingToRedo';
export type EditResult =
  | {ok: true; revision: number; change: Change; slug: string; status: TextStatus}
  | {ok: false; error: 'stale'; current: EditorDoc}
  | {ok: false; error: EditError};

type Tx = Prisma.TransactionClient;
export type EditRequest = Operation | {kind: 'realign'} | {kind: 'setStatus'; status: TextStatus};

class Refusal extends Error {
  constructor(readonly error: EditError | 'stale') {
    super(error);
  }
}

interface Locked { id: string; slug: string; status: TextStatus; revision: number; versions: Partial<Record<Side, string>> }

/** Takes the text's next revision number if `expected` is still current; the row lock orders concurrent editors. */
async function lockText(tx: Tx, textId: string, expected: number): Promise<Locked> {
  const {count} = await tx.text.updateMany({where: {id: textId, revision: expected}, data: {revision: {increment: 1}}});
  if (count === 0) throw new Refusal((await tx.text.count({where: {id: textId}})) ? 'stale' : 'notFound');
  const text = await tx.text.findUniqueOrThrow({where: {id: textId}, select: {id: true, slug: true, status: true, revision: true, versions: {select: {id: true, lang: true}}}});
  return {...text, versions: Object.fromEntries(text.versions.map((v) => [v.lang, v.id]))};
}

const linkSelect = {idStart: true, idEnd: true, enStart: true, enEnd: true, score: true, status: true} as const;

/** Links [from, to] of the text, in order. */
function loadLinks(tx: Tx, textId: string, from: number, to: number) {
  return tx.alignmentLink.findMany({where: {textId, position: {gte: Math.max(0, from), lte: to}}, orderBy: {position: 'asc'}, select: linkSelect});
}

/** The rows an operation looks at, never the whole text: a 1,000-paragraph text costs what a short one does. */
async function loadWindow(tx: Tx, textId: string, op: Operation): Promise<LinkWindow> {
  if ('row' in op) {
    let from = op.row - 1;
    if (op.kind === 'confirmThrough') {
      // Rows already confirmed stay as they are: the window starts at the first one that is not.
      const open = await tx.alignmentLink.findFirst({where: {textId, status: 'automatic', position: {lte: op.row}}, orderBy: {position: 'asc'}, select: {position: true}});
      from = open?.position ?? op.row;
    }
    from = Math.max(0, from);
    return {offset: from, links: await loadLinks(tx, textId, from, op.row + 1)};
  }
  // The rows holding the paragraph and the next one, and any between them with nothing on this side.
  const [start, end] = op.lang === 'id' ? (['idStart', 'idEnd'] as const) : (['enStart', 'enEnd'] as const);
  const span = await tx.alignmentLink.aggregate({where: {textId, [start]: {lte: op.position + 1}, [end]: {gte: op.position}}, _min: {position: true}, _max: {position: true}});
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
    // Re-aligning reads every paragraph: the aligner needs the whole text after the last confirmed row.
    const links = await tx.alignmentLink.findMany({where: {textId: text.id}, orderBy: {position: 'asc'}, select: linkSelect});
    const bodies = {id: [] as string[], en: [] as string[]};
    const rows = await tx.paragraph.findMany({where: {version: {textId: text.id}}, orderBy: {position: 'asc'}, select: {lang: true, body: true}});
    for (const r of rows) bodies[r.lang].push(r.body);
    if (!bodies.id.length || !bodies.en.length) throw new Refusal('invalidOperation');
    const planned = planRealign(links, bodies, align);
    if (!planned.ok) throw new Refusal(planned.error);
    return planned.change;
  }
  const window = await loadWindow(tx, text.id, request);
  // A text operation needs one or two paragraphs: load just those.
  const wanted = 'lang' in request ? await tx.paragraph.findMany({
    where: {versionId: text.versions[request.lang] ?? '', position: {in: [request.position, request.position + 1]}},
    select: {position: true, body: true, provenance: true},
  }) : [];
  const planned = planInWindow(window, (lang, position) => ('lang' in request && lang === request.lang ? wanted.find((p) => p.position === position) : undefined), request);
  if (!planned.ok) throw new Refusal(planned.error);
  return planned.change;
}

async function run(prisma: PrismaClient, actor: Actor | null, textId: string, expected: number, work: (tx: Tx, text: Locked) => Promise<Change>): Promise<EditResult> {
  if (!hasRole(actor, 'editor')) return {ok: false, error: 'forbidden'};
  try {
    return await prisma.$transaction(async (tx) => {
      const text = await lockText(tx, textId, expected);
      const change = await work(tx, text);
      const status = change.status?.to ?? text.status;
      return {ok: true, revision: text.revision, change, slug: text.slug, status} as const;
    }, {timeout: 30_000});
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    if (error.error !== 'stale') return {ok: false, error: error.error};
    // Refused, with the state the editor's change would have overwritten.
    const current = await getEditorDoc(prisma, {id: textId});
    return current ? {ok: false, error: 'stale', current} : {ok: false, error: 'notFound'};
  }
}

export function applyEdit(prisma: PrismaClient, actor: Actor | null, input: {textId: string; revision: number; request: EditRequest}, align: RowAligner): Promise<EditResult> {
  return run(prisma, actor, input.textId, input.revision, async (tx, text) => {
    const change = await planWithin(tx, text, input.request, align);
    await writeChange(tx, text, change);
    // A new operation ends the redo branch.
    await tx.revision.deleteMany({where: {textId: text.id, undone: true}});
    await tx.revision.create({
      // `before` would be `after` inverted (invertChange): storing it twice doubled the largest
      // revisions (a re-align, confirming a whole text), so it is left empty.
      data: {textId: text.id, number: text.revision, operation: input.request.kind, before: {}, after: change as Prisma.InputJsonValue, userId: actor!.id},
      select: {id: true},
    });
    return change;
  });
}

export function undoEdit(prisma: PrismaClient, actor: Actor | null, input: {textId: string; revision: number}): Promise<EditResult> {
  return run(prisma, actor, input.textId, input.revision, async (tx, text) => {
    const last = await tx.revision.findFirst({where: {textId: text.id, undone: false}, orderBy: {number: 'desc'}, select: {id: true, after: true}});
    if (!last) throw new Refusal('nothingToUndo');
    const change = invertChange(last.after as Change);
    await writeChange(tx, text, change);
    await tx.revision.update({where: {id: last.id}, data: {undone: true}, select: {id: true}});
    return change;
  });
}

export function redoEdit(prisma: PrismaClient, actor: Actor | null, input: {textId: string; revision: number}): Promise<EditResult> {
  return run(prisma, actor, input.textId, input.revision, async (tx, text) => {
    const next = await tx.revision.findFirst({where: {textId: text.id, undone: true}, orderBy: {number: 'asc'}, select: {id: true, after: true}});
    if (!next) throw new Refusal('nothingToRedo');
    const change = next.after as Change;
    await writeChange(tx, text, change);
    await tx.revision.update({where: {id: next.id}, data: {undone: false}, select: {id: true}});
    return change;
  });
}

/** Undoes, in one transaction, every operation after revision `number`: the text is as it was then. */
export function restoreRevision(prisma: PrismaClient, actor: Actor | null, input: {textId: string; revision: number; number: number}): Promise<EditResult> {
  return run(prisma, actor, input.textId, input.revision, async (tx, text) => {
    const later = await tx.revision.findMany({where: {textId: text.id, undone: false, number: {gt: input.number}}, orderBy: {number: 'desc'}, select: {id: true, after: true}});
    if (!later.length) throw new Refusal('nothingToUndo');
    for (const r of later) {
      await writeChange(tx, text, invertChange(r.after as Change));
      await tx.revision.update({where: {id: r.id}, data: {undone: true}, select: {id: true}});
    }
    // The browser reloads after a restore rather than replaying several changes.
    return {};
  });
}

export interface HistoryEntry { number: number; operation: string; undone: boolean; createdAt: Date; user: string | null; after: Change }

export async function listHistory(prisma: PrismaClient, textId: string): Promise<HistoryEntry[]> {
  const rows = await prisma.revision.findMany({
    where: {textId},
    orderBy: {number: 'desc'},
    take: 200,
    select: {number: true, operation: true, undone: true, createdAt: true, after: true, user: {select: {name: true}}},
  });
  return rows.map((r) => ({number: r.number, operation: r.operation, undone: r.undone, createdAt: r.createdAt, user: r.user?.name ?? null, after: r.after as Change}));
}
