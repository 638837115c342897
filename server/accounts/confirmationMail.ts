// The mails of signing up: the link that confirms an address, and the note to the owner of an address
// that already has an account (sign-up answers the same either way, so only the mailbox learns which).
// Each address gets at most a few mails an hour from each client address and a cap in all
// (core/accounts/addressConfirmation.ts, MAIL_BUDGET), and a mail that cannot be queued is logged,
// never a failed request: the person can ask for another link.
import {createTranslator} from 'next-intl';
import {CONFIRMATION, MAIL_BUDGET, mailLocale} from '../../core/accounts/addressConfirmation';
import {type Locale, routing} from '../../i18n/routing';
import en from '../../messages/en.json';
import id from '../../messages/id.json';
import type {PrismaClient} from '../generated/prisma/client';
import {log} from '../platform/log';
import {consumeRateLimit} from '../platform/rateLimit';
import type {Mail} from '../mail/transport';
import {issueConfirmation, signUpToLink} from './addressConfirmation';

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

export function translator(locale: Locale) {
  return createTranslator({locale, messages: locale === 'id' ? id : en, namespace: 'Mail'});
}

/**
 * Whose budget a mail draws on: the client address that asked (`clientTag`), or, for a sign-in with
 * the right password of a waiting sign-up, that sign-up's own (`ownerOf`).
 */
export type MailBudget = {clientTag: string} | {ownerOf: string};

async function withinBudget(prisma: PrismaClient, to: string, budget: MailBudget): Promise<boolean> {
  if ('ownerOf' in budget)
    return (
      (await consumeRateLimit(prisma, `mail-owner:${to}|${budget.ownerOf}`, MAIL_BUDGET.ownerPerSignUp)).allowed &&
      (await consumeRateLimit(prisma, `mail-owner-to:${to}`, MAIL_BUDGET.ownerPerRecipient)).allowed
    );
  // The client's own budget first: a client over it does not eat into the address's cap.
  return (
    (await consumeRateLimit(prisma, `mail-to-from:${to}|${budget.clientTag}`, MAIL_BUDGET.perClient)).allowed &&
    (await consumeRateLimit(prisma, `mail-to:${to}`, MAIL_BUDGET.perRecipient)).allowed
  );
}

/** Sends the mail `compose` makes, if the budget allows; false when held back or not queued. */
export async function deliver(
  prisma: PrismaClient,
  mailer: Mailer,
  to: string,
  budget: MailBudget,
  compose: () => Promise<Mail>,
): Promise<boolean> {
  if (!(await withinBudget(prisma, to, budget))) {
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
 * A new link to confirm the address, for one waiting sign-up. The mail does not repeat the name given
 * at sign-up: whoever signs up with somebody else's address chooses it, and it must not speak to the owner.
 */
export function sendConfirmation(
  prisma: PrismaClient,
  mailer: Mailer,
  input: {userId: string; signUpId: string; email: string; locale: Locale; budget: MailBudget},
  now: Date,
): Promise<boolean> {
  return deliver(prisma, mailer, input.email, input.budget, async () => {
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
  input: {email: string; name: string; locale: Locale; clientTag: string},
): Promise<boolean> {
  return deliver(prisma, mailer, input.email, {clientTag: input.clientTag}, async () => {
    const t = translator(input.locale);
    const link = `${mailer.siteUrl}/${input.locale}/sign-in`;
    return {to: input.email, subject: t('existsSubject'), text: t('existsBody', {name: input.name, link})};
  });
}

/**
 * Another link for an address still waiting to be confirmed, for the sign-up made from the asking
 * client address (else the newest); nothing otherwise.
 */
export async function resendConfirmation(
  prisma: PrismaClient,
  mailer: Mailer,
  input: {email: string; locale: Locale; clientTag: string},
  now: Date,
): Promise<void> {
  const user = await prisma.user.findUnique({
    where: {email: input.email.trim().toLowerCase()},
    select: {id: true, email: true, emailVerified: true},
  });
  if (!user || user.emailVerified) return;
  const signUp = await signUpToLink(prisma, user.id, input.clientTag);
  if (!signUp) return;
  const budget = {clientTag: input.clientTag};
  await sendConfirmation(
    prisma,
    mailer,
    {...input, userId: user.id, signUpId: signUp.id, email: user.email, budget},
    now,
  );
}
