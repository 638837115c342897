// Reading a text's alignment rows and the paragraphs a re-align needs, for an editor operation's
// transaction and for the re-align job, which reads them before it aligns (server/editor/realignJob.ts).
import type {Lang, LinkState} from '../../core/vocabulary';
import {realignStart} from '../../core/editing/alignmentEdits';
import type {Prisma, PrismaClient} from '../generated/prisma/client';

type Client = PrismaClient | Prisma.TransactionClient;

/** Links [from, to] of the text, in order: as one JSON value, since a confirmThrough or re-align reads a thousand. */
export async function loadLinks(tx: Client, textId: string, from = 0, to = 2 ** 31 - 1): Promise<LinkState[]> {
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

/**
 * The paragraphs after the last confirmed row, all a re-align reads; null for a text that lacks a
 * language or links, which cannot be re-aligned.
 */
export async function loadRealignTail(
  tx: Client,
  versions: Partial<Record<Lang, string>>,
  links: LinkState[],
): Promise<Record<Lang, string[]> | null> {
  if (!links.length || !versions.id || !versions.en) return null;
  const from = realignStart(links);
  // json_agg: one value that JSON.parse reads at native speed, where a thousand rows or a text[]
  // literal are decoded value by value in JavaScript.
  const [tail] = await tx.$queryRaw<{id: string[] | null; en: string[] | null}[]>`
    SELECT
      (SELECT json_agg(body ORDER BY position) FROM (
        SELECT body, position FROM "Paragraph" WHERE "versionId" = ${versions.id} ORDER BY position OFFSET ${from.id}
      ) p) AS id,
      (SELECT json_agg(body ORDER BY position) FROM (
        SELECT body, position FROM "Paragraph" WHERE "versionId" = ${versions.en} ORDER BY position OFFSET ${from.en}
      ) p) AS en`;
  return {id: tail?.id ?? [], en: tail?.en ?? []};
}
