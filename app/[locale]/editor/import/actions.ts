'use server';

import {z} from 'zod';
import {redirect} from '@/i18n/navigation';
import {routing} from '@/i18n/routing';
import type {CurrentUser} from '@/server/accounts/currentUser';
import {formAction} from '@/server/platform/action';
import {prisma} from '@/server/platform/db';
import {block} from '@/core/book/blocks';
import {bookFormat, type BookSummary, MAX_BOOK_BYTES, parsedUpload} from '@/core/book/parseBook';
import {parseBookOffThread} from '@/server/books/parseOffThread';
import {bookSubmission, getTextImportJob, requestTextImport} from '@/server/editor/importJob';
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

type Side = {ok: true; summary: BookSummary; blocksJson: string} | {ok: false; state: ImportState};

/**
 * A side's blocks, as JSON text, and what the form shows of them: from its book file (EPUB, DOCX, HTML,
 * Markdown, text) when one is given, else pasted.
 */
async function readSide(form: FormData, field: 'idFile' | 'enFile', pasted: string | undefined): Promise<Side> {
  const file = form.get(field);
  if (file instanceof File && file.size > 0) {
    if (!bookFormat(file.name)) return {ok: false, state: {error: 'fileType', field}};
    if (file.size > MAX_BOOK_BYTES)
      return {ok: false, state: {error: 'tooLarge', field, max: megabytes(MAX_BOOK_BYTES)}};
    const parsed = await parseBookOffThread(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!parsed.ok) return {ok: false, state: {error: parsed.error, field, max: megabytes(MAX_BOOK_BYTES)}};
    return parsed;
  }
  const paragraphs = await paragraphsFromLong(pasted ?? '');
  const blocks = paragraphs.map((p) => block('paragraph', p));
  return parsedUpload({title: null, images: 0, blocks});
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
    let submission: Parameters<typeof requestTextImport>[3];
    if (tmxFile instanceof File && tmxFile.size > 0) {
      if (!/\.tmx$/i.test(tmxFile.name)) return {error: 'fileType', field: 'tmxFile'};
      const decoded = decodeUpload(new Uint8Array(await tmxFile.arrayBuffer()));
      if (!decoded.ok) return {error: decoded.error, field: 'tmxFile', max: megabytes(MAX_IMPORT_BYTES)};
      if (f.intent === 'preview') return {error: null};
      submission = {meta, id: '', en: '', tmx: decoded.text};
    } else {
      const id = await readSide(form, 'idFile', f.idText);
      if (!id.ok) return id.state;
      const en = await readSide(form, 'enFile', f.enText);
      if (!en.ok) return en.state;
      const sides = {id: id.summary, en: en.summary};
      if (!sides.id.blocks && !sides.en.blocks) return {error: 'empty', field: 'idText'};
      meta.titles = {
        id: meta.titles.id ?? sides.id.title ?? undefined,
        en: meta.titles.en ?? sides.en.title ?? undefined,
      };
      for (const lang of ['id', 'en'] as const) {
        if (sides[lang].blocks > MAX_IMPORT_PARAGRAPHS) {
          return {error: 'tooManyParagraphs', field: lang === 'id' ? 'idText' : 'enText', max: MAX_IMPORT_PARAGRAPHS};
        }
      }
      if (f.intent === 'preview') {
        return {
          error: null,
          preview: {
            id: sides.id.preview,
            en: sides.en.preview,
            counts: {id: sides.id.blocks, en: sides.en.blocks},
            headings: {id: sides.id.headings, en: sides.en.headings},
            images: {id: sides.id.images, en: sides.en.images},
          },
        };
      }
      submission = bookSubmission(meta, {id: id.blocksJson, en: en.blocksJson});
    }
    const queued = await requestTextImport(prisma(), await getQueue(), user, submission);
    if (!queued.ok) return {error: queued.error};
    const job = await settled(queued.jobId, user);
    if (job?.status === 'failed') return {error: job.error ?? 'failed', max: MAX_IMPORT_PARAGRAPHS};
    redirect({href: job?.slug ? `/editor/${job.slug}` : `/editor/import/${queued.jobId}`, locale: f.locale});
    return {error: null};
  },
);
