// Downloads of an aligned text: TMX for CAT tools, TSV for spreadsheets, JSON for programs. Each is
// streamed in chunks of rows read by primary key, so a 20,000-row text costs the memory of one chunk
// (and of the rows' ids). Every chunk is read at the revision the export started from: an
// edit in between ends the download with an error rather than mixing two states of the text.
// Every row says where its paragraphs came from (original, human, machine, post-edited machine),
// with the engine and model of machine text, so that nobody takes a machine draft for a translation.
import type {Lang} from '../../core/vocabulary';
import {tmxHead, tmxTail, tmxUnit, type TmxOrigin} from '../../core/texts/tmx';
import type {Provenance} from '../../core/editing/alignmentChange';
import {block, cleanMarks, type Block, type BlockKind} from '../../core/book/blocks';
import type {PrismaClient} from '../generated/prisma/client';
import {versionMetaSelect} from '../reader/readerText';

export type ExportFormat = 'tmx' | 'tsv' | 'json';

export interface VersionOrigin {
  provenance: Provenance;
  engine: string | null;
  model: string | null;
}

export interface ExportHead {
  textId: string;
  slug: string;
  status: string;
  originalLanguage: Lang;
  licence: string;
  titles: Partial<Record<Lang, string>>;
  revision: number;
  versions: Partial<Record<Lang, VersionOrigin & {id: string}>>;
}

export interface ExportRow {
  id: string[];
  en: string[];
  score: number;
  status: string;
  provenance: Record<Lang, Provenance[]>;
  /** The paragraphs with their structure (kind, heading level, emphasis), as book exports need them. */
  blocks: Record<Lang, Block[]>;
}

export type AlignedExport = Omit<ExportHead, 'textId' | 'versions'> & {
  versions: Partial<Record<Lang, VersionOrigin>>;
  rows: ExportRow[];
};
interface Visibility {
  includeUnpublished: boolean;
}

export async function getExportHead(
  prisma: PrismaClient,
  slug: string,
  options: Visibility,
): Promise<ExportHead | null> {
  const text = await prisma.text.findUnique({
    where: {slug},
    select: {
      id: true,
      slug: true,
      status: true,
      originalLanguage: true,
      licence: true,
      revision: true,
      versions: {select: {id: true, ...versionMetaSelect}},
    },
  });
  if (!text || (text.status !== 'published' && !options.includeUnpublished)) return null;
  const head: ExportHead = {
    textId: text.id,
    slug: text.slug,
    status: text.status,
    originalLanguage: text.originalLanguage,
    licence: text.licence,
    titles: {},
    revision: text.revision,
    versions: {},
  };
  for (const v of text.versions) {
    head.titles[v.lang] = v.title;
    head.versions[v.lang] = {id: v.id, provenance: v.provenance, engine: v.engine, model: v.model};
  }
  return head;
}

export class ExportChanged extends Error {
  constructor(readonly slug: string) {
    super(`text ${slug} changed during its export`);
  }
}

type LinkTuple = [number, number, number, number, number, string];
type ParagraphTuple = [string, Provenance, BlockKind, number | null, unknown];

