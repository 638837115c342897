// Many small published texts at once, for the library's pages, filters and sorts: written with
// set-based SQL, since a thousand imports would take minutes.
import type {PrismaClient} from '../../server/generated/prisma/client';

/**
 * Texts library-0001 … library-NNNN: kinds in turn (news, essay, documentation, book, story), every
 * third one originally English, text g has g % 7 + 1 paragraphs and was published g days after 2020-01-01.
 */
export async function storeManyTexts(prisma: PrismaClient, count: number): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "Text" (id, slug, kind, status, "originalLanguage", licence, "publishedAt", "createdAt", "updatedAt")
    SELECT 'library-' || g, 'library-' || lpad(g::text, 4, '0'),
           (ARRAY['news', 'essay', 'documentation', 'book', 'story'])[1 + g % 5]::"TextKind", 'published',
           (CASE WHEN g % 3 = 0 THEN 'en' ELSE 'id' END)::"Lang", 'synthetic', date '2020-01-01' + g, now(), now()
    FROM generate_series(1, ${count}) g`;
  await prisma.$executeRaw`
    INSERT INTO "TextVersion" (id, "textId", lang, title, provenance)
    SELECT 'library-' || g || '-' || l, 'library-' || g, l::"Lang",
           (CASE WHEN l = 'id' THEN 'Teks ' ELSE 'Text ' END) || lpad(g::text, 4, '0'), 'original'
    FROM generate_series(1, ${count}) g, unnest(ARRAY['id', 'en']) l`;
  await prisma.$executeRaw`
    INSERT INTO "Paragraph" (id, "versionId", lang, position, body, provenance)
    SELECT 'library-' || g || '-' || l || '-' || k, 'library-' || g || '-' || l, l::"Lang", k,
           'Kalimat pendek nomor ' || k || '.', 'original'
    FROM generate_series(1, ${count}) g, unnest(ARRAY['id', 'en']) l, generate_series(0, g % 7) k`;
}
