// The library a page at a time: filtered, sorted and counted in the database, so that a thousand
// texts cost what the twenty-four shown cost, and the counts are read for those only.
import {LIBRARY_PAGE_SIZE, type LibraryQuery} from '../../core/texts/libraryQuery';
import type {Lang} from '../../core/vocabulary';
import {Prisma, type PrismaClient} from '../generated/prisma/client';
import {textCounts} from './textCounts';

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
  const found = await prisma.$queryRaw<{id: string; slug: string; kind: string; originalLanguage: Lang}[]>`
    SELECT t.id, t.slug, t.kind::text AS kind, t."originalLanguage"::text AS "originalLanguage" FROM "Text" t
    WHERE ${where} ORDER BY ${order}
    LIMIT ${LIBRARY_PAGE_SIZE} OFFSET ${(query.page - 1) * LIBRARY_PAGE_SIZE}`;
  if (!found.length) return {cards: [], total, pages};
  const ids = found.map((t) => t.id);
  const [versions, counts] = await Promise.all([
    prisma.textVersion.findMany({where: {textId: {in: ids}}, select: {textId: true, lang: true, title: true}}),
    textCounts(prisma, ids),
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
