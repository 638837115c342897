// The library a page at a time: filtered, sorted and counted in the database, so that a thousand
// texts cost what the twenty-four shown cost, and the counts are read for those only.
import {LIBRARY_PAGE_SIZE, type LibraryQuery} from '../../core/texts/libraryQuery';
import type {Lang} from '../../core/vocabulary';
import {Prisma, type PrismaClient} from '../generated/prisma/client';

export interface LibraryCard {
  slug: string;
  kind: string;
  titles: Partial<Record<Lang, string>>;
  paragraphCount: number;
  wordCount: number;
}
export interface LibraryPage {
  cards: LibraryCard[];
  total: number;
  pages: number;
}

type Counts = {textId: string; lang: Lang; paragraphs: number; words: number};

/** What a text's kept counts are valid for: its revision (edits) and update time (imports). */
const STAMP = Prisma.sql`t.revision || '/' || floor(extract(epoch FROM t."updatedAt") * 1000)::bigint`;

/**
 * The texts' paragraph and word counts per language: kept in TextCount per text revision, counted
 * (words split on white space) only for texts changed since, and kept again for the next render.
 */
async function textCounts(prisma: PrismaClient, texts: {id: string; stamp: string}[]): Promise<Counts[]> {
  const ids = texts.map((t) => t.id);
  const kept = await prisma.textCount.findMany({
    where: {textId: {in: ids}},
    select: {textId: true, lang: true, stamp: true, paragraphs: true, words: true},
  });
  const current = new Map(texts.map((t) => [t.id, t.stamp]));
  const fresh = kept.filter((c) => c.stamp === current.get(c.textId));
  const stale = ids.filter((id) => !fresh.some((c) => c.textId === id));
  if (!stale.length) return fresh;
  const counted = await prisma.$queryRaw<Counts[]>`
    SELECT v."textId", v.lang::text AS lang, count(*)::int AS paragraphs,
           coalesce(sum(array_length(regexp_split_to_array(btrim(p.body), '\\s+'), 1)), 0)::int AS words
    FROM "Paragraph" p JOIN "TextVersion" v ON v.id = p."versionId"
    WHERE v."textId" = ANY(${stale})
    GROUP BY v."textId", v.lang`;
  // Kept under the stamp read with the texts: an edit meanwhile leaves them stale, never wrong.
  await prisma.$executeRaw`
    INSERT INTO "TextCount" ("textId", lang, stamp, paragraphs, words)
    SELECT u."textId", u.lang::"Lang", u.stamp, u.paragraphs, u.words
    FROM unnest(${counted.map((c) => c.textId)}::text[], ${counted.map((c) => c.lang)}::text[],
                ${counted.map((c) => current.get(c.textId)!)}::text[], ${counted.map((c) => c.paragraphs)}::int[],
                ${counted.map((c) => c.words)}::int[]) AS u("textId", lang, stamp, paragraphs, words)
    ON CONFLICT ("textId", lang) DO UPDATE SET stamp = EXCLUDED.stamp, paragraphs = EXCLUDED.paragraphs, words = EXCLUDED.words`;
  return [...fresh, ...counted];
}

export async function listLibraryPage(prisma: PrismaClient, query: LibraryQuery, uiLang: Lang): Promise<LibraryPage> {
  const filters = [
    Prisma.sql`t.status = 'published'`,
    ...(query.kind ? [Prisma.sql`t.kind = ${query.kind}::"TextKind"`] : []),
    ...(query.lang ? [Prisma.sql`t."originalLanguage" = ${query.lang}::"Lang"`] : []),
  ];
  const where = Prisma.join(filters, ' AND ');
  // Length is the original's paragraph count; a text sorts by its title in the UI language when it has one.
  const length = Prisma.sql`(SELECT count(*) FROM "Paragraph" p JOIN "TextVersion" v ON v.id = p."versionId"
    WHERE v."textId" = t.id AND v.lang = t."originalLanguage")`;
  const title = Prisma.sql`(SELECT v.title FROM "TextVersion" v WHERE v."textId" = t.id
    ORDER BY (v.lang = ${uiLang}::"Lang") DESC LIMIT 1)`;
  const order =
    query.sort === 'title'
      ? Prisma.sql`lower(${title}) ASC, t.slug ASC`
      : query.sort === 'length'
        ? Prisma.sql`${length} DESC, t.slug ASC`
        : Prisma.sql`coalesce(t."publishedAt", t."createdAt"::date) DESC, t."createdAt" DESC, t.slug ASC`;
  const [{total}] = await prisma.$queryRaw<
    {total: number}[]
  >`SELECT count(*)::int AS total FROM "Text" t WHERE ${where}`;
  const pages = Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE));
  const found = await prisma.$queryRaw<
    {id: string; slug: string; kind: string; originalLanguage: Lang; stamp: string}[]
  >`
    SELECT t.id, t.slug, t.kind::text AS kind, t."originalLanguage"::text AS "originalLanguage",
      ${STAMP} AS stamp FROM "Text" t
    WHERE ${where} ORDER BY ${order}
    LIMIT ${LIBRARY_PAGE_SIZE} OFFSET ${(query.page - 1) * LIBRARY_PAGE_SIZE}`;
  if (!found.length) return {cards: [], total, pages};
  const ids = found.map((t) => t.id);
  const [versions, counts] = await Promise.all([
    prisma.textVersion.findMany({where: {textId: {in: ids}}, select: {textId: true, lang: true, title: true}}),
    textCounts(prisma, found),
  ]);
  const cards = found.map((t) => {
    const mine = counts.filter((c) => c.textId === t.id);
    const main = mine.find((c) => c.lang === t.originalLanguage) ?? mine[0];
    return {
      slug: t.slug,
      kind: t.kind,
      titles: Object.fromEntries(versions.filter((v) => v.textId === t.id).map((v) => [v.lang, v.title])),
      paragraphCount: Math.max(0, ...mine.map((c) => c.paragraphs)),
      wordCount: main?.words ?? 0,
    };
  });
  return {cards, total, pages};
}
