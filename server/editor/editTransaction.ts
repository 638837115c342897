// The transaction every edit runs in: only editors, the text locked at the revision the editor saw
// (a stale one is refused with the text as it is now), and refusals as results rather than errors.
import type {Change, TextStatus} from '../../core/editing/alignmentChange';
import {type Actor, hasRole} from '../../core/accounts/roles';
import type {Lang} from '../../core/vocabulary';
import type {Prisma, PrismaClient} from '../generated/prisma/client';
import {type EditorOutline, getEditorOutline} from './outline';

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
  /** With the text as it is now: its rows and headings, from which the page loads what it shows. */
  | {ok: false; error: 'stale'; current: EditorOutline}
  | {ok: false; error: BlockedError; by: string | null}
  | {ok: false; error: EditError};

export type Tx = Prisma.TransactionClient;

export class Refusal extends Error {
  constructor(readonly error: EditError | 'stale') {
    super(error);
  }
}

export class Blocked extends Error {
  constructor(
    readonly error: BlockedError,
    readonly by: string | null,
  ) {
    super(error);
  }
}

export interface Locked {
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

export async function inEditTransaction(
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
    const current = await getEditorOutline(prisma, {id: textId});
    return current ? {ok: false, error: 'stale', current} : {ok: false, error: 'notFound'};
  }
}
