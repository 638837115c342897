'use server';

import {headers} from 'next/headers';
import {isAPIError} from 'better-auth/api';
import {getTranslations} from 'next-intl/server';
import {z} from 'zod';
import {redirect} from '@/i18n/navigation';
import {routing} from '@/i18n/routing';
import {auth} from '@/server/accounts/currentUser';
import {acceptInvitation} from '@/server/accounts/people';
import {inviteHeader, passwordErrorCodes} from '@/server/accounts/authHooks';
import {clientAddressHeader} from '@/server/platform/clientAddress.mjs';
import {prisma} from '@/server/platform/db';
import {consumeRateLimit} from '@/server/platform/rateLimit';
import {checkNewPassword, PASSWORD_LENGTH} from '@/core/accounts/passwordPolicy';

/** An error is a message key of Account.errors; `values` are what the person typed (never the password). */
export type AccountFormState = {
  error: string | null;
  /** The error in the form's language: it may carry a number (seconds to wait), so it is formatted here. */
  message?: string;
  field?: string;
  values?: Record<string, string>;
};
type Refusal = {error: string; field?: string; retryAfter?: number};

const Locale = z.enum(routing.locales);
// Only paths inside the app (no "//host", no backslash): an absolute URL here would be an open redirect.
const Next = z
  .string()
  .max(300)
  .regex(/^\/(?![/\\])[a-z0-9/_\-?=&.%]*$/i)
  .default('/');
// Each refinement's message is the key of what the form says, so that it names the field and the rule.
const Email = z.string().trim().min(1, 'emailMissing').max(254, 'emailInvalid').pipe(z.email('emailInvalid'));
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

function formValues(form: unknown): Record<string, unknown> {
  return form instanceof FormData ? Object.fromEntries(form) : typeof form === 'object' && form ? {...form} : {};
}

function keep(raw: Record<string, unknown>, names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => [name, typeof raw[name] === 'string' ? String(raw[name]).slice(0, 300) : '']),
  );
}

function firstIssue(error: z.ZodError): {error: string; field?: string} {
  const issue = error.issues[0];
  const field = typeof issue?.path[0] === 'string' ? issue.path[0] : undefined;
  const known = issue?.message && /^[a-z]+[A-Z]\w*$/.test(issue.message) ? issue.message : 'invalidInput';
  return {error: known, field};
}

function clientAddress(h: Headers): string {
  // Set by scripts/cli/serve.mjs from the socket; under `next dev` everyone shares one counter.
  return h.get(clientAddressHeader) ?? 'unknown';
}

function retryAfter(error: {body?: unknown; message?: string}): number | undefined {
  const seconds = /(\d+) s\b/.exec(error.message ?? '')?.[1];
  return seconds ? Number(seconds) : undefined;
}

/** The refusal with its message in the form's language, and what was typed, so the form shows both. */
async function refuse(
  raw: Record<string, unknown>,
  refusal: Refusal,
  values: Record<string, string>,
): Promise<AccountFormState> {
  const locale = Locale.safeParse(raw.locale);
  const t = await getTranslations({
    locale: locale.success ? locale.data : routing.defaultLocale,
    namespace: 'Account.errors',
  });
  const message =
    refusal.error === 'tooManyAttempts' && refusal.retryAfter
      ? t('tooManyAttemptsWait', {minutes: Math.ceil(refusal.retryAfter / 60)})
      : t.has(refusal.error)
        ? t(refusal.error)
        : t('invalidInput');
  return {error: refusal.error, message, field: refusal.field, values};
}

export async function signIn(_previous: AccountFormState, form: unknown): Promise<AccountFormState> {
  const raw = formValues(form);
  const values = keep(raw, ['email']);
  const refusal = await attemptSignIn(raw);
  return refusal ? refuse(raw, refusal, values) : {error: null};
}

async function attemptSignIn(raw: Record<string, unknown>): Promise<Refusal | null> {
  const parsed = SignInInput.safeParse(raw);
  if (!parsed.success) return firstIssue(parsed.error);
  const {locale, email, password, next} = parsed.data;
  const h = await headers();
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
    return {error: 'invalidCredentials'};
  }
  redirect({href: next, locale});
  return null;
}

export async function signUp(_previous: AccountFormState, form: unknown): Promise<AccountFormState> {
  const raw = formValues(form);
  const values = keep(raw, ['name', 'email']);
  const refusal = await attemptSignUp(raw);
  return refusal ? refuse(raw, refusal, values) : {error: null};
}

async function attemptSignUp(raw: Record<string, unknown>): Promise<Refusal | null> {
  const parsed = SignUpInput.safeParse(raw);
  if (!parsed.success) return firstIssue(parsed.error);
  const {locale, name, email, password, invite} = parsed.data;
  // Checked here as well as in the hook, so that the form can say which rule before any counting.
  const problem = checkNewPassword(password, [name, email]);
  if (problem) return {error: `password${problem[0].toUpperCase()}${problem.slice(1)}`, field: 'password'};
  const h = await headers();
  const limit = await consumeRateLimit(prisma(), `sign-up:${clientAddress(h)}`, {window: 60, max: 5});
  if (!limit.allowed) return {error: 'tooManyAttempts', retryAfter: limit.retryAfter ?? 60};
  const requestHeaders = new Headers(h);
  if (invite) requestHeaders.set(inviteHeader, invite);
  let userId: string;
  try {
    userId = (await auth().api.signUpEmail({body: {name, email, password}, headers: requestHeaders})).user.id;
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const code = typeof error.body?.code === 'string' ? error.body.code : '';
    const policy = passwordErrors[code];
    if (policy) return {error: `password${policy[0].toUpperCase()}${policy.slice(1)}`, field: 'password'};
    if (error.status === 'TOO_MANY_REQUESTS') return {error: 'tooManyAttempts', retryAfter: retryAfter(error)};
    return {error: 'signUpFailed', field: 'email'};
  }
  const role = invite ? await acceptInvitation(prisma(), invite, userId, email, new Date()) : null;
  redirect({href: role === 'editor' || role === 'admin' ? '/editor' : '/', locale});
  return null;
}

export async function signOut(form: unknown): Promise<void> {
  const raw = formValues(form);
  const parsed = z.object({locale: Locale, next: Next}).safeParse(raw);
  await auth().api.signOut({headers: await headers()});
  redirect({
    href: parsed.success ? parsed.data.next : '/',
    locale: parsed.success ? parsed.data.locale : routing.defaultLocale,
  });
}
