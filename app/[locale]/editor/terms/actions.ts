'use server';

import {revalidatePath} from 'next/cache';
import {after} from 'next/server';
import {z} from 'zod';
import {redirect} from '@/i18n/navigation';
import {routing} from '@/i18n/routing';
import {queueConcordanceRefresh} from '@/server/concordance/concordanceWorker';
import {action} from '@/server/platform/action';
import {prisma} from '@/server/platform/db';
import {log} from '@/server/platform/log';
import {getQueue} from '@/server/platform/workers';
import {addTerm, decideTerm, proposeTerms} from '@/server/terms/terms';

const Locale = z.enum(routing.locales);
const Decision = z.object({
  locale: Locale,
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[\w-]+$/),
  status: z.enum(['proposed', 'confirmed', 'rejected']),
  /** the list the editor was looking at, shown again */
  tab: z.enum(['proposed', 'confirmed', 'rejected']).default('proposed'),
});

// A form without its hidden fields is not the app's: nothing to do. Visitors are asked to sign in.
const signInFirst = (refusal: {reason: string; input?: {locale: string}}) =>
  refusal.reason === 'invalidInput' || !refusal.input
    ? undefined
    : redirect({href: '/sign-in?next=/editor/terms', locale: refusal.input.locale});

/**
 * Confirms, rejects or re-opens a term. A confirmed term joins the lexicon, which changes the word
 * aligner's links in the rows it touches: those are re-aligned as they are next read, and the
 * concordance follows.
 */
export const decideTermAction = action(
  {role: 'editor', input: Decision, refuse: signInFirst},
  async ({locale, id, status, tab}, {user}): Promise<void> => {
    const done = await decideTerm(prisma(), user.id, {id, status});
    revalidatePath('/[locale]/editor/terms', 'page');
    if (done)
      after(() =>
        getQueue()
          .then((queue) => queueConcordanceRefresh(queue))
          .catch((error: Error) => log.error('concordance refresh not queued', {error: error.message})),
      );
    redirect({href: `/editor/terms?status=${tab}`, locale});
  },
);

/** Looks through the concordance's aligned pairs for new terms and proposes them. */
export const discoverTermsAction = action(
  {role: 'editor', input: z.object({locale: Locale}), refuse: signInFirst},
  async ({locale}): Promise<void> => {
    const {proposed} = await proposeTerms(prisma());
    revalidatePath('/[locale]/editor/terms', 'page');
    redirect({href: `/editor/terms?found=${proposed}`, locale});
  },
);

const Proposal = z.object({
  locale: Locale,
  // Two or three words of letters (kerja sama, rumah sakit jiwa).
  phrase: z
    .string()
    .trim()
    .regex(/^\p{L}+(?:[-'’]\p{L}+)*(?:\s+\p{L}+(?:[-'’]\p{L}+)*){1,2}$/u),
  gloss: z.string().trim().min(1).max(100),
});

/** An editor proposes a term they know; it is decided like the ones found in the library. */
export const proposeTermAction = action(
  {role: 'editor', input: Proposal, refuse: signInFirst},
  async ({locale, phrase, gloss}): Promise<void> => {
    await addTerm(prisma(), {phrase, gloss});
    revalidatePath('/[locale]/editor/terms', 'page');
    redirect({href: '/editor/terms?status=proposed', locale});
  },
);
