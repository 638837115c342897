// Texts from editors: pasted or uploaded .txt/.md in one or both languages, or a TMX file. Markup is
// stripped to inert text; the text starts as a draft, aligned at once when both sides exist. A text
// in one language opens in the editor, which shows what the translation memory holds for it and
// offers a machine draft of the other (server/drafts/draftWorker.ts requestMachineDraft).
import {setImmediate as yieldToEventLoop} from 'node:timers/promises';
import type {Lang} from '../../core/vocabulary';
import {randomBytes} from 'node:crypto';
import sanitizeHtml from 'sanitize-html';
import {block, type Block} from '../../core/book/blocks';
import {alignByChapters} from '../../core/book/chapters';
import {splitParagraphs, type TextSource} from '../../core/texts/content';
import {hasRole, type Actor} from '../../core/accounts/roles';
import {parseTmx} from '../../core/texts/tmx';
import type {PrismaClient} from '../generated/prisma/client';
import {type Query, rowId, withLargeValues} from '../platform/largeValues';
import {insertLinks, insertParagraphs} from '../texts/insertRows';
import {runsToRanges} from '../texts/links';
import type {ScoredRun} from '../../core/vocabulary';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** Paragraphs per language: aligning and storing this many takes seconds, off the request path. */
export const MAX_IMPORT_PARAGRAPHS = 10_000;

export type Aligner = (id: string[], en: string[]) => ScoredRun[] | Promise<ScoredRun[]>;
/** Aligns a whole import's two sides: the job's aligner (server/books/alignBook.ts). */
export type BookAligner = (id: readonly Block[], en: readonly Block[]) => Promise<ScoredRun[]>;
/** A paragraph aligner applied chapter by chapter (core/book/chapters.ts), in this process. */
export const byChapters =
  (align: Aligner): BookAligner =>
  (id, en) =>
    alignByChapters(id, en, align);

export type DecodeResult = {ok: true; text: string} | {ok: false; error: 'tooLarge' | 'notUtf8'};

/** Bytes to text: refuses files over the limit and anything that is not valid UTF-8 text. */
export function decodeUpload(bytes: Uint8Array): DecodeResult {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return {ok: false, error: 'tooLarge'};
  try {
    const text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes);
    // NUL decodes as UTF-8 but is no text (a UTF-16 file looks like this), and PostgreSQL cannot store it.
    if (text.includes('\u0000')) return {ok: false, error: 'notUtf8'};
    return {ok: true, text};
  } catch {
    return {ok: false, error: 'notUtf8'};
  }
}