/** The text's rows in order, `chunk` at a time, all read at the head's revision. */
export async function* readExportRows(
  prisma: PrismaClient,
  head: ExportHead,
  chunk = 500,
): AsyncGenerator<ExportRow[]> {
  // Positions have no index (migration positions_without_unique_index keeps edits cheap), so a chunk
  // read by position would scan and sort the whole text each time: 100,000 rows took minutes. The
  // ids in order are read once instead (about 30 bytes a row), and each chunk by primary key.
  type Order = {revision: number | null; links: string[] | null; id: string[] | null; en: string[] | null};
  const [order] = await prisma.$queryRaw<Order[]>`
    SELECT (SELECT revision FROM "Text" WHERE id = ${head.textId}) AS revision,
      (SELECT json_agg(id ORDER BY position) FROM "AlignmentLink" WHERE "textId" = ${head.textId}) AS links,
      (SELECT json_agg(id ORDER BY position) FROM "Paragraph"
       WHERE "versionId" = ${head.versions.id?.id ?? ''}) AS id,
      (SELECT json_agg(id ORDER BY position) FROM "Paragraph"
       WHERE "versionId" = ${head.versions.en?.id ?? ''}) AS en`;
  if (order?.revision !== head.revision) throw new ExportChanged(head.slug);
  const ids = {links: order.links ?? [], id: order.id ?? [], en: order.en ?? []};
  for (let from = 0; from < ids.links.length; from += chunk) {
    const [page] = await prisma.$queryRaw<{revision: number | null; links: LinkTuple[] | null}[]>`
      SELECT (SELECT revision FROM "Text" WHERE id = ${head.textId}) AS revision,
        (SELECT json_agg(json_build_array("idStart", "idEnd", "enStart", "enEnd", score, status) ORDER BY position)
         FROM "AlignmentLink" WHERE id = ANY(${ids.links.slice(from, from + chunk)}::text[])) AS links`;
    if (page?.revision !== head.revision) throw new ExportChanged(head.slug);
    const links = page.links ?? [];
    if (!links.length) throw new ExportChanged(head.slug);
    // Links tile both versions in order: the chunk's paragraphs run from its first link's start to
    // its last link's end.
    const first = {id: links[0]![0], en: links[0]![2]};
    const wanted = (side: Lang) => ids[side].slice(first[side], links.at(-1)![side === 'id' ? 1 : 3]);
    type Bodies = {revision: number | null; id: ParagraphTuple[] | null; en: ParagraphTuple[] | null};
    const [bodies] = await prisma.$queryRaw<Bodies[]>`
      SELECT (SELECT revision FROM "Text" WHERE id = ${head.textId}) AS revision,
        (SELECT json_agg(json_build_array(body, provenance, kind, level, marks) ORDER BY position)
         FROM "Paragraph" WHERE id = ANY(${wanted('id')}::text[])) AS id,
        (SELECT json_agg(json_build_array(body, provenance, kind, level, marks) ORDER BY position)
         FROM "Paragraph" WHERE id = ANY(${wanted('en')}::text[])) AS en`;
    if (bodies?.revision !== head.revision) throw new ExportChanged(head.slug);
    const paragraphs = {id: bodies.id ?? [], en: bodies.en ?? []};
    const slice = (side: Lang, start: number, end: number) =>
      paragraphs[side].slice(start - first[side], end - first[side]);
    yield links.map(([idStart, idEnd, enStart, enEnd, score, status]) => {
      const id = slice('id', idStart, idEnd);
      const en = slice('en', enStart, enEnd);
      const provenance = {id: id.map((p) => p[1]), en: en.map((p) => p[1])};
      const blocks = {id: id.map(toBlock), en: en.map(toBlock)};
      return {id: id.map((p) => p[0]), en: en.map((p) => p[0]), score, status, provenance, blocks};
    });
  }
}

const toBlock = ([body, , kind, level, marks]: ParagraphTuple): Block =>
  block(kind, body, level, cleanMarks(marks, body.length));

/** The whole text in memory, for callers that want the rows as objects (tests); null when not visible. */
export async function getAlignedExport(
  prisma: PrismaClient,
  slug: string,
  options: Visibility,
): Promise<AlignedExport | null> {
  // An edit during the read is retried once or twice: it takes milliseconds.
  for (let attempt = 0; ; attempt++) {
    const head = await getExportHead(prisma, slug, options);
    if (!head) return null;
    try {
      const rows: ExportRow[] = [];
      for await (const chunk of readExportRows(prisma, head)) rows.push(...chunk);
      return {...describeHead(head), rows};
    } catch (error) {
      if (!(error instanceof ExportChanged) || attempt >= 2) throw error;
    }
  }
}

