'use server';

import {z} from 'zod';
import {redirect} from '@/i18n/navigation';
import {routing} from '@/i18n/routing';
import {alignForImport} from '@/server/aligner';
import {getCurrentUser} from '@/server/auth';
import {prisma} from '@/server/db';
import {createImportedText, createTextFromTmx, decodeUpload, paragraphsFrom} from '@/server/editor/importText';

export type ImportState = {error: string | null; preview?: {id: string[]; en: string[]}};

// PostgreSQL text cannot hold NUL, and no pasted text or title needs it.
const noNul = (s: string) => !s.includes('\u0000');

const Fields = z.object({
  locale: z.enum(routing.locales),
  intent: z.enum(['preview', 'create']),
  kind: z.enum(['news', 'essay', 'documentation', 'book', 'story']),
  originalLanguage: z.enum(['id', 'en']),
  licence: z.string().trim().min(1).max(500).refine(noNul),
  author: z.string().trim().max(200).refine(noNul).optional(),
  titleId: z.string().trim().max(300).refine(noNul).optional(),
  titleEn: z.string().trim().max(300).refine(noNul).optional(),
  idText: z.string().max(2 * 1024 * 1024).refine(noNul).optional(),
  enText: z.string().max(2 * 1024 * 1024).refine(noNul).optional(),
});

async function readSide(form: FormData, field: string, pasted: string | undefined): Promise<{ok: true; text: string} | {ok: false; error: string}> {
  const file = form.get(field);
  if (file instanceof File && file.size > 0) {
    if (!/\.(txt|md|tmx)$/i.test(file.name)) return {ok: false, error: 'fileType'};
    return decodeUpload(new Uint8Array(await file.arrayBuffer()));
  }
  return {ok: true, text: pasted ?? ''};
}

export async function importText(_previous: ImportState, form: unknown): Promise<ImportState> {
  if (!(form instanceof FormData)) return {error: 'invalidInput'};
  const user = await getCurrentUser();
  if (!user || user.role === 'learner') return {error: 'forbidden'};
  const parsed = Fields.safeParse(Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')));
  if (!parsed.success) return {error: 'invalidInput'};
  const f = parsed.data;
  const meta = {kind: f.kind, originalLanguage: f.originalLanguage, licence: f.licence, author: f.author || undefined, titles: {id: f.titleId || undefined, en: f.titleEn || undefined}};
  const tmx = form.get('tmxFile');
  if (tmx instanceof File && tmx.size > 0) {
    const decoded = decodeUpload(new Uint8Array(await tmx.arrayBuffer()));
    if (!decoded.ok) return {error: decoded.error};
    if (f.intent === 'preview') return {error: null};
    const result = await createTextFromTmx(prisma(), user, meta, decoded.text, alignForImport);
    if (!result.ok) return {error: result.error};
    redirect({href: `/editor/${result.slug}`, locale: f.locale});
  }
  const id = await readSide(form, 'idFile', f.idText);
  const en = await readSide(form, 'enFile', f.enText);
  if (!id.ok) return {error: id.error};
  if (!en.ok) return {error: en.error};
  const bodies = {id: paragraphsFrom(id.text), en: paragraphsFrom(en.text)};
  if (!bodies.id.length && !bodies.en.length) return {error: 'empty'};
  if (f.intent === 'preview') return {error: null, preview: bodies};
  const result = await createImportedText(prisma(), user, meta, bodies, alignForImport);
  if (!result.ok) return {error: result.error};
  redirect({href: `/editor/${result.slug}`, locale: f.locale});
  return {error: null};
}
