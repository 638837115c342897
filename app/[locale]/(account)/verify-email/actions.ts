'use server';

import {headers} from 'next/headers';
import {isAPIError} from 'better-auth/api';
import {getTranslations} from 'next-intl/server';
import {z} from 'zod';
import {redirect} from '@/i18n/navigation';
import {clientTag, confirmAddress, type ConfirmResult} from '@/server/accounts/addressConfirmation';
import {authBaseUrl} from '@/server/accounts/betterAuth';
import {resendConfirmation} from '@/server/accounts/confirmationMail';
import {auth} from '@/server/accounts/currentUser';
import {appMailer} from '@/server/mail/appMailer';
import {formAction} from '@/server/platform/action';
import {addressBucket} from '@/server/platform/clientAddress.mjs';
import {prisma} from '@/server/platform/db';
import {consumeRateLimit} from '@/server/platform/rateLimit';
import {PASSWORD_LENGTH} from '@/core/accounts/passwordPolicy';
import {type AccountFormState, clientAddress, Email, formValues, keep, Locale, refuse, refuseForm} from '../formState';

const ConfirmInput = z.object({
  locale: Locale,
  token: z.string().min(1).max(200),
  password: z.string().min(1, 'passwordMissing').max(PASSWORD_LENGTH.max, 'passwordTooLong'),
});
const ResendInput = z.object({locale: Locale, email: Email});

const failures: Record<Extract<ConfirmResult, {ok: false}>['error'], string> = {
  invalid: 'linkInvalid',
  expired: 'linkExpired',
  used: 'linkUsed',
  wrongPassword: 'wrongPassword',
  tooManyAttempts: 'tooManyAttempts',
};

/** Confirms the address of the link with the password chosen at sign-up, then signs in. */
export const confirmEmail = formAction(
  {role: 'anyone', input: ConfirmInput, refuse: refuseForm([])},
  async ({locale, token, password}, {form}): Promise<AccountFormState> => {
    const h = await headers();
    const limit = await consumeRateLimit(prisma(), `confirm:${clientAddress(h)}`, {window: 60, max: 20});
    if (!limit.allowed)
      return refuse(formValues(form), {error: 'tooManyAttempts', retryAfter: limit.retryAfter ?? 60}, {});
    const result = await confirmAddress(prisma(), token, password, new Date());
    if (!result.ok) {
      const field = result.error === 'wrongPassword' ? 'password' : undefined;
      return refuse(formValues(form), {error: failures[result.error], field}, {});
    }
    try {
      await auth().api.signInEmail({body: {email: result.email, password}, headers: h});
    } catch (error) {
      // Confirmed all the same; a sign-in held back (its back-off) is left to the sign-in page.
      if (!isAPIError(error)) throw error;
      redirect({href: '/sign-in', locale});
    }
    redirect({href: result.role === 'editor' || result.role === 'admin' ? '/editor' : '/', locale});
    return {error: null};
  },
);

// Answering takes at least this long whether or not the address waits for a link, so that the time
// does not tell which.
const answerFloorMs = 400;

/** Another link for an account waiting to be confirmed; the same answer for any address. */
export const resendLink = formAction(
  {role: 'anyone', input: ResendInput, refuse: refuseForm(['email'])},
  async ({locale, email}, {form}): Promise<AccountFormState> => {
    const started = Date.now();
    const h = await headers();
    const limit = await consumeRateLimit(prisma(), `resend:${clientAddress(h)}`, {window: 600, max: 3});
    if (!limit.allowed) {
      const raw = formValues(form);
      return refuse(raw, {error: 'tooManyAttempts', retryAfter: limit.retryAfter ?? 600}, keep(raw, ['email']));
    }
    const tag = clientTag(addressBucket(clientAddress(h)));
    await resendConfirmation(prisma(), appMailer(authBaseUrl()), {email, locale, clientTag: tag}, new Date());
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, answerFloorMs - (Date.now() - started))));
    const t = await getTranslations({locale, namespace: 'Account'});
    return {error: null, notice: t('resendSent'), values: {email}};
  },
);
