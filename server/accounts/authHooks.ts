// What runs around better-auth's endpoints, for the HTTP API and the forms' server actions alike:
// sign-in back-off per account and address (core/accounts/signInBackoff.ts) with a cookie that marks devices
// which signed in before, the password policy, invitations reserving their address, sign-up not
// saying whether an address has an account, and a password change ending the other sessions.
import {createHash} from 'node:crypto';
import {APIError, createAuthMiddleware, isAPIError} from 'better-auth/api';
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
import {clearCounter, consumeRateLimit, readCounter, recordFailure} from '../platform/rateLimit';

/** Sent by the sign-up form with the invitation's token (pending invitations reserve their address). */
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
export const signUpFailed = {
  code: 'SIGN_UP_FAILED',
  message: 'Could not create an account with these details. If you already have one, sign in.',
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

function clientAddress(ctx: HookContext): string {
  return addressBucket((ctx.request?.headers ?? ctx.headers)?.get(clientAddressHeader) ?? 'unknown');
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

export function beforeHook(prisma: PrismaClient) {
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
      return;
    }
    if (ctx.path === '/sign-up/email') {
      const email = normalizeEmail(body.email);
      refusePassword(checkNewPassword(String(body.password ?? ''), [String(body.name ?? ''), email]));
      const token = (ctx.request?.headers ?? ctx.headers)?.get(inviteHeader) ?? '';
      const reserved = await prisma.invitation.findFirst({
        where: {email, acceptedAt: null, expiresAt: {gt: new Date()}, token: {not: token}},
        select: {id: true},
      });
      if (reserved) throw new APIError('UNPROCESSABLE_ENTITY', signUpFailed);
      return;
    }
    if (ctx.path === '/change-password' || ctx.path === '/reset-password' || ctx.path === '/set-password') {
      refusePassword(checkNewPassword(String(body.newPassword ?? '')));
      // Whoever knew the old password may be signed in somewhere: a new one ends every other session.
      if (ctx.path === '/change-password') return {context: {body: {...body, revokeOtherSessions: true}}};
    }
  });
}

export function afterHook(prisma: PrismaClient) {
  return createAuthMiddleware(async (ctx) => {
    const returned = ctx.context.returned;
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    if (ctx.path === '/sign-in/email') {
      const email = normalizeEmail(body.email);
      const pairKey = `sign-in-failures:${email}|${clientAddress(ctx)}`;
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
    if ((ctx.path === '/sign-up/email' && !isAPIError(returned)) || ctx.path === '/sign-out') {
      setSignedInHint(ctx, ctx.path !== '/sign-out');
      return;
    }
    if (
      ctx.path === '/sign-up/email' &&
      isAPIError(returned) &&
      String(returned.body?.code).startsWith('USER_ALREADY_EXISTS')
    ) {
      // The same refusal as a reserved address, with no word of an existing account (better-auth keeps
      // the status, 422, for both).
      throw new APIError('UNPROCESSABLE_ENTITY', signUpFailed);
    }
  });
}
