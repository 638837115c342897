// The history of a text: undo and redo of one's own changes, restoring an earlier revision, and
// the list of revisions for the history page.
import {invertChange, type Change} from '../../core/editing/alignmentChange';
import {unpackChange} from '../../core/editing/changePacking';
import type {Actor} from '../../core/accounts/roles';
import type {PrismaClient} from '../generated/prisma/client';
import {writeChange} from './changes';
import {Blocked, type EditResult, inEditTransaction, Refusal} from './editTransaction';

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
  const result = await inEditTransaction(prisma, actor, input.textId, input.revision, async (tx, text) => {
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
  return inEditTransaction(prisma, actor, input.textId, input.revision, async (tx, text) => {
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
