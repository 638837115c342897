'use server';

import {headers} from 'next/headers';
import {isAPIError} from 'better-auth/api';
import {z} from 'zod';
import {redirect} from '@/i18n/navigation';
import {routing} from '@/i18n/routing';
import {auth} from '@/server/accounts/currentUser';
import {inviteHeader, passwordErrorCodes} from '@/server/accounts/authHooks';
import {action, formAction} from '@/server/platform/action';
import {prisma} from '@/server/platform/db';
import {consumeRateLimit} from '@/server/platform/rateLimit';
import {checkNewPassword, PASSWORD_LENGTH} from '@/core/accounts/passwordPolicy';
import {
  type AccountFormState,
  clientAddress,
  Email,
  type FormRefusal,
  formValues,
  headersWithLocale,
  keep,
  Locale,
  refuse,
  refuseForm,
} from './formState';

// Only paths inside the app (no "//host", no backslash): an absolute URL here would be an open redirect.
const Next = z
  .string()
  .max(300)
  .regex(/^\/(?![/\\])[a-z0-9/_\-?=&.%]*$/i)
  .default('/');
const SignInInput = z.object({
  locale: Locale,
  email: Email,
  password: z.string().min(1, 'passwordMissing').max(PASSWORD_LENGTH.max, 'passwordTooLong'),
  next: Next,
});
const SignUpInput = z.object({
  locale: Locale,
  name: z.string().trim().min(1, 'nameMissing').max(100, 'nameTooLong'),
  email: Email,
  password: z.string(),
  invite: z.string().max(100).optional(),
});

const passwordErrors = Object.fromEntries(Object.entries(passwordErrorCodes).map(([problem, code]) => [code, problem]));

function retryAfter(error: {body?: unknown; message?: string}): number | undefined {
  const seconds = /(\d+) s\b/.exec(error.message ?? '')?.[1];
  return seconds ? Number(seconds) : undefined;
}

export const signIn = formAction(
  {role: 'anyone', input: SignInInput, refuse: refuseForm(['email'])},
  async (input, {form}): Promise<AccountFormState> => {
    const refusal = await attemptSignIn(input);
    if (!refusal) return {error: null};
    const raw = formValues(form);
    return refuse(raw, refusal, keep(raw, ['email']));
  },
);

async function attemptSignIn(input: z.output<typeof SignInInput>): Promise<FormRefusal | null> {
  const {locale, email, password, next} = input;
  const h = await headersWithLocale(locale);
  // Server actions bypass better-auth's HTTP limiter (per address); the back-off per account and
  // address in server/accounts/authHooks.ts applies to both paths.
  const limit = await consumeRateLimit(prisma(), `sign-in:${clientAddress(h)}`, {window: 60, max: 20});
  if (!limit.allowed) return {error: 'tooManyAttempts', retryAfter: limit.retryAfter ?? 60};
  try {
    await auth().api.signInEmail({body: {email, password}, headers: h});
  } catch (error) {
    // Recognised by shape: the auth instance may come from another bundle's copy of better-auth.
    if (!isAPIError(error)) throw error;
    if (error.status === 'TOO_MANY_REQUESTS') return {error: 'tooManyAttempts', retryAfter: retryAfter(error)};
    // Only after the right password; the hook has sent a new link.
    if (error.body?.code === 'EMAIL_NOT_VERIFIED') return {error: 'emailNotConfirmed'};
    return {error: 'invalidCredentials'};
  }
  redirect({href: next, locale});
  return null;
}

export const signUp = formAction(
  {role: 'anyone', input: SignUpInput, refuse: refuseForm(['name', 'email'])},
  async (input, {form}): Promise<AccountFormState> => {
    const refusal = await attemptSignUp(input);
    if (!refusal) return {error: null};
    const raw = formValues(form);
    return refuse(raw, refusal, keep(raw, ['name', 'email']));
  },
);

async function attemptSignUp(input: z.output<typeof SignUpInput>): Promise<FormRefusal | null> {
  const {locale, name, email, password, invite} = input;
  // Checked here as well as in the hook, so that the form can say which rule before any counting.
  const problem = checkNewPassword(password, [name, email]);
  if (problem) return {error: `password${problem[0].toUpperCase()}${problem.slice(1)}`, field: 'password'};
  const requestHeaders = await headersWithLocale(locale);
  const limit = await consumeRateLimit(prisma(), `sign-up:${clientAddress(requestHeaders)}`, {window: 60, max: 5});
  if (!limit.allowed) return {error: 'tooManyAttempts', retryAfter: limit.retryAfter ?? 60};
  if (invite) requestHeaders.set(inviteHeader, invite);
  try {
    // The same answer for a new address and one that has an account: only the mailbox learns which.
    await auth().api.signUpEmail({body: {name, email, password}, headers: requestHeaders});
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const code = typeof error.body?.code === 'string' ? error.body.code : '';
    const policy = passwordErrors[code];
    if (policy) return {error: `password${policy[0].toUpperCase()}${policy.slice(1)}`, field: 'password'};
    if (error.status === 'TOO_MANY_REQUESTS') return {error: 'tooManyAttempts', retryAfter: retryAfter(error)};
    return {error: 'signUpFailed', field: 'email'};
  }
  redirect({href: '/sign-up/check-mail', locale});
  return null;
}

async function endSession(locale: z.output<typeof Locale>, next: string): Promise<void> {
  await auth().api.signOut({headers: await headers()});
  redirect({href: next, locale});
}

/** Ends the caller's own session; a form without its fields still signs out, to the home page. */
export const signOut = action(
  {
    role: 'anyone',
    input: z.object({locale: Locale, next: Next}),
    refuse: () => endSession(routing.defaultLocale, '/'),
  },
  ({locale, next}) => endSession(locale, next),
);
