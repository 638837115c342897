// Writes a Change (core/alignmentChange) to the database inside the caller's transaction, touching
// only the rows that change, with a fixed number of statements whatever the size of the change: a
// re-align of 900 rows is one UPDATE from arrays, not 900 statements or a delete and re-insert.
import type {Lang, LinkState} from '../../core/vocabulary';
import {sameLink, type Change, type ParagraphState, type Splice} from '../../core/editing/alignmentChange';
import type {Prisma} from '../generated/prisma/client';

type Tx = Prisma.TransactionClient;

// Paragraph positions are sort keys with gaps, not indices (links and changes count paragraphs by
// their order): a split inserts between two neighbours and a join deletes one, and no later
// paragraph moves. Moving them all made a split cost as much as the whole version (every moved
// row is written again, and the full-text indexes re-read it when it leaves its page).
const GAP = 1024;

interface Placed {
  id: string;
  position: number;
}

/** The paragraphs of ordinal [from, from + count) of a version, with their keys. */
function paragraphsAt(tx: Tx, versionId: string, from: number, count: number): Promise<Placed[]> {
  return tx.$queryRaw<
    Placed[]
  >`SELECT id, position FROM "Paragraph" WHERE "versionId" = ${versionId} ORDER BY position OFFSET ${from} LIMIT ${count}`;
}

