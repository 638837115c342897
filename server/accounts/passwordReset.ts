// The mail with a link to set a new password (better-auth makes the token, keeps only its hash, and
// consumes it on use), and what such a link leads to. Only accounts whose address is confirmed get
// one; the answer to the request is the same for every address (better-auth's, and the form's).
import {type ResetLinkState, PASSWORD_RESET, resetLinkState} from '../../core/accounts/passwordReset';
import {addressBucket, clientAddressHeader} from '../platform/clientAddress.mjs';
import {log} from '../platform/log';
import type {PrismaClient} from '../generated/prisma/client';
import {clientTag} from './addressConfirmation';
import type {Auth} from './betterAuth';
import {deliver, type Mailer, requestLocale, translator} from './confirmationMail';

export async function sendPasswordReset(
  prisma: PrismaClient,
  mailer: Mailer,
  input: {user: {email: string; name: string; emailVerified: boolean}; token: string; headers?: Headers},
): Promise<void> {
  const {user, token, headers} = input;
  if (!user.emailVerified) return void log.info('no password reset for an unconfirmed address');
  const locale = requestLocale(headers);
  const budget = {clientTag: clientTag(addressBucket(headers?.get(clientAddressHeader) ?? 'unknown'))};
  await deliver(prisma, mailer, user.email, budget, async () => {
    const t = translator(locale);
    const link = `${mailer.siteUrl}/${locale}/reset-password?token=${encodeURIComponent(token)}`;
    return {
      to: user.email,
      subject: t('resetSubject'),
      text: t('resetBody', {name: user.name, link, minutes: PASSWORD_RESET.linkMinutes}),
    };
  });
}

/** What a reset link leads to. Reading it changes nothing. */
export async function inspectPasswordReset(auth: Auth, token: string, now: Date): Promise<ResetLinkState> {
  if (!token || token.length > 100) return 'invalid';
  const context = await auth.$context;
  return resetLinkState(await context.internalAdapter.findVerificationValue(`reset-password:${token}`), now);
}
