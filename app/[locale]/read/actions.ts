'use server';

import {z} from 'zod';
import {action} from '@/server/platform/action';
import {prisma} from '@/server/platform/db';
import {PageWord} from '@/server/learning/pageWord';
import {markTextKnown, MARK_KNOWN_LIMIT, setLearnLang, setWordStatus} from '@/server/learning/wordStatuses';

type Failure = {ok: false; error: 'signIn' | 'invalidInput' | 'notFound'};
export type WordStatusResult = {ok: true; status: 'learning' | 'known' | 'ignored'; level: number} | Failure;
export type MarkKnownResult = {ok: true; marked: number; more: boolean} | Failure;

const Lang = z.enum(['id', 'en']);
const WordStatusInput = PageWord.extend({
  choice: z.discriminatedUnion('status', [
    z.object({
      status: z.literal('learning'),
      level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
    }),
    z.object({status: z.enum(['known', 'ignored'])}),
  ]),
});

/** The popover's status buttons: learning level 1–5, known or ignored, for a word saved or not. */
export const setWordStatusAction = action(
  {role: 'learner', input: WordStatusInput},
  async ({choice, ...word}, {user}): Promise<WordStatusResult> => {
    const item = await setWordStatus(prisma(), user.id, word, choice, new Date());
    if (!item) return {ok: false, error: 'invalidInput'};
    return {ok: true, status: item.status as 'learning' | 'known' | 'ignored', level: item.level};
  },
);

const MarkKnownInput = z.object({textSlug: z.string().min(1).max(200), lang: Lang});

/** "Mark all remaining new words as known" for one text, after the learner confirmed it. */
export const markTextKnownAction = action(
  {role: 'learner', input: MarkKnownInput},
  async ({textSlug, lang}, {user}): Promise<MarkKnownResult> => {
    const marked = await markTextKnown(prisma(), user.id, textSlug, lang, new Date());
    if (marked === null) return {ok: false, error: 'notFound'};
    return {ok: true, marked, more: marked === MARK_KNOWN_LIMIT};
  },
);

/** The language the learner learns, kept with their account so that every browser marks the same words. */
export const setLearnLangAction = action(
  {role: 'learner', input: z.object({lang: Lang})},
  async ({lang}, {user}): Promise<{ok: true} | Failure> => {
    await setLearnLang(prisma(), user.id, lang);
    return {ok: true};
  },
);