function describeHead({textId: _textId, versions, ...head}: ExportHead): Omit<AlignedExport, 'rows'> {
  const origins: AlignedExport['versions'] = {};
  for (const side of ['id', 'en'] as const) {
    const v = versions[side];
    if (v) origins[side] = {provenance: v.provenance, engine: v.engine, model: v.model};
  }
  return {...head, versions: origins};
}

// Machine first: a row with any machine paragraph on a side is machine output on that side.
const PRECEDENCE: Provenance[] = ['machine', 'postedited', 'human', 'original'];

function originOf(head: ExportHead, side: Lang, provenances: Provenance[]): TmxOrigin | undefined {
  const provenance = PRECEDENCE.find((p) => provenances.includes(p));
  if (!provenance) return undefined;
  const version = head.versions[side];
  const machine = provenance === 'machine' || provenance === 'postedited';
  if (!machine) return {provenance};
  return {provenance, ...(version?.engine && {engine: version.engine}), ...(version?.model && {model: version.model})};
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula:
 * such a cell gets a leading apostrophe, as OWASP's CSV-injection advice says. Some spreadsheets
 * skip leading spaces first, so a cell whose first visible character is one of them gets it too.
 */
export function tsvCell(paragraphs: string[]): string {
  const cell = paragraphs.join(' ¶ ').replace(/[\t\r\n]+/g, ' ');
  return /^\s*[=+\-@]/.test(cell) ? `'${cell}` : cell;
}

/** 'machine: openai gpt-4o-mini', 'original', or nothing for a side without paragraphs. */
function tsvOrigin(origin: TmxOrigin | undefined): string {
  if (!origin) return '';
  const engine = [origin.engine, origin.model].filter(Boolean).join(' ');
  return engine ? `${origin.provenance}: ${engine}` : origin.provenance;
}

function renderRow(format: ExportFormat, head: ExportHead, row: ExportRow, index: number): string {
  if (format === 'tmx') {
    const origin = {id: originOf(head, 'id', row.provenance.id), en: originOf(head, 'en', row.provenance.en)};
    const present = Object.fromEntries(Object.entries(origin).filter(([, o]) => o));
    return tmxUnit({id: row.id, en: row.en, origin: present}, index);
  }
  if (format === 'tsv') {
    const origins = (['id', 'en'] as const).map((side) =>
      tsvCell([tsvOrigin(originOf(head, side, row.provenance[side]))]),
    );
    return `${[tsvCell(row.id), tsvCell(row.en), row.score.toFixed(3), row.status, ...origins].join('\t')}\n`;
  }
  return `${index ? ',' : ''}\n    ${JSON.stringify(row)}`;
}

function renderOpening(format: ExportFormat, head: ExportHead, now: Date): string {
  if (format === 'tmx') return tmxHead(head.originalLanguage, now);
  if (format === 'tsv') return 'id\ten\tscore\tstatus\tid_origin\ten_origin\n';
  const described = JSON.stringify(describeHead(head), null, 2);
  return `${described.slice(0, described.lastIndexOf('}')).trimEnd()},\n  "rows": [`;
}

const closing: Record<ExportFormat, string> = {tmx: tmxTail, tsv: '', json: '\n  ]\n}\n'};

export const exportTypes: Record<ExportFormat, string> = {
  tmx: 'application/x-tmx+xml; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The export as a byte stream: one chunk of rows read and written at a time, as the client takes them. */
export function streamExport(
  prisma: PrismaClient,
  head: ExportHead,
  format: ExportFormat,
  now: Date,
  chunk = 500,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rows = readExportRows(prisma, head, chunk);
  let index = -1;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (index < 0) {
        index = 0;
        controller.enqueue(encoder.encode(renderOpening(format, head, now)));
        return;
      }
      const next = await rows.next();
      if (next.done) {
        controller.enqueue(encoder.encode(closing[format]));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map((row) => renderRow(format, head, row, index++)).join('')));
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
}

/** The whole export as one string: for tests and small texts. */
export function renderExport(prisma: PrismaClient, head: ExportHead, format: ExportFormat, now: Date): Promise<string> {
  return new Response(streamExport(prisma, head, format, now)).text();
}
