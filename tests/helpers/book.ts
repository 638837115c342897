// A structured bilingual book for tests and benchmarks: chapters with headings (level 1), a section
// heading (level 2) in each chapter, quotes, list items, verse and emphasis, stored through the import.
import type {PrismaClient} from '../../server/generated/prisma/client';
import {importTextSource} from '../../server/texts/importContent';
import type {ScoredRun} from '../../server/texts/links';

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

/** The block kind of paragraph k of a chapter: the same on both sides, so that structure lines up. */
function blockOf(k: number): {kind: string; level: number | null} {
  if (k === 0) return {kind: 'heading', level: 1};
  if (k === 1) return {kind: 'heading', level: 2};
  if (k % 17 === 5) return {kind: 'quote', level: null};
  if (k % 23 === 7) return {kind: 'listItem', level: null};
  if (k % 29 === 9) return {kind: 'verse', level: null};
  return {kind: 'paragraph', level: null};
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
  // Block kinds by each paragraph's place in its chapter; every fourth paragraph has emphasis.
  const per = shape.perChapter;
  const kinds = Array.from({length: per}, (_, k) => ({k, ...blockOf(k)})).filter((b) => b.kind !== 'paragraph');
  for (const b of kinds) {
    await prisma.$executeRaw`
      UPDATE "Paragraph" p SET kind = ${b.kind}::"BlockKind", level = ${b.level}
      FROM (SELECT id, (row_number() OVER (PARTITION BY "versionId" ORDER BY position) - 1)::int AS ordinal
            FROM "Paragraph" WHERE "versionId" IN (SELECT id FROM "TextVersion" WHERE "textId" = ${id})) o
      WHERE p.id = o.id AND o.ordinal % ${per} = ${b.k}`;
  }
  await prisma.$executeRaw`
    UPDATE "Paragraph" p SET marks = '[[0, 7, "em"], [8, 11, "strong"]]'::jsonb
    FROM (SELECT id, (row_number() OVER (PARTITION BY "versionId" ORDER BY position) - 1)::int AS ordinal
          FROM "Paragraph" WHERE "versionId" IN (SELECT id FROM "TextVersion" WHERE "textId" = ${id})) o
    WHERE p.id = o.id AND o.ordinal % ${per} > 1 AND o.ordinal % 4 = 2`;
  return id;
}
