// The editor's page of a long text: the whole text's rows and headings (core/editing/partialDoc.ts),
// the paragraphs of the chapter it opens on, and any other chapter's paragraphs when the page asks
// for them. Each read is one statement (one snapshot), and paragraphs come only with the revision
// the page holds: positions mean nothing at another revision.
import type {Lang, LinkState} from '../../core/vocabulary';
import type {ParagraphState, Provenance, TextStatus} from '../../core/editing/alignmentChange';
import {displayRows, editorChapters, windowAt} from '../../core/editing/editorWindow';
import {
  clip,
  type DocOutline,
  type ParagraphChunk,
  type ParagraphRanges,
  packRows,
  partialDocOf,
  rowParagraphs,
} from '../../core/editing/partialDoc';
import {Prisma, type PrismaClient} from '../generated/prisma/client';

export interface EditorOutline {
  textId: string;
  slug: string;
  status: TextStatus;
  revision: number;
  titles: Partial<Record<Lang, string>>;
  doc: DocOutline;
}
export interface EditorStart extends EditorOutline {
  /** The paragraphs of the chapter (or page) holding row 0. */
  chunk: ParagraphChunk;
}

type Reader = PrismaClient | Prisma.TransactionClient;
type StoredParagraph = [body: string, provenance: Provenance, level: number | null];

const paragraphOf = ([body, provenance, level]: StoredParagraph): ParagraphState =>
  level === null ? {body, provenance} : {body, provenance, heading: level};

/** The text's rows, headings and paragraph counts, without any other paragraph; null for an unknown text. */
export async function getEditorOutline(
  prisma: Reader,
  where: {slug: string} | {id: string},
): Promise<EditorOutline | null> {
  const match = 'slug' in where ? Prisma.sql`t.slug = ${where.slug}` : Prisma.sql`t.id = ${where.id}`;
  const [text] = await prisma.$queryRaw<
    {
      id: string;
      slug: string;
      status: TextStatus;
      revision: number;
      links: [number, number, number, number, number, LinkState['status']][] | null;
      versions: [Lang, string, number, [number, ...StoredParagraph][] | null][] | null;
    }[]
  >`
    SELECT t.id, t.slug, t.status::text AS status, t.revision,
      (SELECT json_agg(json_build_array("idStart", "idEnd", "enStart", "enEnd", score, status) ORDER BY position)
       FROM "AlignmentLink" WHERE "textId" = t.id) AS links,
      (SELECT json_agg(json_build_array(v.lang, v.title,
         (SELECT count(*) FROM "Paragraph" WHERE "versionId" = v.id),
         -- Places are counted over narrow rows; only the headings' bodies are read.
         (SELECT json_agg(json_build_array(h.ordinal, p.body, p.provenance::text, coalesce(p.level, 1)) ORDER BY h.ordinal)
          FROM (SELECT id, kind, (row_number() OVER (ORDER BY position) - 1)::int AS ordinal
                FROM "Paragraph" WHERE "versionId" = v.id) h
          JOIN "Paragraph" p ON p.id = h.id
          WHERE h.kind = 'heading')))
       FROM "TextVersion" v WHERE v."textId" = t.id) AS versions
    FROM "Text" t WHERE ${match}`;
  if (!text) return null;
  const links = (text.links ?? []).map(([idStart, idEnd, enStart, enEnd, score, status]) => ({
    idStart,
    idEnd,
    enStart,
    enEnd,
    score,
    status,
  }));
  const doc: DocOutline = {rows: packRows(links), counts: {id: 0, en: 0}, headings: {id: [], en: []}};
  const titles: EditorOutline['titles'] = {};
  for (const [lang, title, count, headings] of text.versions ?? []) {
    titles[lang] = title;
    doc.counts[lang] = Number(count);
    doc.headings[lang] = (headings ?? []).map(([at, ...p]) => ({at, paragraph: paragraphOf(p)}));
  }
  const {id: textId, slug, status, revision} = text;
  return {textId, slug, status, revision, titles, doc};
}

/**
 * Paragraphs [from, to) of each language as they are at `revision`; 'stale' when the text has
 * changed since (the page then starts again from the outline), null for an unknown text.
 */
export async function readEditorParagraphs(
  prisma: Reader,
  textId: string,
  revision: number,
  ranges: ParagraphRanges,
): Promise<ParagraphChunk | 'stale' | null> {
  const side = (lang: Lang) => {
    const [from, to] = ranges[lang];
    return Prisma.sql`(SELECT json_agg(json_build_array(body, provenance, level) ORDER BY position)
      FROM (SELECT body, provenance::text AS provenance, CASE WHEN kind = 'heading' THEN coalesce(level, 1) END AS level,
                   position
            FROM "Paragraph"
            WHERE "versionId" = (SELECT id FROM "TextVersion" WHERE "textId" = t.id AND lang = ${lang}::"Lang")
            ORDER BY position OFFSET ${from} LIMIT ${Math.max(0, to - from)}) p)`;
  };
  const [text] = await prisma.$queryRaw<
    {revision: number; id: StoredParagraph[] | null; en: StoredParagraph[] | null}[]
  >`
    SELECT t.revision, ${side('id')} AS id, ${side('en')} AS en FROM "Text" t WHERE t.id = ${textId}`;
  if (!text) return null;
  if (text.revision !== revision) return 'stale';
  return {
    id: {from: ranges.id[0], list: (text.id ?? []).map(paragraphOf)},
    en: {from: ranges.en[0], list: (text.en ?? []).map(paragraphOf)},
  };
}

/** The editor's page: the outline and the paragraphs of the chapter holding row 0. */
export async function getEditorStart(prisma: Reader, slug: string): Promise<EditorStart | null> {
  // An edit between the two reads moves paragraphs: read both again at the new revision.
  for (let attempt = 0; ; attempt++) {
    const outline = await getEditorOutline(prisma, {slug});
    if (!outline) return null;
    const doc = partialDocOf(outline.doc);
    const rows = displayRows(doc);
    const {load} = windowAt(editorChapters(rows, doc.paragraphs), rows, 0);
    const ranges = clip(rowParagraphs(rows, load.start, load.end));
    const chunk = await readEditorParagraphs(prisma, outline.textId, outline.revision, ranges);
    if (chunk === null) return null;
    if (chunk !== 'stale') return {...outline, chunk};
    if (attempt === 3) throw new Error(`the text ${slug} kept changing while its editor page was read`);
  }
}
