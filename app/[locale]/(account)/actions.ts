'use server';

import {headers} from 'next/headers';
import {APIError} from 'better-auth';
import {z} from 'zod';
import {redirect} from '@/i18n/navigation';
import {routing} from '@/i18n/routing';
import {auth} from '@/server/auth';
import {acceptInvitation} from '@/server/accounts';
import {prisma} from '@/server/db';
import {consumeRateLimit} from '@/server/rateLimit';

export type AccountFormState = {error: string | null};

const Locale = z.enum(routing.locales);
// Only paths inside the app: an absolute URL here would be an open redirect.
const Next = z.string().regex(/^\/[a-z0-9/_-]*$/i).default('/');
const SignInInput = z.object({locale: Locale, email: z.email().max(254), password: z.string().min(1).max(128), next: Next});
const SignUpInput = z.object({locale: Locale, name: z.string().trim().min(1).max(100), email: z.email().max(254), password: z.string().min(8).max(128), invite: z.string().max(100).optional()});

function clientIp(h: Headers): string {
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'local';
}

export async function signIn(_previous: AccountFormState, form: unknown): Promise<AccountFormState> {
  const parsed = SignInInput.safeParse(form instanceof FormData ? Object.fromEntries(form) : form);
  if (!parsed.success) return {error: 'invalidInput'};
  const {locale, email, password, next} = parsed.data;
  const h = await headers();
  // Server actions bypass better-auth's HTTP limiter (per address); the per-account limit in
  // server/authConfig.ts applies to both paths.
  const limit = await consumeRateLimit(prisma(), `sign-in:${clientIp(h)}`, {window: 60, max: 20});
  if (!limit.allowed) return {error: 'tooManyAttempts'};
  try {
    await auth().api.signInEmail({body: {email, password}, headers: h});
  } catch (error) {
    if (error instanceof APIError && error.status === 'TOO_MANY_REQUESTS') return {error: 'tooManyAttempts'};
    if (error instanceof APIError) return {error: 'invalidCredentials'};
    throw error;
  }
  redirect({href: next, locale});
  return {error: null};
}

export async function signUp(_previous: AccountFormState, form: unknown): Promise<AccountFormState> {
  const parsed = SignUpInput.safeParse(form instanceof FormData ? Object.fromEntries(form) : form);
  if (!parsed.success) return {error: 'invalidInput'};
  const {locale, name, email, password, invite} = parsed.data;
  const h = await headers();
  const limit = await consumeRateLimit(prisma(), `sign-up:${clientIp(h)}`, {window: 60, max: 5});
  if (!limit.allowed) return {error: 'tooManyAttempts'};
  let userId: string;
  try {
    userId = (await auth().api.signUpEmail({body: {name, email, password}, headers: h})).user.id;
  } catch (error) {
    if (error instanceof APIError) return {error: 'signUpFailed'};
    throw error;
  }
  const role = invite ? await acceptInvitation(prisma(), invite, userId, email, new Date()) : null;
  redirect({href: role === 'editor' || role === 'admin' ? '/editor' : '/', locale});
  return {error: null};
}

export async function signOut(form: unknown): Promise<void> {
  const parsed = z.object({locale: Locale}).safeParse(form instanceof FormData ? Object.fromEntries(form) : form);
  await auth().api.signOut({headers: await headers()});
  redirect({href: '/', locale: parsed.success ? parsed.data.locale : routing.defaultLocale});
}
