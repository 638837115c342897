'use server';

import {revalidatePath} from 'next/cache';
import {z} from 'zod';
import {parseWordList} from '@/core/learning/anki';
import {cleanText, hasControlCharacters} from '@/core/texts/cleanText';
import {redirect} from '@/i18n/navigation';
import {routing} from '@/i18n/routing';
import {getCurrentUser} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';
import {
  importKnownWords,
  MAX_IMPORT_CHARS,
  removeVocabularyItem,
  saveWord,
  setVocabularyStatus,
} from '@/server/learning/vocabulary';

export type ActionResult = {ok: true} | {ok: false; error: 'signIn' | 'invalidInput' | 'notFound'};

const Lang = z.enum(['id', 'en']);
const SaveWordInput = z.object({
  lang: Lang,
  word: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .refine((w) => !hasControlCharacters(w)),
  // A sentence read from the page: controls (NUL among them) are never part of it, so they are dropped.
  sentence: z.string().max(2000).transform(cleanText).nullish(),
  translation: z.string().max(2000).transform(cleanText).nullish(),
  textSlug: z.string().max(200).nullish(),
});

export async function saveWordAction(input: unknown): Promise<ActionResult> {
  const parsed = SaveWordInput.safeParse(input);
  if (!parsed.success) return {ok: false, error: 'invalidInput'};
  const user = await getCurrentUser();
  if (!user) return {ok: false, error: 'signIn'};
  const item = await saveWord(prisma(), user.id, parsed.data, new Date());
  return item ? {ok: true} : {ok: false, error: 'invalidInput'};
}

const StatusInput = z.object({
  itemId: z.string().min(1).max(100),
  status: z.enum(['new', 'learning', 'known', 'ignored', 'remove']),
});

export async function setStatusAction(input: unknown): Promise<ActionResult> {
  const parsed = StatusInput.safeParse(input instanceof FormData ? Object.fromEntries(input) : input);
  if (!parsed.success) return {ok: false, error: 'invalidInput'};
  const user = await getCurrentUser();
  if (!user) return {ok: false, error: 'signIn'};
  const {itemId, status} = parsed.data;
  const done =
    status === 'remove'
      ? await removeVocabularyItem(prisma(), user.id, itemId)
      : await setVocabularyStatus(prisma(), user.id, itemId, status);
  revalidatePath('/[locale]/vocabulary', 'page');
  return done ? {ok: true} : {ok: false, error: 'notFound'};
}

const ImportInput = z.object({locale: z.enum(routing.locales), lang: Lang, words: z.string()});

/** The known-words form: a pasted list or an uploaded file, one word per line. */
export async function importKnownWordsAction(form: FormData): Promise<void> {
  const file = form.get('file');
  const pasted = String(form.get('words') ?? '');
  const parsed = ImportInput.safeParse({locale: form.get('locale'), lang: form.get('lang'), words: pasted});
  if (!parsed.success) return;
  const {locale, lang} = parsed.data;
  const user = await getCurrentUser();
  if (!user) redirect({href: '/sign-in?next=/vocabulary', locale});
  const refuse = (error: string) => redirect({href: `/vocabulary?importError=${error}`, locale});
  if (file instanceof File && file.size > MAX_IMPORT_CHARS) return refuse('tooLarge');
  const text = `${pasted}\n${file instanceof File && file.size > 0 ? await file.text() : ''}`;
  if (text.length > MAX_IMPORT_CHARS) return refuse('tooLarge');
  const words = parseWordList(text);
  if (!words.length) return refuse('empty');
  const result = await importKnownWords(prisma(), user!.id, lang, words, new Date());
  if (!result.ok) return refuse(result.error);
  revalidatePath('/[locale]/vocabulary', 'page');
  redirect({href: `/vocabulary?imported=${result.added + result.updated}`, locale});
}
