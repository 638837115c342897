// Confirming the address of a new account (the rules are in core/accounts/addressConfirmation.ts):
// links stored as hashes, what a link leads to, confirming with the sign-up's password, and making
// way for the owner of an address somebody else signed up with.
import {createHash, randomBytes} from 'node:crypto';
import {verifyPassword} from 'better-auth/crypto';
import {linkExpiry, confirmationState, type ConfirmationState} from '../../core/accounts/addressConfirmation';
import type {Role} from '../../core/accounts/roles';
import type {PrismaClient} from '../generated/prisma/client';
import {consumeRateLimit} from '../platform/rateLimit';
import {acceptInvitation} from './people';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** A new link's token for the account; only its hash is stored. */
export async function issueConfirmation(
  prisma: PrismaClient,
  input: {userId: string; inviteToken?: string | null},
  now: Date,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await prisma.addressConfirmation.create({
    data: {
      tokenHash: hashToken(token),
      userId: input.userId,
      inviteToken: input.inviteToken || null,
      expiresAt: linkExpiry(now),
    },
    select: {id: true},
  });
  return token;
}

async function findLink(prisma: PrismaClient, token: string) {
  // A token is 43 characters; anything far longer is not one of ours and need not be hashed.
  if (token.length > 100) return null;
  return prisma.addressConfirmation.findUnique({
    where: {tokenHash: hashToken(token)},
    select: {
      id: true,
      expiresAt: true,
      usedAt: true,
      inviteToken: true,
      user: {select: {id: true, email: true, emailVerified: true}},
    },
  });
}

export interface LinkView {
  state: ConfirmationState;
  /** The address the link confirms, shown on the form. */
  email: string | null;
}

/** What a link leads to. Reading it changes nothing, so a mail scanner opening it does no harm. */
export async function inspectConfirmation(prisma: PrismaClient, token: string, now: Date): Promise<LinkView> {
  const link = await findLink(prisma, token);
  const state = confirmationState(link && {...link, accountConfirmed: link.user.emailVerified}, now);
  return {state, email: state === 'pending' && link ? link.user.email : null};
}

export type ConfirmResult =
  | {ok: true; email: string; role: Role | null}
  | {ok: false; error: Exclude<ConfirmationState, 'pending'> | 'wrongPassword' | 'tooManyAttempts'};

// Guesses at the password of one link: a few typos are fine, a search is not.
const attemptsPerLink = {window: 3600, max: 10};

/**
 * Confirms the address if the link is pending and the password is the one chosen at sign-up; gives the
 * role of the invitation the sign-up came with. A link confirms once, even when two tabs submit together.
 */
export async function confirmAddress(
  prisma: PrismaClient,
  token: string,
  password: string,
  now: Date,
): Promise<ConfirmResult> {
  const link = await findLink(prisma, token);
  const state = confirmationState(link && {...link, accountConfirmed: link.user.emailVerified}, now);
  if (!link || state !== 'pending') return {ok: false, error: state === 'pending' ? 'invalid' : state};
  if (!(await consumeRateLimit(prisma, `confirm-link:${link.id}`, attemptsPerLink, now)).allowed)
    return {ok: false, error: 'tooManyAttempts'};
  const credential = await prisma.account.findFirst({
    where: {userId: link.user.id, providerId: 'credential'},
    select: {password: true},
  });
  if (!credential?.password || !(await verifyPassword({hash: credential.password, password})))
    return {ok: false, error: 'wrongPassword'};
  const confirmed = await prisma.$transaction(async (tx) => {
    const {count} = await tx.addressConfirmation.updateMany({
      where: {id: link.id, usedAt: null},
      data: {usedAt: now},
    });
    if (count === 0) return false;
    await tx.user.update({where: {id: link.user.id}, data: {emailVerified: true}, select: {id: true}});
    return true;
  });
  if (!confirmed) return {ok: false, error: 'used'};
  const role = link.inviteToken
    ? await acceptInvitation(prisma, link.inviteToken, link.user.id, link.user.email, now)
    : null;
  return {ok: true, email: link.user.email, role};
}

/**
 * Deletes the account of this address if it was never confirmed: a new sign-up with the address takes
 * its place, so that whoever signed up with somebody else's address cannot keep its owner out. An
 * unconfirmed account cannot sign in, so it has nothing else to lose; its links stop working.
 */
export async function replaceUnconfirmedAccount(prisma: PrismaClient, email: string): Promise<boolean> {
  const {count} = await prisma.user.deleteMany({where: {email, emailVerified: false}});
  return count > 0;
}
