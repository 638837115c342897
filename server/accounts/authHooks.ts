// What runs around better-auth's endpoints, for the HTTP API and the forms' server actions alike:
// sign-in back-off per account and address (core/accounts/signInBackoff.ts) with a cookie that marks devices
// which signed in before, the password policy, the mails that confirm a new account's address (a sign-up
// answers the same whether or not the address has an account, and waits beside the other sign-ups of an
// address nobody confirmed), and a password change ending the other sessions.
import {createHash} from 'node:crypto';
import {APIError, createAuthMiddleware, isAPIError} from 'better-auth/api';
import {hashPassword} from 'better-auth/crypto';
import {checkNewPassword, type PasswordProblem} from '../../core/accounts/passwordPolicy';
import {signedInHintCookie, signedInHintLifetime} from '../../core/accounts/signedInHint';
import {
  accountPauseSeconds,
  backoffSeconds,
  SIGN_IN_BACKOFF,
  SIGN_IN_PER_ACCOUNT,
} from '../../core/accounts/signInBackoff';
import type {PrismaClient} from '../generated/prisma/client';
import {addressBucket, clientAddressHeader} from '../platform/clientAddress.mjs';
import {log} from '../platform/log';
import {clearCounter, consumeRateLimit, readCounter, recordFailure} from '../platform/rateLimit';
import {clientTag, matchingSignUp, recordSignUp} from './addressConfirmation';
import {type Mailer, requestLocale, sendAccountExists, sendConfirmation} from './confirmationMail';

/** Sent by the sign-up form with the invitation's token: its role is given once the address is confirmed. */
export const inviteHeader = 'x-selaras-invite';

export const passwordErrorCodes: Record<PasswordProblem, string> = {
  tooShort: 'PASSWORD_TOO_SHORT',
  tooLong: 'PASSWORD_TOO_LONG',
  tooCommon: 'PASSWORD_TOO_COMMON',
};
const passwordMessages: Record<PasswordProblem, string> = {
  tooShort: 'Password too short: use at least 8 characters',
  tooLong: 'Password too long: use at most 128 characters',
  tooCommon: 'Password too common or too easy to guess: use a longer phrase of unrelated words',
};

const deviceCookie = 'device';
const deviceLifetime = 365 * 24 * 3600;
const devicesRemembered = 5;

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

