// What the account forms share: the state a form shows, the fields' rules, and refusals in the
// form's language. The actions beside it (actions.ts, verify-email/actions.ts) use these.
import {headers} from 'next/headers';
import {getTranslations} from 'next-intl/server';
import {z} from 'zod';
import {routing} from '@/i18n/routing';
import {localeHeader} from '@/server/accounts/confirmationMail';
import {clientAddressHeader} from '@/server/platform/clientAddress.mjs';
import type {Refusal} from '@/server/platform/action';

/** An error is a message key of Account.errors; `values` are what the person typed (never the password). */
export type AccountFormState = {
  error: string | null;
  /** The error in the form's language: it may carry a number (seconds to wait), so it is formatted here. */
  message?: string;
  /** What happened, when the form stays on the page (a new link sent). */
  notice?: string;
  field?: string;
  values?: Record<string, string>;
};
export type FormRefusal = {error: string; field?: string; retryAfter?: number};

export const Locale = z.enum(routing.locales);
// Each refinement's message is the key of what the form says, so that it names the field and the rule.
export const Email = z.string().trim().min(1, 'emailMissing').max(254, 'emailInvalid').pipe(z.email('emailInvalid'));

export function formValues(form: unknown): Record<string, unknown> {
  return form instanceof FormData ? Object.fromEntries(form) : typeof form === 'object' && form ? {...form} : {};
}

export function keep(raw: Record<string, unknown>, names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => [name, typeof raw[name] === 'string' ? String(raw[name]).slice(0, 300) : '']),
  );
}

function firstIssue(issue: z.core.$ZodIssue | undefined): {error: string; field?: string} {
  const field = typeof issue?.path[0] === 'string' ? issue.path[0] : undefined;
  const known = issue?.message && /^[a-z]+[A-Z]\w*$/.test(issue.message) ? issue.message : 'invalidInput';
  return {error: known, field};
}

export function clientAddress(h: Headers): string {
  // Set by scripts/cli/serve.mjs from the socket; under `next dev` everyone shares one counter.
  return h.get(clientAddressHeader) ?? 'unknown';
}

/** The request's headers with the form's language, which the mail it may send then speaks. */
export async function headersWithLocale(locale: string): Promise<Headers> {
  const h = new Headers(await headers());
  h.set(localeHeader, locale);
  return h;
}

/** The refusal with its message in the form's language, and what was typed, so the form shows both. */
export async function refuse(
  raw: Record<string, unknown>,
  refusal: FormRefusal,
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

/** A form refused before it was read: the first rule it broke, with what was typed in `shown` fields. */
export const refuseForm =
  (shown: string[]) =>
  (refusal: Refusal<unknown, 'anyone'>): Promise<AccountFormState> => {
    const raw = formValues(refusal.raw);
    return refuse(raw, firstIssue(refusal.reason === 'invalidInput' ? refusal.issue : undefined), keep(raw, shown));
  };
