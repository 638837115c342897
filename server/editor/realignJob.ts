// Re-aligning a long text as a job: the request only decides, the worker reads the paragraphs after
// the last confirmed row, aligns them in a child process (alignOffThread) and stores the result as one
// editor operation through applyEdit, at the revision the editor saw. So a re-align stays one history
// step its author can undo, and an edit by anyone in the meantime makes the job refuse, as a stale
// edit is refused in the editor.
import {hasRole, type Actor} from '../../core/accounts/roles';
import {MAX_REALIGN_PARAGRAPHS, REALIGN_IN_REQUEST} from '../../core/editing/realignLimits';
import type {PrismaClient} from '../generated/prisma/client';
import {routing} from '../../i18n/routing';
import {enqueueJob, recordProgress, startJobWorker, type EnqueueResult} from '../platform/backgroundJobs';
import {expireCachedPaths} from '../platform/pageCache';
import type {Queue} from '../platform/queue';
import {alignForImport} from '../texts/aligner';
import type {ScoredRun} from '../../core/vocabulary';
import {alignOffThread} from './alignOffThread';
import {loadLinks, loadRealignTail} from './linkRows';
import {applyEdit} from './operations';

/** The steps the progress page counts: read, align, store. */
const STEPS = 3;

export type RealignRoute = {inRequest: true} | EnqueueResult | {ok: false; error: 'tooLong'};

async function textWithVersions(prisma: PrismaClient, textId: string) {
  const text = await prisma.text.findUnique({
    where: {id: textId},
    select: {id: true, revision: true, versions: {select: {lang: true, id: true}}},
  });
  if (!text) return null;
  return {...text, versions: Object.fromEntries(text.versions.map((v) => [v.lang, v.id]))};
}

/** How many paragraphs per language follow the last confirmed row: one small query, no bodies. */
async function tailLength(prisma: PrismaClient, textId: string): Promise<number> {
  const [row] = await prisma.$queryRaw<{id: number; en: number}[]>`
    WITH confirmed AS (
      SELECT "idEnd", "enEnd" FROM "AlignmentLink"
      WHERE "textId" = ${textId} AND status = 'confirmed' ORDER BY position DESC LIMIT 1
    )
    SELECT
      COALESCE(max("idEnd"), 0)::int - COALESCE((SELECT "idEnd" FROM confirmed), 0) AS id,
      COALESCE(max("enEnd"), 0)::int - COALESCE((SELECT "enEnd" FROM confirmed), 0) AS en
    FROM "AlignmentLink" WHERE "textId" = ${textId}`;
  return Math.max(row?.id ?? 0, row?.en ?? 0);
}

/**
 * Decides where a re-align runs: a short tail in the request (the editor gets the change at once),
 * a long one as a job, one over the limit nowhere. Anything else the request refuses as it would.
 */
export async function routeRealign(
  prisma: PrismaClient,
  queue: Queue,
  actor: Actor | null,
  input: {textId: string; revision: number},
): Promise<RealignRoute> {
  if (!hasRole(actor, 'editor')) return {inRequest: true};
  const text = await prisma.text.findUnique({where: {id: input.textId}, select: {revision: true}});
  if (!text || text.revision !== input.revision) return {inRequest: true};
  const length = await tailLength(prisma, input.textId);
  if (length <= REALIGN_IN_REQUEST) return {inRequest: true};
  if (length > MAX_REALIGN_PARAGRAPHS) return {ok: false, error: 'tooLong'};
  return enqueueJob(prisma, queue, {
    kind: 'realign',
    userId: actor.id,
    textId: input.textId,
    input: {revision: input.revision},
    total: STEPS,
  });
}

const sameParagraphs = (a: string[], b: string[]) => a.length === b.length && a.every((p, k) => p === b[k]);

export function startRealignWorker(prisma: PrismaClient, queue: Queue): Promise<string> {
  return startJobWorker(prisma, queue, 'realign', async (job) => {
    const {revision} = job.input as {revision: number};
    const text = job.textId ? await textWithVersions(prisma, job.textId) : null;
    if (!text) return {error: 'notFound'};
    if (text.revision !== revision) return {error: 'stale'};
    const user = await prisma.user.findUnique({where: {id: job.userId}, select: {id: true, role: true}});
    const tail = await loadRealignTail(prisma, text.versions, await loadLinks(prisma, text.id));
    if (!tail) return {error: 'invalidOperation'};
    await recordProgress(prisma, job.id, 1);
    const runs: ScoredRun[] = await alignOffThread(tail.id, tail.en);
    await recordProgress(prisma, job.id, 2);
    // applyEdit reads the same paragraphs again under the text's lock, at the same revision: the
    // runs computed above are theirs. Anything else is aligned here, as the request would.
    const result = await applyEdit(prisma, user, {textId: text.id, revision, request: {kind: 'realign'}}, (id, en) =>
      sameParagraphs(id, tail.id) && sameParagraphs(en, tail.en) ? runs : alignForImport(id, en),
    );
    if (!result.ok) return {error: result.error};
    if (result.status === 'published') {
      await expireCachedPaths(
        prisma,
        routing.locales.flatMap((locale) => [`/${locale}/read/${result.slug}`, `/${locale}`]),
      );
    }
    return {result: {revision: result.revision, slug: result.slug, status: result.status}};
  });
}