function normalizeEmail(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

function accountTag(email: string): string {
  return createHash('sha256').update(email).digest('base64url').slice(0, 22);
}

function requestHeaders(ctx: HookContext): Headers | undefined {
  return ctx.request?.headers ?? ctx.headers;
}

function clientAddress(ctx: HookContext): string {
  return addressBucket(requestHeaders(ctx)?.get(clientAddressHeader) ?? 'unknown');
}

async function knownDevices(ctx: HookContext): Promise<string[]> {
  const cookie = ctx.context.createAuthCookie(deviceCookie);
  const value = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
  return typeof value === 'string' && value ? value.split('.') : [];
}

function setSignedInHint(ctx: HookContext, signedIn: boolean): void {
  const secure = ctx.context.createAuthCookie(deviceCookie).attributes.secure;
  ctx.setCookie(signedInHintCookie, signedIn ? '1' : '', {
    path: '/',
    sameSite: 'lax',
    httpOnly: false,
    secure,
    maxAge: signedIn ? signedInHintLifetime : 0,
  });
}

function refusePassword(problem: PasswordProblem | null): void {
  if (problem)
    throw new APIError('BAD_REQUEST', {code: passwordErrorCodes[problem], message: passwordMessages[problem]});
}

/**
 * The right password of a sign-up still waiting for its address: a new link for that sign-up, on a
 * budget nobody else can spend, and the answer better-auth gives for an unconfirmed account.
 */
async function remindWaitingSignUp(prisma: PrismaClient, mailer: Mailer | undefined, ctx: HookContext, email: string) {
  const user = await prisma.user.findUnique({where: {email}, select: {id: true, emailVerified: true}});
  if (!user || user.emailVerified) return;
  const password = String(((ctx.body ?? {}) as Record<string, unknown>).password ?? '');
  const signUp = await matchingSignUp(prisma, user.id, password);
  if (!signUp) return;
  if (mailer) {
    const locale = requestLocale(requestHeaders(ctx));
    const input = {userId: user.id, signUpId: signUp.id, email, locale, budget: {ownerOf: signUp.clientTag}};
    await sendConfirmation(prisma, mailer, input, new Date());
  }
  throw new APIError('FORBIDDEN', {code: 'EMAIL_NOT_VERIFIED', message: 'Email not verified'});
}

export function beforeHook(prisma: PrismaClient, mailer?: Mailer) {
  return createAuthMiddleware(async (ctx) => {
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    if (ctx.path === '/sign-in/email') {
      const email = normalizeEmail(body.email);
      if ((await knownDevices(ctx)).includes(accountTag(email))) return;
      const pair = await readCounter(prisma, `sign-in-failures:${email}|${clientAddress(ctx)}`);
      const account = await readCounter(prisma, `sign-in-account:${email}`);
      const now = new Date();
      const wait = Math.max(
        backoffSeconds(pair && {count: pair.count, last: pair.windowStart}, now),
        accountPauseSeconds(account, now),
      );
      if (wait > 0) {
        throw new APIError('TOO_MANY_REQUESTS', {
          code: 'TOO_MANY_ATTEMPTS',
          message: `Too many failed sign-ins: try again in ${wait} s`,
        });
      }
      await remindWaitingSignUp(prisma, mailer, ctx, email);
      return;
    }
    if (ctx.path === '/sign-up/email') {
      const email = normalizeEmail(body.email);
      refusePassword(checkNewPassword(String(body.password ?? ''), [String(body.name ?? ''), email]));
      return;
    }
    // better-auth hands sendResetPassword the request, which a call from a server action has not: one
    // is made from its headers, for the mail's language and the client address's mail budget.
    if (ctx.path === '/request-password-reset' && !ctx.request && ctx.headers)
      return {context: {request: new Request(`${ctx.context.baseURL}${ctx.path}`, {headers: ctx.headers})}};
    if (ctx.path === '/change-password' || ctx.path === '/reset-password' || ctx.path === '/set-password') {
      refusePassword(checkNewPassword(String(body.newPassword ?? '')));
      // Whoever knew the old password may be signed in somewhere: a new one ends every other session.
      if (ctx.path === '/change-password') return {context: {body: {...body, revokeOtherSessions: true}}};
    }
  });
}

/**
 * The mail a sign-up leads to: a link for a new account or a sign-up waiting beside others for the same
 * address (each keeps its own password: server/accounts/addressConfirmation.ts), a note for the owner
 * of a confirmed one.
 */
async function mailAfterSignUp(prisma: PrismaClient, mailer: Mailer | undefined, ctx: HookContext, email: string) {
  const user = await prisma.user.findUnique({
    where: {email},
    select: {id: true, name: true, email: true, emailVerified: true},
  });
  if (!user) return;
  const locale = requestLocale(requestHeaders(ctx));
  const tag = clientTag(clientAddress(ctx));
  if (user.emailVerified) {
    if (mailer) await sendAccountExists(prisma, mailer, {email, name: user.name, locale, clientTag: tag});
    else log.warn('no mailer: the mail of a sign-up is not sent', {email});
    return;
  }
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  // better-auth made the account on this request (its id is in the answer), or answered as if it had.
  const created = (ctx.context.returned as {user?: {id?: string}} | undefined)?.user?.id === user.id;
  const credential = created
    ? await prisma.account.findFirst({where: {userId: user.id, providerId: 'credential'}, select: {password: true}})
    : null;
  const passwordHash = credential?.password ?? (await hashPassword(String(body.password ?? '')));
  const signUpId = await recordSignUp(
    prisma,
    {
      userId: user.id,
      passwordHash,
      name: String(body.name ?? '').slice(0, 100),
      inviteToken: requestHeaders(ctx)?.get(inviteHeader)?.slice(0, 100),
      clientTag: tag,
    },
    new Date(),
  );
  if (!mailer) return void log.warn('no mailer: the mail of a sign-up is not sent', {email});
  await sendConfirmation(
    prisma,
    mailer,
    {userId: user.id, signUpId, email, locale, budget: {clientTag: tag}},
    new Date(),
  );
}

export function afterHook(prisma: PrismaClient, mailer?: Mailer) {
  return createAuthMiddleware(async (ctx) => {
    const returned = ctx.context.returned;
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    if (ctx.path === '/sign-in/email') {
      const email = normalizeEmail(body.email);
      const pairKey = `sign-in-failures:${email}|${clientAddress(ctx)}`;
      // The password of an unconfirmed account whose sign-up made way for newer ones: no link, no count.
      if (isAPIError(returned) && returned.body?.code === 'EMAIL_NOT_VERIFIED') return;
      if (isAPIError(returned)) {
        if (returned.status !== 'UNAUTHORIZED') return;
        await recordFailure(prisma, pairKey, SIGN_IN_BACKOFF.forgetAfter);
        await consumeRateLimit(prisma, `sign-in-account:${email}`, SIGN_IN_PER_ACCOUNT);
        return;
      }
      await clearCounter(prisma, pairKey);
      setSignedInHint(ctx, true);
      const tags = [accountTag(email), ...(await knownDevices(ctx)).filter((tag) => tag !== accountTag(email))];
      const cookie = ctx.context.createAuthCookie(deviceCookie, {maxAge: deviceLifetime});
      await ctx.setSignedCookie(
        cookie.name,
        tags.slice(0, devicesRemembered).join('.'),
        ctx.context.secret,
        cookie.attributes,
      );
      return;
    }
    if (ctx.path === '/sign-up/email' && !isAPIError(returned)) {
      await mailAfterSignUp(prisma, mailer, ctx, normalizeEmail(body.email));
      return;
    }
    if (ctx.path === '/sign-out') setSignedInHint(ctx, false);
  });
}