/** Plain paragraphs from .txt or .md: tags are removed (their text kept), so nothing can run in a reader. */
export function paragraphsFrom(source: string): string[] {
  const stripped = sanitizeHtml(source, {allowedTags: [], allowedAttributes: {}, disallowedTagsMode: 'discard'});
  // sanitize-html leaves entities encoded; the reader escapes on output, so store plain characters.
  const decoded = stripped
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  const body = decoded.replace(/^---\n[\s\S]*?\n---\n/, '');
  return splitParagraphs(body).map((p) => p.replace(/^#{1,6}\s+/, '').replace(/^[*_>-]\s+/, ''));
}

/** paragraphsFrom over a long source, a few hundred paragraphs at a time with other work let in between. */
export async function paragraphsFromLong(source: string): Promise<string[]> {
  const blocks = source
    .replace(/\r\n?/g, '\n')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split(/\n[ \t]*\n/);
  const out: string[] = [];
  for (let k = 0; k < blocks.length; k += 500) {
    for (const p of paragraphsFrom(blocks.slice(k, k + 500).join('\n\n'))) out.push(p);
    await yieldToEventLoop();
  }
  return out;
}

export interface ImportMeta {
  kind: TextSource['meta']['kind'];
  originalLanguage: Lang;
  licence: string;
  author?: string;
  sourceUrl?: string;
  titles: Partial<Record<Lang, string>>;
}

function slugify(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${base || 'text'}-${randomBytes(3).toString('hex')}`;
}

/** `missing`: the language a machine draft can fill, when only one was given. */
export type ImportResult =
  | {ok: true; slug: string; missing: Lang | null}
  | {ok: false; error: 'forbidden' | 'empty' | 'notTmx' | 'tooManyParagraphs'};

/**
 * Runs inside the transaction that stores a text, once the text row exists: a job records the text
 * as its own there, and throws when it already has one, so that a retried job never stores twice.
 */
export type StoreClaim = (query: Query, stored: {textId: string; slug: string}) => Promise<void>;

interface NewText {
  slug: string;
  meta: ImportMeta;
  createdById: string;
  versions: Partial<Record<Lang, {title: string; paragraphs: Block[]}>>;
  runs: ScoredRun[];
}

/**
 * Stores a new draft text in one transaction, so that a failure leaves nothing behind: paragraphs and
 * links a thousand rows to a statement, with other work let in between.
 */
async function storeNewText(prisma: PrismaClient, text: NewText, claim?: StoreClaim): Promise<void> {
  const {meta} = text;
  // On the driver, not through Prisma: Prisma's debug history would keep the last hundred statements'
  // parameters, a whole book's paragraphs, after the import (server/platform/largeValues.ts).
  await withLargeValues(prisma, async (query) => {
    const textId = rowId();
    await query(
      `INSERT INTO "Text" (id, slug, kind, "originalLanguage", author, "sourceUrl", licence, status, "createdById", "updatedAt")
       VALUES ($1, $2, $3::"TextKind", $4::"Lang", $5, $6, $7, 'draft', $8, now())`,
      [
        textId,
        text.slug,
        meta.kind,
        meta.originalLanguage,
        meta.author ?? null,
        meta.sourceUrl ?? null,
        meta.licence,
        text.createdById,
      ],
    );
    await claim?.(query, {textId, slug: text.slug});
    for (const lang of ['id', 'en'] as const) {
      const version = text.versions[lang];
      if (!version) continue;
      const provenance = lang === meta.originalLanguage ? 'original' : 'human';
      const versionId = rowId();
      await query(
        `INSERT INTO "TextVersion" (id, "textId", lang, title, provenance) VALUES ($1, $2, $3::"Lang", $4, $5::"Provenance")`,
        [versionId, textId, lang, version.title, provenance],
      );
      await insertParagraphs(query, versionId, lang, provenance, version.paragraphs, {paced: true});
    }
    await insertLinks(query, textId, runsToRanges(text.runs), {paced: true});
  });
}

/** Plain paragraphs (pasted text, TMX) or blocks with their structure (book files, core/book). */
export type ImportBody = readonly (string | Block)[];
const asBlocks = (body: ImportBody | undefined): Block[] =>
  (body ?? []).map((p) => (typeof p === 'string' ? block('paragraph', p) : p));

export interface ImportOptions {
  /** Links given with the text (a TMX file's units): stored confirmed, nothing aligned. */
  anchors?: {id: number[]; en: number[]}[];
  /** Called once the alignment is done, before storing starts. */
  onAligned?: () => Promise<void>;
  /** The import job storing the text, recorded in the same transaction so that a retry stores it once. */
  claim?: StoreClaim;
}

/** Aligned chapter by chapter where both sides have chapters (core/book/chapters.ts), then stored. */
export async function createImportedText(
  prisma: PrismaClient,
  actor: Actor | null,
  meta: ImportMeta,
  given: Partial<Record<Lang, ImportBody>>,
  align: BookAligner,
  {anchors, onAligned, claim}: ImportOptions = {},
): Promise<ImportResult> {
  if (!hasRole(actor, 'editor')) return {ok: false, error: 'forbidden'};
  const bodies = {id: asBlocks(given.id), en: asBlocks(given.en)};
  const langs = (['id', 'en'] as const).filter((l) => bodies[l]?.length);
  if (!langs.length) return {ok: false, error: 'empty'};
  if (langs.some((l) => bodies[l]!.length > MAX_IMPORT_PARAGRAPHS)) return {ok: false, error: 'tooManyParagraphs'};
  const title = meta.titles[meta.originalLanguage] ?? meta.titles[langs[0]] ?? bodies[langs[0]]![0]!.text.slice(0, 80);
  const runs: ScoredRun[] =
    langs.length < 2
      ? []
      : (anchors?.map((run) => ({...run, score: 1, status: 'confirmed' as const})) ??
        (await align(bodies.id, bodies.en)));
  await onAligned?.();
  const slug = slugify(title);
  const versions = Object.fromEntries(langs.map((l) => [l, {title: meta.titles[l] || title, paragraphs: bodies[l]!}]));
  await storeNewText(prisma, {slug, meta, createdById: actor.id, versions, runs}, claim);
  const missing = langs.length === 1 ? (langs[0] === 'id' ? 'en' : 'id') : null;
  return {ok: true, slug, missing};
}

/** A TMX file becomes a text whose alignment is the file's translation units, confirmed. */
export async function createTextFromTmx(
  prisma: PrismaClient,
  actor: Actor | null,
  meta: Omit<ImportMeta, 'originalLanguage'>,
  xml: string,
  align: BookAligner,
  claim?: StoreClaim,
): Promise<ImportResult> {
  if (!hasRole(actor, 'editor')) return {ok: false, error: 'forbidden'};
  let tmx: ReturnType<typeof parseTmx>;
  try {
    tmx = parseTmx(xml);
  } catch (error) {
    // The XML parser rejects what it cannot read safely (too deeply nested, too many entities).
    if (error instanceof Error) return {ok: false, error: 'notTmx'};
    throw error;
  }
  if (!tmx) return {ok: false, error: 'notTmx'};
  const bodies = {id: [] as string[], en: [] as string[]};
  const anchors = tmx.units.map((u) => ({
    id: u.id.map((p) => bodies.id.push(p) - 1),
    en: u.en.map((p) => bodies.en.push(p) - 1),
  }));
  return createImportedText(prisma, actor, {...meta, originalLanguage: tmx.srcLang}, bodies, align, {
    anchors: bodies.id.length && bodies.en.length ? anchors : undefined,
    claim,
  });
}
