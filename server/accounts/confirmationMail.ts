// The mails of signing up: the link that confirms an address, and the note to the owner of an address
// that already has an account (sign-up answers the same either way, so only the mailbox learns which).
// Each address gets at most a few mails an hour, whoever asks for them, and a mail that cannot be
// queued is logged, never a failed request: the person can ask for another link.
import {createTranslator} from 'next-intl';
import {CONFIRMATION, mailLocale} from '../../core/accounts/addressConfirmation';
import {type Locale, routing} from '../../i18n/routing';
import en from '../../messages/en.json';
import id from '../../messages/id.json';
import type {PrismaClient} from '../generated/prisma/client';
import {log} from '../platform/log';
import {consumeRateLimit} from '../platform/rateLimit';
import type {Mail} from '../mail/transport';
import {issueConfirmation} from './addressConfirmation';

export interface Mailer {
  /** Queues the mail (the app) or takes it (tests); sending happens elsewhere. */
  send(mail: Mail): Promise<void>;
  /** The public address of the site, for links. */
  siteUrl: string;
}

/** Sent by the account forms with their language, which the mail then speaks. */
export const localeHeader = 'x-selaras-locale';

export function requestLocale(headers: Headers | undefined): Locale {
  // The interface's language cookie (i18n/routing.ts), for clients that call the HTTP API from the site.
  const fromCookie = /(?:^|;\s*)SELARAS_LOCALE=([a-z]+)/.exec(headers?.get('cookie') ?? '');
  return mailLocale(
    {
      explicit: headers?.get(localeHeader),
      cookie: fromCookie?.[1],
      acceptLanguage: headers?.get('accept-language'),
    },
    routing.locales,
    routing.defaultLocale,
  );
}

function translator(locale: Locale) {
  return createTranslator({locale, messages: locale === 'id' ? id : en, namespace: 'Mail'});
}

async function deliver(prisma: PrismaClient, mailer: Mailer, to: string, compose: () => Promise<Mail>) {
  const {allowed} = await consumeRateLimit(prisma, `mail-to:${to}`, {window: 3600, max: CONFIRMATION.mailsPerHour});
  if (!allowed) {
    log.warn('mail held back: this address had enough mail this hour', {to});
    return false;
  }
  const mail = await compose();
  try {
    await mailer.send(mail);
    return true;
  } catch (error) {
    log.error('mail could not be queued', {to, error: (error as Error).message});
    return false;
  }
}

/**
 * A new link to confirm the account's address. The mail does not repeat the name given at sign-up:
 * whoever signs up with somebody else's address chooses it, and it must not speak to the owner.
 */
export function sendConfirmation(
  prisma: PrismaClient,
  mailer: Mailer,
  input: {userId: string; email: string; locale: Locale; inviteToken?: string | null},
  now: Date,
): Promise<boolean> {
  return deliver(prisma, mailer, input.email, async () => {
    const token = await issueConfirmation(prisma, input, now);
    const t = translator(input.locale);
    const link = `${mailer.siteUrl}/${input.locale}/verify-email?token=${token}`;
    return {
      to: input.email,
      subject: t('confirmSubject'),
      text: t('confirmBody', {link, hours: CONFIRMATION.linkHours}),
    };
  });
}

export function sendAccountExists(
  prisma: PrismaClient,
  mailer: Mailer,
  input: {email: string; name: string; locale: Locale},
): Promise<boolean> {
  return deliver(prisma, mailer, input.email, async () => {
    const t = translator(input.locale);
    const link = `${mailer.siteUrl}/${input.locale}/sign-in`;
    return {to: input.email, subject: t('existsSubject'), text: t('existsBody', {name: input.name, link})};
  });
}

/** Another link for an account still waiting for its address to be confirmed; nothing otherwise. */
export async function resendConfirmation(
  prisma: PrismaClient,
  mailer: Mailer,
  email: string,
  locale: Locale,
  now: Date,
): Promise<void> {
  const user = await prisma.user.findUnique({
    where: {email: email.trim().toLowerCase()},
    select: {id: true, email: true, emailVerified: true},
  });
  if (user && !user.emailVerified)
    await sendConfirmation(prisma, mailer, {userId: user.id, email: user.email, locale}, now);
}