/** Spreads the version's keys GAP apart: needed only when a spot has been split about ten times. */
async function spreadPositions(tx: Tx, versionId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Paragraph" p SET position = o.rank * ${GAP}
    FROM (SELECT id, (row_number() OVER (ORDER BY position) - 1)::int AS rank FROM "Paragraph" WHERE "versionId" = ${versionId}) o
    WHERE p.id = o.id`;
}

async function writeParagraphs(
  tx: Tx,
  versionId: string,
  lang: Lang,
  {at, removed, inserted}: Splice<ParagraphState>,
): Promise<void> {
  const kept = Math.min(removed.length, inserted.length);
  const added = inserted.length - kept;
  // The row before the splice (for the lower bound of new keys), the removed rows and the one after.
  const before = at > 0 ? 1 : 0;
  let rows = await paragraphsAt(tx, versionId, at - before, before + removed.length + 1);
  if (added > 0) {
    const low = before + kept > 0 ? rows[before + kept - 1] : undefined;
    const high = rows[before + removed.length];
    if (low && high && high.position - low.position <= added) {
      await spreadPositions(tx, versionId);
      rows = await paragraphsAt(tx, versionId, at - before, before + removed.length + 1);
    }
  }
  const mine = rows.slice(before, before + removed.length);
  if (mine.length !== removed.length)
    throw new Error(`version ${versionId} has no paragraphs ${at}..${at + removed.length - 1}`);
  if (kept) {
    await tx.$executeRaw`UPDATE "Paragraph" p SET body = u.body, provenance = u.provenance::"Provenance"
      FROM unnest(${mine.slice(0, kept).map((r) => r.id)}::text[], ${inserted.slice(0, kept).map((p) => p.body)}::text[], ${inserted.slice(0, kept).map((p) => p.provenance)}::text[]) AS u(id, body, provenance)
      WHERE p.id = u.id`;
  }
  if (removed.length > kept)
    await tx.$executeRaw`DELETE FROM "Paragraph" WHERE id = ANY(${mine.slice(kept).map((r) => r.id)}::text[])`;
  if (added > 0) {
    // New keys spread evenly between the last kept row (or the one before the splice) and the next.
    const low = kept
      ? mine[kept - 1]!.position
      : before
        ? rows[0]!.position
        : (rows[0]?.position ?? GAP) - GAP * (added + 1);
    const next = rows[before + removed.length];
    const high = next ? next.position : low + GAP * (added + 1);
    const step = (high - low) / (added + 1);
    const positions = inserted.slice(kept).map((_, i) => Math.floor(low + step * (i + 1)));
    await tx.$executeRaw`INSERT INTO "Paragraph" (id, "versionId", lang, position, body, provenance)
      SELECT gen_random_uuid()::text, ${versionId}, ${lang}::"Lang", u.position, u.body, u.provenance::"Provenance"
      FROM unnest(${positions}::int[], ${inserted.slice(kept).map((p) => p.body)}::text[], ${inserted.slice(kept).map((p) => p.provenance)}::text[]) AS u(position, body, provenance)`;
  }
}

/** Link columns as arrays, for statements that take many rows at once. */
function columns(links: LinkState[]) {
  return {
    idStart: links.map((l) => l.idStart),
    idEnd: links.map((l) => l.idEnd),
    enStart: links.map((l) => l.enStart),
    enEnd: links.map((l) => l.enEnd),
    score: links.map((l) => l.score),
    status: links.map((l) => l.status),
  };
}

// Link positions stay 0..n-1 (they are the editor's row numbers); a tail that moves is one UPDATE of
// narrow rows that no index covers (migration positions_without_unique_index).
async function writeLinks(
  tx: Tx,
  textId: string,
  {at, removed, inserted}: Splice<LinkState>,
  shift: {lang: Lang; delta: number} | null,
): Promise<void> {
  const kept = Math.min(removed.length, inserted.length);
  // Rows that keep their place are updated in place, and only when they differ: re-aligning keeps
  // identical rows, confirming changes only statuses.
  const changed = inserted.slice(0, kept).flatMap((l, i) => (sameLink(l, removed[i]!) ? [] : [i]));
  if (changed.length && changed.every((i) => sameLink({...inserted[i]!, status: removed[i]!.status}, removed[i]!))) {
    // Only statuses: confirming every row up to the cursor is one contiguous run, a range rather than a thousand rows of arrays.
    for (const status of ['automatic', 'confirmed'] as const) {
      const positions = changed.filter((i) => inserted[i]!.status === status).map((i) => at + i);
      if (!positions.length) continue;
      if (positions.at(-1)! - positions[0]! === positions.length - 1) {
        await tx.$executeRaw`UPDATE "AlignmentLink" SET status = ${status}::"LinkStatus" WHERE "textId" = ${textId} AND position >= ${positions[0]} AND position <= ${positions.at(-1)}`;
      } else {
        await tx.$executeRaw`UPDATE "AlignmentLink" SET status = ${status}::"LinkStatus" WHERE "textId" = ${textId} AND position = ANY(${positions}::int[])`;
      }
    }
  } else if (changed.length) {
    const c = columns(changed.map((i) => inserted[i]!));
    await tx.$executeRaw`UPDATE "AlignmentLink" l SET "idStart" = u."idStart", "idEnd" = u."idEnd", "enStart" = u."enStart", "enEnd" = u."enEnd", score = u.score, status = u.status::"LinkStatus"
      FROM unnest(${changed.map((i) => at + i)}::int[], ${c.idStart}::int[], ${c.idEnd}::int[], ${c.enStart}::int[], ${c.enEnd}::int[], ${c.score}::float8[], ${c.status}::text[]) AS u(position, "idStart", "idEnd", "enStart", "enEnd", score, status)
      WHERE l."textId" = ${textId} AND l.position = u.position`;
  }
  if (removed.length > kept)
    await tx.$executeRaw`DELETE FROM "AlignmentLink" WHERE "textId" = ${textId} AND position >= ${at + kept} AND position < ${at + removed.length}`;
  await shiftLinks(tx, textId, {position: at + removed.length}, inserted.length - removed.length, shift);
  if (inserted.length > kept) {
    const added = inserted.slice(kept);
    const c = columns(added);
    await tx.$executeRaw`INSERT INTO "AlignmentLink" (id, "textId", position, "idStart", "idEnd", "enStart", "enEnd", score, status)
      SELECT gen_random_uuid()::text, ${textId}, u.position, u."idStart", u."idEnd", u."enStart", u."enEnd", u.score, u.status::"LinkStatus"
      FROM unnest(${added.map((_, i) => at + kept + i)}::int[], ${c.idStart}::int[], ${c.idEnd}::int[], ${c.enStart}::int[], ${c.enEnd}::int[], ${c.score}::float8[], ${c.status}::text[]) AS u(position, "idStart", "idEnd", "enStart", "enEnd", score, status)`;
  }
}

/** Moves the links from a row on (or, without a row, those after a paragraph) down by `delta` rows and their ranges by `shift`. */
async function shiftLinks(
  tx: Tx,
  textId: string,
  from: {position: number} | {after: number; lang: Lang},
  delta: number,
  shift: {lang: Lang; delta: number} | null,
): Promise<void> {
  const idDelta = shift?.lang === 'id' ? shift.delta : 0;
  const enDelta = shift?.lang === 'en' ? shift.delta : 0;
  if (delta === 0 && idDelta === 0 && enDelta === 0) return;
  if ('position' in from) {
    await tx.$executeRaw`UPDATE "AlignmentLink" SET position = position + ${delta},
        "idStart" = "idStart" + ${idDelta}, "idEnd" = "idEnd" + ${idDelta}, "enStart" = "enStart" + ${enDelta}, "enEnd" = "enEnd" + ${enDelta}
      WHERE "textId" = ${textId} AND position >= ${from.position}`;
  } else if (from.lang === 'id') {
    // Links tile each side in order, so the links that start after the paragraph are exactly the later rows.
    await tx.$executeRaw`UPDATE "AlignmentLink" SET "idStart" = "idStart" + ${idDelta}, "idEnd" = "idEnd" + ${idDelta} WHERE "textId" = ${textId} AND "idStart" > ${from.after}`;
  } else {
    await tx.$executeRaw`UPDATE "AlignmentLink" SET "enStart" = "enStart" + ${enDelta}, "enEnd" = "enEnd" + ${enDelta} WHERE "textId" = ${textId} AND "enStart" > ${from.after}`;
  }
}

export async function writeChange(
  tx: Tx,
  text: {id: string; versions: Partial<Record<Lang, string>>},
  change: Change,
): Promise<void> {
  const shift = change.paragraphs
    ? {lang: change.paragraphs.lang, delta: change.paragraphs.inserted.length - change.paragraphs.removed.length}
    : null;
  if (change.paragraphs) {
    const versionId = text.versions[change.paragraphs.lang];
    if (!versionId) throw new Error(`text ${text.id} has no ${change.paragraphs.lang} version`);
    await writeParagraphs(tx, versionId, change.paragraphs.lang, change.paragraphs);
  }
  if (change.links) await writeLinks(tx, text.id, change.links, shift);
  // Links after the edited paragraph still move with it. Which those are follows from the ranges.
  else if (shift && shift.delta !== 0)
    await shiftLinks(tx, text.id, {after: change.paragraphs!.at, lang: shift.lang}, 0, shift);
  if (change.status)
    await tx.$executeRaw`UPDATE "Text" SET status = ${change.status.to}::"TextStatus" WHERE id = ${text.id}`;
}
