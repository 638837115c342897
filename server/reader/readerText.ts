// The reader's query: a text with both versions and its alignment, fetched together.

import type {Lang} from '../../core/vocabulary';
import type {PrismaClient} from '../generated/prisma/client';
import {textCounts} from './textCounts';

export interface ReaderParagraph {
  position: number;
  body: string;
  provenance: 'original' | 'human' | 'machine' | 'postedited';
  kind: BlockKind;
  /** Heading level 1–6 when kind is heading. */
  level: number | null;
  /** Emphasis ranges as stored (core/book/emphasisRuns.ts reads them). */
  marks: unknown;
}
export type BlockKind = 'paragraph' | 'heading' | 'quote' | 'listItem' | 'preformatted' | 'verse';
export interface ReaderRow {
  id: ReaderParagraph[];
  en: ReaderParagraph[];
  score: number;
  status: 'automatic' | 'confirmed';
}
export interface ReaderText {
  slug: string;
  kind: string;
  status: string;
  originalLanguage: Lang;
  author: string | null;
  publisher: string | null;
  sourceUrl: string | null;
  publishedAt: Date | null;
  licence: string;
  revision: number;
  versions: Partial<Record<Lang, {title: string; provenance: string; engine: string | null; model: string | null}>>;
  rows: ReaderRow[];
}

/** The columns of a text that every view of it shows, as a Prisma select. */
export const textMetaSelect = {
  slug: true,
  kind: true,
  status: true,
  originalLanguage: true,
  author: true,
  publisher: true,
  sourceUrl: true,
  publishedAt: true,
  licence: true,
  revision: true,
} as const;
/** The columns of a version that every view of a text shows, as a Prisma select. */
export const versionMetaSelect = {lang: true, title: true, provenance: true, engine: true, model: true} as const;

type VersionMeta = NonNullable<ReaderText['versions'][Lang]>;
/** A stored version's head as the reader's `versions` entry holds it. */
export const versionMeta = (v: VersionMeta): VersionMeta => ({
  title: v.title,
  provenance: v.provenance,
  engine: v.engine,
  model: v.model,
});

export async function getReaderText(
  prisma: PrismaClient,
  slug: string,
  options: {includeUnpublished?: boolean} = {},
): Promise<ReaderText | null> {
  const text = await prisma.text.findUnique({
    where: {slug},
    relationLoadStrategy: 'join',
    select: {
      ...textMetaSelect,
      versions: {
        select: {
          ...versionMetaSelect,
          paragraphs: {
            select: {position: true, body: true, provenance: true, kind: true, level: true, marks: true},
            orderBy: {position: 'asc'},
          },
        },
      },
      links: {
        select: {idStart: true, idEnd: true, enStart: true, enEnd: true, score: true, status: true},
        orderBy: {position: 'asc'},
      },
    },
  });
  if (!text || (text.status !== 'published' && !options.includeUnpublished)) return null;

  const paragraphs: Record<Lang, ReaderParagraph[]> = {id: [], en: []};
  const versions: ReaderText['versions'] = {};
  for (const v of text.versions) {
    paragraphs[v.lang] = v.paragraphs;
    versions[v.lang] = versionMeta(v);
  }
  const rows: ReaderRow[] = text.links.length
    ? text.links.map((l) => ({
        id: paragraphs.id.slice(l.idStart, l.idEnd),
        en: paragraphs.en.slice(l.enStart, l.enEnd),
        score: l.score,
        status: l.status,
      }))
    : // A text in one language only: one row per paragraph, the other side empty.
      [...paragraphs.id.map((p) => ({id: [p], en: []})), ...paragraphs.en.map((p) => ({id: [], en: [p]}))].map((r) => ({
        ...r,
        score: 0,
        status: 'automatic' as const,
      }));
  const {versions: _v, links: _l, ...meta} = text;
  return {...meta, versions, rows};
}

export interface LibraryEntry {
  slug: string;
  kind: string;
  status: string;
  titles: Partial<Record<Lang, string>>;
  paragraphCount: number;
  wordCount: number;
}

export async function listTexts(
  prisma: PrismaClient,
  options: {includeUnpublished?: boolean} = {},
): Promise<LibraryEntry[]> {
  const texts = await prisma.text.findMany({
    where: options.includeUnpublished ? {} : {status: 'published'},
    orderBy: [{kind: 'asc'}, {slug: 'asc'}],
    relationLoadStrategy: 'join',
    select: {
      id: true,
      slug: true,
      kind: true,
      status: true,
      originalLanguage: true,
      versions: {select: {lang: true, title: true}},
    },
  });
  if (texts.length === 0) return [];
  // Counted in the database (and kept per revision) so that the library never loads the texts themselves.
  const counts = await textCounts(
    prisma,
    texts.map((t) => t.id),
  );
  return texts.map((t) => {
    const mine = counts.filter((c) => c.textId === t.id);
    // Reading time follows the original language's version when there is one.
    const main = mine.find((c) => c.lang === t.originalLanguage) ?? mine[0];
    return {
      slug: t.slug,
      kind: t.kind,
      status: t.status,
      titles: Object.fromEntries(t.versions.map((v) => [v.lang, v.title])),
      paragraphCount: Math.max(0, ...mine.map((c) => c.paragraphs)),
      wordCount: main?.words ?? 0,
    };
  });
}
