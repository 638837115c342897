// Texts from editors: pasted or uploaded .txt/.md in one or both languages, or a TMX file. Markup is
// stripped to inert text; the text starts as a draft, aligned at once when both sides exist. A text
// in one language opens in the editor, which shows what the translation memory holds for it and
// offers a machine draft of the other (server/drafts/draftWorker.ts requestMachineDraft).
import type {Lang} from '../../core/vocabulary';
import {randomBytes} from 'node:crypto';
import sanitizeHtml from 'sanitize-html';
import {splitParagraphs, type TextSource} from '../../core/texts/content';
import {hasRole, type Actor} from '../../core/accounts/roles';
import {parseTmx} from '../../core/texts/tmx';
import type {PrismaClient} from '../generated/prisma/client';
import {runsToRanges} from '../texts/links';
import type {ScoredRun} from '../../core/vocabulary';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** Paragraphs per language: aligning and storing this many takes seconds, off the request path. */
export const MAX_IMPORT_PARAGRAPHS = 10_000;
const CHUNK = 1_000;

export type Aligner = (id: string[], en: string[]) => ScoredRun[] | Promise<ScoredRun[]>;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

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

interface NewText {
  slug: string;
  meta: ImportMeta;
  createdById: string;
  versions: Partial<Record<Lang, {title: string; paragraphs: string[]}>>;
  runs: ScoredRun[];
}

/**
 * Stores a new draft text in one transaction, so that a failure leaves nothing behind: paragraphs and
 * links a thousand rows to a statement, with other work let in between.
 */
async function storeNewText(prisma: PrismaClient, text: NewText): Promise<void> {
  const {meta} = text;
  await prisma.$transaction(
    async (tx) => {
      const {id: textId} = await tx.text.create({
        data: {
          slug: text.slug,
          kind: meta.kind,
          originalLanguage: meta.originalLanguage,
          author: meta.author ?? null,
          sourceUrl: meta.sourceUrl ?? null,
          licence: meta.licence,
          status: 'draft',
          createdById: text.createdById,
        },
        select: {id: true},
      });
      for (const lang of ['id', 'en'] as const) {
        const version = text.versions[lang];
        if (!version) continue;
        const provenance = lang === meta.originalLanguage ? 'original' : 'human';
        const {id: versionId} = await tx.textVersion.create({
          data: {textId, lang, title: version.title, provenance},
          select: {id: true},
        });
        for (let from = 0; from < version.paragraphs.length; from += CHUNK) {
          await tx.$executeRaw`
          INSERT INTO "Paragraph" (id, "versionId", lang, position, body, provenance)
          SELECT gen_random_uuid()::text, ${versionId}, ${lang}::"Lang", ${from}::int + u.k::int - 1, u.body,
            ${provenance}::"Provenance"
          FROM unnest(${version.paragraphs.slice(from, from + CHUNK)}::text[]) WITH ORDINALITY AS u(body, k)`;
          await yieldToEventLoop();
        }
      }
      const links = runsToRanges(text.runs);
      for (let from = 0; from < links.length; from += CHUNK) {
        const c = links.slice(from, from + CHUNK);
        await tx.$executeRaw`
        INSERT INTO "AlignmentLink" (id, "textId", position, "idStart", "idEnd", "enStart", "enEnd", score, status)
        SELECT gen_random_uuid()::text, ${textId}, ${from}::int + u.k::int - 1, u."idStart", u."idEnd", u."enStart",
          u."enEnd", u.score, u.status::"LinkStatus"
        FROM unnest(${c.map((l) => l.idStart)}::int[], ${c.map((l) => l.idEnd)}::int[], ${c.map((l) => l.enStart)}::int[],
          ${c.map((l) => l.enEnd)}::int[], ${c.map((l) => l.score)}::float8[], ${c.map((l) => l.status)}::text[])
          WITH ORDINALITY AS u("idStart", "idEnd", "enStart", "enEnd", score, status, k)`;
        await yieldToEventLoop();
      }
    },
    {timeout: 10 * 60_000, maxWait: 30_000},
  );
}

export async function createImportedText(
  prisma: PrismaClient,
  actor: Actor | null,
  meta: ImportMeta,
  bodies: Partial<Record<Lang, string[]>>,
  align: Aligner,
  anchors?: {id: number[]; en: number[]}[],
): Promise<ImportResult> {
  if (!hasRole(actor, 'editor')) return {ok: false, error: 'forbidden'};
  const langs = (['id', 'en'] as const).filter((l) => bodies[l]?.length);
  if (!langs.length) return {ok: false, error: 'empty'};
  if (langs.some((l) => bodies[l]!.length > MAX_IMPORT_PARAGRAPHS)) return {ok: false, error: 'tooManyParagraphs'};
  const title = meta.titles[meta.originalLanguage] ?? meta.titles[langs[0]] ?? bodies[langs[0]]![0].slice(0, 80);
  const runs: ScoredRun[] =
    langs.length < 2
      ? []
      : (anchors?.map((run) => ({...run, score: 1, status: 'confirmed' as const})) ??
        (await align(bodies.id!, bodies.en!)));
  const slug = slugify(title);
  const versions = Object.fromEntries(langs.map((l) => [l, {title: meta.titles[l] || title, paragraphs: bodies[l]!}]));
  await storeNewText(prisma, {slug, meta, createdById: actor.id, versions, runs});
  const missing = langs.length === 1 ? (langs[0] === 'id' ? 'en' : 'id') : null;
  return {ok: true, slug, missing};
}

/** A TMX file becomes a text whose alignment is the file's translation units, confirmed. */
export async function createTextFromTmx(
  prisma: PrismaClient,
  actor: Actor | null,
  meta: Omit<ImportMeta, 'originalLanguage'>,
  xml: string,
  align: Aligner,
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
  return createImportedText(
    prisma,
    actor,
    {...meta, originalLanguage: tmx.srcLang},
    bodies,
    align,
    bodies.id.length && bodies.en.length ? anchors : undefined,
  );
}
