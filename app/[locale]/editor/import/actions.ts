'use server';

import {z} from 'zod';
import {redirect} from '@/i18n/navigation';
import {routing} from '@/i18n/routing';
import type {CurrentUser} from '@/server/accounts/currentUser';
import {formAction} from '@/server/platform/action';
import {prisma} from '@/server/platform/db';
import {block, type Block} from '@/core/book/blocks';
import {bookFormat, MAX_BOOK_BYTES} from '@/core/book/parseBook';
import {parseBookOffThread} from '@/server/books/parseOffThread';
import {getTextImportJob, requestTextImport} from '@/server/editor/importJob';
import {decodeUpload, MAX_IMPORT_BYTES, MAX_IMPORT_PARAGRAPHS, paragraphsFromLong} from '@/server/editor/importText';
import {getQueue} from '@/server/platform/workers';

export type ImportField =
  | 'licence'
  | 'author'
  | 'titleId'
  | 'titleEn'
  | 'idText'
  | 'enText'
  | 'idFile'
  | 'enFile'
  | 'tmxFile'
  | 'kind'
  | 'originalLanguage';
/** An error names its message key, and for field errors the field and the limit it broke. */
export type ImportState = {
  error: string | null;
  field?: ImportField;
  max?: number;
  preview?: {
    id: string[];
    en: string[];
    counts: {id: number; en: number};
    headings: {id: number; en: number};
    images: {id: number; en: number};
  };
};

const PREVIEW_PARAGRAPHS = 200;
const MAX_TEXT_CHARS = MAX_IMPORT_BYTES;

// PostgreSQL text cannot hold NUL, and no pasted text or title needs it.
const noNul = (s: string) => !s.includes('\u0000');
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(noNul, {params: {rule: 'nul'}});

const Fields = z.object({
  locale: z.enum(routing.locales),
  intent: z.enum(['preview', 'create']),
  kind: z.enum(['news', 'essay', 'documentation', 'book', 'story']),
  originalLanguage: z.enum(['id', 'en']),
  licence: text(500).pipe(z.string().min(1)),
  author: text(200).optional(),
  titleId: text(300).optional(),
  titleEn: text(300).optional(),
  idText: z
    .string()
    .max(MAX_TEXT_CHARS)
    .refine(noNul, {params: {rule: 'nul'}})
    .optional(),
  enText: z
    .string()
    .max(MAX_TEXT_CHARS)
    .refine(noNul, {params: {rule: 'nul'}})
    .optional(),
});

/** The first problem of the form, as the field and the rule it broke. */
function fieldError(issue: z.core.$ZodIssue): ImportState {
  const name = String(issue.path[0] ?? '');
  if (name === 'locale' || name === 'intent') return {error: 'invalidInput'};
  const field = name as ImportField;
  if (issue.code === 'too_big') return {error: 'tooLong', field, max: Number(issue.maximum)};
  if (issue.code === 'too_small') return {error: 'required', field};
  if (issue.code === 'custom') return {error: 'nul', field};
  return {error: 'invalidChoice', field};
}

const megabytes = (bytes: number) => bytes / 1024 / 1024;

/** A side's blocks: from its book file (EPUB, DOCX, HTML, Markdown, text) when one is given, else pasted. */
async function readSide(
  form: FormData,
  field: 'idFile' | 'enFile',
  pasted: string | undefined,
): Promise<{ok: true; blocks: Block[]; images: number; title: string | null} | {ok: false; state: ImportState}> {
  const file = form.get(field);
  if (file instanceof File && file.size > 0) {
    if (!bookFormat(file.name)) return {ok: false, state: {error: 'fileType', field}};
    if (file.size > MAX_BOOK_BYTES)
      return {ok: false, state: {error: 'tooLarge', field, max: megabytes(MAX_BOOK_BYTES)}};
    const parsed = await parseBookOffThread(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!parsed.ok) return {ok: false, state: {error: parsed.error, field, max: megabytes(MAX_BOOK_BYTES)}};
    return {ok: true, ...parsed.book};
  }
  const paragraphs = await paragraphsFromLong(pasted ?? '');
  return {ok: true, blocks: paragraphs.map((p) => block('paragraph', p)), images: 0, title: null};
}

/** Waits a little for a queued import: a short text is stored by then and the editor opens at once. */
async function settled(jobId: string, user: CurrentUser) {
  for (let waited = 0; waited < 5_000; waited += 250) {
    const job = await getTextImportJob(prisma(), user, jobId);
    if (job && (job.status === 'done' || job.status === 'failed')) return job;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null;
}

export const importText = formAction(
  {
    role: 'editor',
    input: Fields,
    refuse: (refusal): ImportState =>
      refusal.reason === 'invalidInput' && refusal.issue ? fieldError(refusal.issue) : {error: refusal.reason},
  },
  async (f, {user, form}): Promise<ImportState> => {
    const meta = {
      kind: f.kind,
      originalLanguage: f.originalLanguage,
      licence: f.licence,
      author: f.author || undefined,
      titles: {id: f.titleId || undefined, en: f.titleEn || undefined},
    };
    const tmxFile = form.get('tmxFile');
    let tmx: string | null = null;
    let blocks: {id: Block[]; en: Block[]} | undefined;
    if (tmxFile instanceof File && tmxFile.size > 0) {
      if (!/\.tmx$/i.test(tmxFile.name)) return {error: 'fileType', field: 'tmxFile'};
      const decoded = decodeUpload(new Uint8Array(await tmxFile.arrayBuffer()));
      if (!decoded.ok) return {error: decoded.error, field: 'tmxFile', max: megabytes(MAX_IMPORT_BYTES)};
      if (f.intent === 'preview') return {error: null};
      tmx = decoded.text;
    } else {
      const id = await readSide(form, 'idFile', f.idText);
      if (!id.ok) return id.state;
      const en = await readSide(form, 'enFile', f.enText);
      if (!en.ok) return en.state;
      const bodies = {id: id.blocks, en: en.blocks};
      if (!bodies.id.length && !bodies.en.length) return {error: 'empty', field: 'idText'};
      meta.titles = {id: meta.titles.id ?? id.title ?? undefined, en: meta.titles.en ?? en.title ?? undefined};
      for (const lang of ['id', 'en'] as const) {
        if (bodies[lang].length > MAX_IMPORT_PARAGRAPHS) {
          return {error: 'tooManyParagraphs', field: lang === 'id' ? 'idText' : 'enText', max: MAX_IMPORT_PARAGRAPHS};
        }
      }
      if (f.intent === 'preview') {
        const counts = {id: bodies.id.length, en: bodies.en.length};
        const headings = (side: Block[]) => side.filter((b) => b.kind === 'heading').length;
        const texts = (side: Block[]) => side.slice(0, PREVIEW_PARAGRAPHS).map((b) => b.text);
        return {
          error: null,
          preview: {
            id: texts(bodies.id),
            en: texts(bodies.en),
            counts,
            headings: {id: headings(bodies.id), en: headings(bodies.en)},
            images: {id: id.images, en: en.images},
          },
        };
      }
      blocks = bodies;
    }
    const submission = {meta, id: '', en: '', tmx, ...(blocks && {blocks})};
    const queued = await requestTextImport(prisma(), await getQueue(), user, submission);
    if (!queued.ok) return {error: queued.error};
    const job = await settled(queued.jobId, user);
    if (job?.status === 'failed') return {error: job.error ?? 'failed', max: MAX_IMPORT_PARAGRAPHS};
    redirect({href: job?.slug ? `/editor/${job.slug}` : `/editor/import/${queued.jobId}`, locale: f.locale});
    return {error: null};
  },
);
