// A structured bilingual book for tests and benchmarks: chapters with headings (level 1), a section
// heading (level 2) in each chapter, quotes, list items, verse and emphasis, stored through the import.
import type {PrismaClient} from '../../server/generated/prisma/client';
import {importTextSource} from '../../server/texts/importContent';
import type {ScoredRun} from '../../core/vocabulary';

export interface BookShape {
  slug: string;
  chapters: number;
  /** Paragraphs per chapter, the heading included. */
  perChapter: number;
  status?: 'draft' | 'published';
}

const words = 'pulau kenari angin laut perahu nelayan pagi hari rumah kampung'.split(' ');
const wordsEn = 'island canary wind sea boat fisher morning day house village'.split(' ');

function body(lang: 'id' | 'en', chapter: number, k: number): string {
  if (k === 0) return lang === 'id' ? `Bab ${chapter}: Pulau ${chapter}` : `Chapter ${chapter}: Island ${chapter}`;
  if (k === 1) return lang === 'id' ? `Bagian ${chapter}.1` : `Section ${chapter}.1`;
  const list = lang === 'id' ? words : wordsEn;
  const sentence = (s: number) =>
    `${lang === 'id' ? 'Kalimat' : 'Sentence'} ${chapter}.${k}.${s} ${list.slice(s % 5, (s % 5) + 5).join(' ')}.`;
  return [1, 2, 3].map(sentence).join(' ');
}

// Pairs paragraphs one to one, unconfirmed: the editor's operations and re-aligning have work to do.
const oneToOne = (id: string[], en: string[]): ScoredRun[] =>
  Array.from({length: Math.max(id.length, en.length)}, (_, i) => ({
    id: i < id.length ? [i] : [],
    en: i < en.length ? [i] : [],
    score: 0.9,
  }));

/** Stores the book and returns its text id. */
export async function storeBook(prisma: PrismaClient, shape: BookShape): Promise<string> {
  const paragraphs = (lang: 'id' | 'en') =>
    Array.from({length: shape.chapters * shape.perChapter}, (_, i) =>
      body(lang, Math.floor(i / shape.perChapter) + 1, i % shape.perChapter),
    );
  await importTextSource(
    prisma,
    {
      slug: shape.slug,
      alignment: null,
      meta: {kind: 'book', originalLanguage: 'id', licence: 'synthetic', author: 'Selaras'},
      versions: {
        id: {title: `Buku ${shape.slug}`, provenance: 'original', paragraphs: paragraphs('id')},
        en: {title: `Book ${shape.slug}`, provenance: 'human', paragraphs: paragraphs('en')},
      },
    },
    oneToOne,
    shape.status ?? 'published',
  );
  const {id} = await prisma.text.findUniqueOrThrow({where: {slug: shape.slug}, select: {id: true}});
  // Block kinds by each paragraph's place k in its chapter, the same on both sides so that structure
  // lines up: headings at k = 0 (chapter, level 1) and 1 (section, level 2), then quotes, list items
  // and verse here and there; every fourth paragraph has emphasis. One statement: a book has 20,000 rows.
  await prisma.$executeRaw`
    UPDATE "Paragraph" p
    SET kind = (CASE WHEN o.k <= 1 THEN 'heading' WHEN o.k % 17 = 5 THEN 'quote' WHEN o.k % 23 = 7 THEN 'listItem'
                     WHEN o.k % 29 = 9 THEN 'verse' ELSE 'paragraph' END)::"BlockKind",
        level = (CASE o.k WHEN 0 THEN 1 WHEN 1 THEN 2 END),
        marks = (CASE WHEN o.k > 1 AND o.ordinal % 4 = 2 THEN '[[0, 7, "em"], [8, 11, "strong"]]'::jsonb END)
    FROM (SELECT id, ordinal, ordinal % ${shape.perChapter} AS k FROM (
            SELECT id, (row_number() OVER (PARTITION BY "versionId" ORDER BY position) - 1)::int AS ordinal
            FROM "Paragraph" WHERE "versionId" IN (SELECT id FROM "TextVersion" WHERE "textId" = ${id})) n) o
    WHERE p.id = o.id AND (o.k <= 1 OR o.k % 17 = 5 OR o.k % 23 = 7 OR o.k % 29 = 9 OR o.ordinal % 4 = 2)`;
  return id;
}
