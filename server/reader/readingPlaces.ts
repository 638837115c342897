// Where signed-in readers are in each text, so that coming back offers the place they left.
import type {PrismaClient} from '../generated/prisma/client';

export async function getReadingPlace(prisma: PrismaClient, userId: string, slug: string): Promise<number | null> {
  const place = await prisma.readingPlace.findFirst({
    where: {userId, text: {slug, status: 'published'}},
    select: {row: true},
  });
  return place?.row ?? null;
}

/** Stores the row; false when the text is not a published one or has no such row. */
export async function saveReadingPlace(
  prisma: PrismaClient,
  userId: string,
  slug: string,
  row: number,
): Promise<boolean> {
  const text = await prisma.text.findUnique({where: {slug}, select: {id: true, status: true}});
  if (text?.status !== 'published') return false;
  // A row past the end would be offered as a place that does not exist.
  // Rows are the alignment links, or, in a text without any, its paragraphs one by one.
  const [{rows}] = await prisma.$queryRaw<{rows: number}[]>`
    SELECT coalesce(
      nullif((SELECT count(*) FROM "AlignmentLink" WHERE "textId" = ${text.id}), 0),
      (SELECT count(*) FROM "Paragraph" p JOIN "TextVersion" v ON v.id = p."versionId" WHERE v."textId" = ${text.id})
    )::int AS rows`;
  if (row >= rows) return false;
  await prisma.readingPlace.upsert({
    where: {userId_textId: {userId, textId: text.id}},
    create: {userId, textId: text.id, row},
    update: {row},
    select: {row: true},
  });
  return true;
}
