'use server';

import {revalidatePath} from 'next/cache';
import {z} from 'zod';
import {parseWordList} from '@/core/learning/anki';
import {redirect} from '@/i18n/navigation';
import {routing} from '@/i18n/routing';
import {action} from '@/server/platform/action';
import {prisma} from '@/server/platform/db';
import {PageWord} from '@/server/learning/pageWord';
import {MAX_IMPORT_CHARS, requestKnownWordsImport} from '@/server/learning/knownWords';
import {removeVocabularyItem, saveWord, setVocabularyStatus} from '@/server/learning/vocabulary';
import {getQueue} from '@/server/platform/workers';

export type ActionResult = {ok: true} | {ok: false; error: 'signIn' | 'invalidInput' | 'notFound'};

const Lang = z.enum(['id', 'en']);

export const saveWordAction = action(
  {role: 'learner', input: PageWord},
  async (word, {user}): Promise<ActionResult> => {
    const item = await saveWord(prisma(), user.id, word, new Date());
    return item ? {ok: true} : {ok: false, error: 'invalidInput'};
  },
);

const StatusInput = z.object({
  itemId: z.string().min(1).max(100),
  status: z.enum(['new', 'learning', 'known', 'ignored', 'remove']),
});

export const setStatusAction = action(
  {role: 'learner', input: StatusInput},
  async ({itemId, status}, {user}): Promise<ActionResult> => {
    const done =
      status === 'remove'
        ? await removeVocabularyItem(prisma(), user.id, itemId)
        : await setVocabularyStatus(prisma(), user.id, itemId, status);
    revalidatePath('/[locale]/vocabulary', 'page');
    return done ? {ok: true} : {ok: false, error: 'notFound'};
  },
);

const ImportInput = z.object({locale: z.enum(routing.locales), lang: Lang, words: z.string().default('')});

/**
 * The known-words form: a pasted list or an uploaded file, one word per line. The list is checked
 * here and imported by a job, whose progress page the learner is sent to; a second list while one
 * is importing leads to the first one's page with a note.
 */
export const importKnownWordsAction = action(
  {
    role: 'learner',
    input: ImportInput,
    // A form without its hidden fields is not the app's: nothing to do. Visitors are asked to sign in.
    refuse: (refusal) =>
      refusal.reason === 'invalidInput'
        ? undefined
        : redirect({href: '/sign-in?next=/vocabulary', locale: refusal.input.locale}),
  },
  async ({locale, lang, words: pasted}, {user, form}): Promise<void> => {
    const file = form?.get('file');
    const refuse = (error: string) => redirect({href: `/vocabulary?importError=${error}`, locale});
    if (file instanceof File && file.size > MAX_IMPORT_CHARS) return refuse('tooLarge');
    const text = `${pasted}\n${file instanceof File && file.size > 0 ? await file.text() : ''}`;
    if (text.length > MAX_IMPORT_CHARS) return refuse('tooLarge');
    const words = parseWordList(text);
    if (!words.length) return refuse('empty');
    const queued = await requestKnownWordsImport(prisma(), await getQueue(), user.id, lang, words);
    if (!queued.ok && queued.error !== 'busy') return refuse(queued.error);
    redirect({href: `/jobs/${queued.jobId}${queued.ok ? '' : '?busy=1'}`, locale});
  },
);
