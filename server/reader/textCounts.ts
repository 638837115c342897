// Paragraph and word counts of texts per language, for the library's cards and /api/texts: counted
// once per text revision and kept in TextCount, since every edit of a published text makes the cached
// library stale and counting a 20,000-paragraph text's words took 0.35 s of PostgreSQL each time.
import type {Lang} from '../../core/vocabulary';
import type {PrismaClient} from '../generated/prisma/client';

export type TextCounts = {textId: string; lang: Lang; paragraphs: number; words: number};

/** The texts' counts per language: kept ones while their text is unchanged, the others counted and kept. */
export async function textCounts(prisma: PrismaClient, ids: string[]): Promise<TextCounts[]> {
  if (!ids.length) return [];
  // What kept counts are valid for: the text's revision (edits, drafts) and update time (imports).
  const stamps = await prisma.$queryRaw<{id: string; stamp: string}[]>`
    SELECT id, revision || '/' || floor(extract(epoch FROM "updatedAt") * 1000)::bigint AS stamp
    FROM "Text" WHERE id = ANY(${ids})`;
  const current = new Map(stamps.map((t) => [t.id, t.stamp]));
  const kept = await prisma.textCount.findMany({
    where: {textId: {in: ids}},
    select: {textId: true, lang: true, stamp: true, paragraphs: true, words: true},
  });
  const fresh = kept.filter((c) => c.stamp === current.get(c.textId));
  const stale = ids.filter((id) => !fresh.some((c) => c.textId === id));
  if (!stale.length) return fresh.map(({stamp: _, ...c}) => c);
  const counted = await prisma.$queryRaw<TextCounts[]>`
    SELECT v."textId", v.lang::text AS lang, count(*)::int AS paragraphs,
           coalesce(sum(array_length(regexp_split_to_array(btrim(p.body), '\\s+'), 1)), 0)::int AS words
    FROM "Paragraph" p JOIN "TextVersion" v ON v.id = p."versionId"
    WHERE v."textId" = ANY(${stale})
    GROUP BY v."textId", v.lang`;
  // Kept under the stamp read before counting: an edit meanwhile leaves them stale, never wrong.
  await prisma.$executeRaw`
    INSERT INTO "TextCount" ("textId", lang, stamp, paragraphs, words)
    SELECT u."textId", u.lang::"Lang", u.stamp, u.paragraphs, u.words
    FROM unnest(${counted.map((c) => c.textId)}::text[], ${counted.map((c) => c.lang)}::text[],
                ${counted.map((c) => current.get(c.textId)!)}::text[], ${counted.map((c) => c.paragraphs)}::int[],
                ${counted.map((c) => c.words)}::int[]) AS u("textId", lang, stamp, paragraphs, words)
    ON CONFLICT ("textId", lang) DO UPDATE SET stamp = EXCLUDED.stamp, paragraphs = EXCLUDED.paragraphs, words = EXCLUDED.words`;
  return [...fresh.map(({stamp: _, ...c}) => c), ...counted];
}
