'use server';

import {isAPIError} from 'better-auth/api';
import {getTranslations} from 'next-intl/server';
import {z} from 'zod';
import {redirect} from '@/i18n/navigation';
import {passwordErrorCodes} from '@/server/accounts/authHooks';
import {auth} from '@/server/accounts/currentUser';
import {formAction} from '@/server/platform/action';
import {prisma} from '@/server/platform/db';
import {consumeRateLimit} from '@/server/platform/rateLimit';
import {checkNewPassword, type PasswordProblem} from '@/core/accounts/passwordPolicy';
import {PASSWORD_RESET} from '@/core/accounts/passwordReset';
import {
  type AccountFormState,
  clientAddress,
  Email,
  formValues,
  headersWithLocale,
  keep,
  Locale,
  refuse,
  refuseForm,
} from '../formState';

const RequestInput = z.object({locale: Locale, email: Email});
const ResetInput = z.object({
  locale: Locale,
  token: z.string().min(1).max(200),
  password: z.string(),
  repeat: z.string(),
});

const policyError = (problem: PasswordProblem) => `password${problem[0].toUpperCase()}${problem.slice(1)}`;
const passwordProblems = Object.fromEntries(
  Object.entries(passwordErrorCodes).map(([problem, code]) => [code, problem as PasswordProblem]),
);

// Answering takes at least this long whether or not the address has an account (a mail is queued for
// one), so that the time does not tell which.
const answerFloorMs = 400;

/** A link to set a new password, mailed to a confirmed account's address; the same answer for any address. */
export const requestReset = formAction(
  {role: 'anyone', input: RequestInput, refuse: refuseForm(['email'])},
  async ({locale, email}, {form}): Promise<AccountFormState> => {
    const started = Date.now();
    const h = await headersWithLocale(locale);
    const limit = await consumeRateLimit(prisma(), `reset-request:${clientAddress(h)}`, {window: 600, max: 3});
    if (!limit.allowed) {
      const raw = formValues(form);
      return refuse(raw, {error: 'tooManyAttempts', retryAfter: limit.retryAfter ?? 600}, keep(raw, ['email']));
    }
    // better-auth answers alike for every address; its sendResetPassword mails only confirmed accounts.
    await auth().api.requestPasswordReset({body: {email}, headers: h});
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, answerFloorMs - (Date.now() - started))));
    const t = await getTranslations({locale, namespace: 'Account'});
    return {error: null, notice: t('resetSent', {minutes: PASSWORD_RESET.linkMinutes}), values: {email}};
  },
);

/** Sets the new password with the mailed token (once), ends every session, and sends to the sign-in form. */
export const setNewPassword = formAction(
  {role: 'anyone', input: ResetInput, refuse: refuseForm([])},
  async ({locale, token, password, repeat}, {form}): Promise<AccountFormState> => {
    const raw = formValues(form);
    // Checked here as well as in the hook, so that the form names the rule before any counting.
    const problem = checkNewPassword(password);
    if (problem) return refuse(raw, {error: policyError(problem), field: 'password'}, {});
    if (password !== repeat) return refuse(raw, {error: 'passwordMismatch', field: 'repeat'}, {});
    const h = await headersWithLocale(locale);
    const limit = await consumeRateLimit(prisma(), `reset:${clientAddress(h)}`, {window: 60, max: 10});
    if (!limit.allowed) return refuse(raw, {error: 'tooManyAttempts', retryAfter: limit.retryAfter ?? 60}, {});
    try {
      await auth().api.resetPassword({body: {newPassword: password, token}, headers: h});
    } catch (error) {
      if (!isAPIError(error)) throw error;
      const code = typeof error.body?.code === 'string' ? error.body.code : '';
      const policy = passwordProblems[code];
      if (policy) return refuse(raw, {error: policyError(policy), field: 'password'}, {});
      return refuse(raw, {error: 'resetLinkInvalid'}, {});
    }
    redirect({href: '/sign-in?reset=1', locale});
    return {error: null};
  },
);
