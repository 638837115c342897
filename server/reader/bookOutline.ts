// A long text read page by page: its outline (alignment rows as bare spans, headings, chapters) and
// the paragraphs of one page. Only the page's paragraphs are read, by their order in the version
// (positions are sort keys with gaps, see prisma/schema.prisma), never the whole text.
import {deriveChapters, isPaged, type Chapter, type HeadingRef, type RowSpan} from '../../core/book/readerPages';
import type {Lang} from '../../core/vocabulary';
import type {Prisma, PrismaClient} from '../generated/prisma/client';
import {
  textMetaSelect,
  versionMeta,
  versionMetaSelect,
  type ReaderParagraph,
  type ReaderRow,
  type ReaderText,
} from './readerText';

export type TextMeta = Omit<ReaderText, 'rows'>;
export interface BookOutline {
  textId: string;
  text: TextMeta;
  versionIds: Partial<Record<Lang, string>>;
  /** Whether the text has alignment links; without, each paragraph is a row of its own. */
  linked: boolean;
  rows: RowSpan[];
  chapters: Chapter[];
  paged: boolean;
}

export async function getBookOutline(
  prisma: PrismaClient,
  slug: string,
  options: {includeUnpublished?: boolean} = {},
): Promise<BookOutline | null> {
  const found = await prisma.text.findUnique({
    where: {slug},
    select: {
      id: true,
      ...textMetaSelect,
      updatedAt: true,
      versions: {select: {id: true, ...versionMetaSelect}},
      outline: {select: {stamp: true, data: true}},
    },
  });
  if (!found || (found.status !== 'published' && !options.includeUnpublished)) return null;
  const {id: textId, versions: stored, updatedAt, outline: kept, ...meta} = found;
  const versions: TextMeta['versions'] = {};
  const versionIds: BookOutline['versionIds'] = {};
  for (const v of stored) {
    versions[v.lang] = versionMeta(v);
    versionIds[v.lang] = v.id;
  }
  // Every change bumps the revision (and the time): an outline made from the same text is still right.
  const stamp = `${meta.revision}/${updatedAt.getTime()}`;
  let shape = kept?.stamp === stamp ? unpackShape(kept.data as unknown as PackedShape) : null;
  if (!shape) {
    shape = await computeShape(prisma, textId, versionIds, meta.originalLanguage);
    const data = packShape(shape) as unknown as Prisma.InputJsonValue;
    await prisma.textOutline.upsert({
      where: {textId},
      create: {textId, stamp, data},
      update: {stamp, data},
      select: {textId: true},
    });
  }
  return {textId, text: {...meta, versions}, versionIds, ...shape, paged: isPaged(shape.chapters)};
}

type Shape = Pick<BookOutline, 'linked' | 'rows' | 'chapters'>;
/** As stored: rows as bare arrays, a third of the size of objects. */
interface PackedShape {
  linked: boolean;
  rows: [number, number, number, number][];
  chapters: Chapter[];
}

const packShape = ({linked, rows, chapters}: Shape): PackedShape => ({
  linked,
  rows: rows.map((r) => [r.idStart, r.idEnd, r.enStart, r.enEnd]),
  chapters,
});
const unpackShape = ({linked, rows, chapters}: PackedShape): Shape => ({
  linked,
  rows: rows.map(([idStart, idEnd, enStart, enEnd]) => ({idStart, idEnd, enStart, enEnd})),
  chapters,
});

