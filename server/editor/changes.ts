// Writes a Change (core/alignmentChange) to the database inside the caller's transaction, touching
// only the affected rows: later rows move with one UPDATE per table, never one statement per row.
import type {Change, Side} from '../../core/alignmentChange';
import type {Prisma} from '../generated/prisma/client';

type Tx = Prisma.TransactionClient;

// No index covers "position" (migration positions_without_unique_index), so shifting a tail is one
// heap-only UPDATE that touches no index; nor can it collide mid-statement with a unique index.
async function shiftParagraphs(tx: Tx, versionId: string, from: number, delta: number): Promise<void> {
  if (delta === 0) return;
  await tx.$executeRaw`UPDATE "Paragraph" SET position = position + ${delta} WHERE "versionId" = ${versionId} AND position >= ${from}`;
}

async function shiftLinks(tx: Tx, textId: string, from: number, delta: number, shift: {lang: Side; delta: number} | null): Promise<void> {
  const idDelta = shift?.lang === 'id' ? shift.delta : 0;
  const enDelta = shift?.lang === 'en' ? shift.delta : 0;
  if (delta === 0 && idDelta === 0 && enDelta === 0) return;
  await tx.$executeRaw`UPDATE "AlignmentLink" SET position = position + ${delta},
      "idStart" = "idStart" + ${idDelta}, "idEnd" = "idEnd" + ${idDelta}, "enStart" = "enStart" + ${enDelta}, "enEnd" = "enEnd" + ${enDelta}
    WHERE "textId" = ${textId} AND position >= ${from}`;
}

export async function writeChange(tx: Tx, text: {id: string; versions: Partial<Record<Side, string>>}, change: Change): Promise<void> {
  const shift = change.paragraphs ? {lang: change.paragraphs.lang, delta: change.paragraphs.inserted.length - change.paragraphs.removed.length} : null;
  if (change.paragraphs) {
    const {lang, at, removed, inserted} = change.paragraphs;
    const versionId = text.versions[lang];
    if (!versionId) throw new Error(`text ${text.id} has no ${lang} version`);
    const kept = Math.min(removed.length, inserted.length);
    for (let i = 0; i < kept; i++) {
      await tx.paragraph.updateMany({where: {versionId, position: at + i}, data: {body: inserted[i].body, provenance: inserted[i].provenance}});
    }
    if (removed.length > kept) await tx.paragraph.deleteMany({where: {versionId, position: {gte: at + kept, lt: at + removed.length}}});
    await shiftParagraphs(tx, versionId, at + removed.length, inserted.length - removed.length);
    if (inserted.length > kept) {
      await tx.paragraph.createMany({data: inserted.slice(kept).map((p, i) => ({versionId, lang, position: at + kept + i, body: p.body, provenance: p.provenance}))});
    }
  }
  if (change.links && !shift && (await updateStatusesInPlace(tx, text.id, change.links))) {
    // Only statuses changed (confirming rows): a couple of UPDATEs instead of rewriting the rows.
  } else if (change.links) {
    const {at, removed, inserted} = change.links;
    if (removed.length) await tx.alignmentLink.deleteMany({where: {textId: text.id, position: {gte: at, lt: at + removed.length}}});
    await shiftLinks(tx, text.id, at + removed.length, inserted.length - removed.length, shift);
    if (inserted.length) await tx.alignmentLink.createMany({data: inserted.map((l, i) => ({...l, textId: text.id, position: at + i}))});
  } else if (shift && shift.delta !== 0) {
    // Links after the edited paragraph still move with it. Which those are follows from the ranges.
    const side = shift.lang === 'id' ? 'idStart' : 'enStart';
    const first = await tx.alignmentLink.findFirst({where: {textId: text.id, [side]: {gt: change.paragraphs!.at}}, orderBy: {position: 'asc'}, select: {position: true}});
    if (first) await shiftLinks(tx, text.id, first.position, 0, shift);
  }
  if (change.status) await tx.text.update({where: {id: text.id}, data: {status: change.status.to}, select: {id: true}});
}

async function updateStatusesInPlace(tx: Tx, textId: string, splice: NonNullable<Change['links']>): Promise<boolean> {
  const {at, removed, inserted} = splice;
  if (removed.length !== inserted.length) return false;
  const same = removed.every((r, i) => {
    const n = inserted[i];
    return r.idStart === n.idStart && r.idEnd === n.idEnd && r.enStart === n.enStart && r.enEnd === n.enEnd && r.score === n.score;
  });
  if (!same) return false;
  for (const status of ['automatic', 'confirmed'] as const) {
    const positions = inserted.flatMap((l, i) => (l.status === status && removed[i].status !== status ? [at + i] : []));
    if (!positions.length) continue;
    // Confirming every row up to the cursor changes one contiguous run: a range, not a list of a thousand numbers.
    const contiguous = positions.at(-1)! - positions[0] === positions.length - 1;
    await tx.alignmentLink.updateMany({where: {textId, position: contiguous ? {gte: positions[0], lte: positions.at(-1)!} : {in: positions}}, data: {status}});
  }
  return true;
}