/** Rows, headings and chapters from every link and paragraph of the text: the work the stored outline saves. */
async function computeShape(
  prisma: PrismaClient,
  textId: string,
  versionIds: BookOutline['versionIds'],
  originalLanguage: Lang,
): Promise<Shape> {
  // json_agg: one value that JSON.parse reads at native speed, where ten thousand rows are decoded one by one.
  const [spans] = await prisma.$queryRaw<{rows: [number, number, number, number][] | null}[]>`
    SELECT json_agg(json_build_array("idStart", "idEnd", "enStart", "enEnd") ORDER BY position) AS rows
    FROM "AlignmentLink" WHERE "textId" = ${textId}`;
  const headings: Record<Lang, HeadingRef[]> = {id: [], en: []};
  const ids = Object.values(versionIds);
  // One pass over each version by its index: the headings, and every paragraph's length in its order
  // (pages are cut by characters), as one JSON value per version.
  const scanned = await prisma.$queryRaw<
    {versionId: string; lengths: number[]; headings: [number, number | null, string][] | null}[]
  >`
    SELECT "versionId", json_agg(length(body) ORDER BY ordinal) AS lengths,
           json_agg(json_build_array(ordinal, level, body) ORDER BY ordinal) FILTER (WHERE kind = 'heading') AS headings
    FROM (SELECT "versionId", kind, level, body,
                 (row_number() OVER (PARTITION BY "versionId" ORDER BY position) - 1)::int AS ordinal
          FROM "Paragraph" WHERE "versionId" = ANY(${ids})) p
    GROUP BY "versionId"`;
  const lengths: Record<Lang, number[]> = {id: [], en: []};
  for (const v of scanned) {
    const lang: Lang = versionIds.id === v.versionId ? 'id' : 'en';
    lengths[lang] = v.lengths;
    headings[lang] = (v.headings ?? []).map(([ordinal, level, title]) => ({ordinal, level: level ?? 1, title}));
  }
  const counts = {id: lengths.id.length, en: lengths.en.length};
  const linked = !!spans?.rows?.length;
  const rows: RowSpan[] = linked
    ? spans!.rows!.map(([idStart, idEnd, enStart, enEnd]) => ({idStart, idEnd, enStart, enEnd}))
    : [
        ...Array.from({length: counts.id}, (_, i) => ({idStart: i, idEnd: i + 1, enStart: 0, enEnd: 0})),
        ...Array.from({length: counts.en}, (_, i) => ({
          idStart: counts.id,
          idEnd: counts.id,
          enStart: i,
          enEnd: i + 1,
        })),
      ];
  return {linked, rows, chapters: deriveChapters(rows, headings, originalLanguage, lengths)};
}

/** The reader rows [start, end) with their paragraphs: two queries per language, bounded by the page. */
export async function getPageRows(
  prisma: PrismaClient,
  outline: BookOutline,
  start: number,
  end: number,
): Promise<ReaderRow[]> {
  const slice = outline.rows.slice(start, end);
  if (!slice.length) return [];
  const paragraphs = {} as Record<Lang, {from: number; list: ReaderParagraph[]}>;
  for (const lang of ['id', 'en'] as const) {
    const from = Math.min(...slice.map((r) => (lang === 'id' ? r.idStart : r.enStart)));
    const to = Math.max(...slice.map((r) => (lang === 'id' ? r.idEnd : r.enEnd)));
    const versionId = outline.versionIds[lang];
    paragraphs[lang] = {
      from,
      list:
        versionId && to > from
          ? await prisma.$queryRaw<ReaderParagraph[]>`
              SELECT position, body, provenance::text AS provenance, kind::text AS kind, level, marks
              FROM "Paragraph" WHERE "versionId" = ${versionId}
              ORDER BY position OFFSET ${from} LIMIT ${to - from}`
          : [],
    };
  }
  const links = outline.linked
    ? await prisma.$queryRaw<{score: number; status: 'automatic' | 'confirmed'}[]>`
        SELECT score, status::text AS status FROM "AlignmentLink" WHERE "textId" = ${outline.textId}
        ORDER BY position OFFSET ${start} LIMIT ${end - start}`
    : [];
  const take = (lang: Lang, a: number, b: number) =>
    paragraphs[lang].list.slice(a - paragraphs[lang].from, b - paragraphs[lang].from);
  return slice.map((r, k) => ({
    id: take('id', r.idStart, r.idEnd),
    en: take('en', r.enStart, r.enEnd),
    score: links[k]?.score ?? 0,
    status: links[k]?.status ?? 'automatic',
  }));
}
