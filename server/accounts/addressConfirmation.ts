// Confirming the address of a new account (the rules are in core/accounts/addressConfirmation.ts):
// the sign-ups waiting for one address, each with its own password; links stored as hashes, each for
// one sign-up; what a link leads to; and confirming with that sign-up's password.
import {createHash, randomBytes} from 'node:crypto';
import {verifyPassword} from 'better-auth/crypto';
import {
  CONFIRMATION,
  confirmationState,
  type ConfirmationState,
  linkExpiry,
  signUpsOverLimit,
  signUpToRemind,
} from '../../core/accounts/addressConfirmation';
import type {Role} from '../../core/accounts/roles';
import type {PrismaClient} from '../generated/prisma/client';
import {consumeRateLimit} from '../platform/rateLimit';
import {acceptInvitation} from './people';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** What is kept of a client address (its bucket: an IPv6 client's /64) beside a sign-up. */
export function clientTag(addressBucket: string): string {
  return createHash('sha256').update(`client:${addressBucket}`).digest('base64url').slice(0, 22);
}

/**
 * Keeps a sign-up for an address nobody confirmed yet. It replaces an earlier one from the same client
 * address (and that one's links); one from elsewhere, the owner's or a squatter's, is left alone,
 * except that the oldest make way once the address has more than a few.
 */
export async function recordSignUp(
  prisma: PrismaClient,
  input: {userId: string; passwordHash: string; name: string; inviteToken?: string | null; clientTag: string},
  now: Date,
): Promise<string> {
  const {id} = await prisma.$transaction(async (tx) => {
    await tx.pendingSignUp.deleteMany({where: {userId: input.userId, clientTag: input.clientTag}});
    return tx.pendingSignUp.create({
      data: {...input, inviteToken: input.inviteToken || null, createdAt: now},
      select: {id: true},
    });
  });
  const waiting = await listSignUps(prisma, input.userId);
  const over = signUpsOverLimit(waiting).map((s) => s.id);
  if (over.length > 0) await prisma.pendingSignUp.deleteMany({where: {id: {in: over}}});
  return id;
}

function listSignUps(prisma: PrismaClient, userId: string) {
  return prisma.pendingSignUp.findMany({
    where: {userId},
    select: {id: true, clientTag: true, createdAt: true, passwordHash: true},
    orderBy: {createdAt: 'desc'},
  });
}

/** The waiting sign-up whose password this is, if any (at most CONFIRMATION.pendingSignUps hashes tried). */
export async function matchingSignUp(prisma: PrismaClient, userId: string, password: string) {
  for (const signUp of (await listSignUps(prisma, userId)).slice(0, CONFIRMATION.pendingSignUps))
    if (await verifyPassword({hash: signUp.passwordHash, password})) return signUp;
  return null;
}

/** The sign-up a link asked for without a password is for (core: the asker's own, else the newest). */
export async function signUpToLink(prisma: PrismaClient, userId: string, tag: string) {
  return signUpToRemind(await listSignUps(prisma, userId), tag);
}

/** A new link's token for the sign-up; only its hash is stored. */
export async function issueConfirmation(
  prisma: PrismaClient,
  input: {userId: string; signUpId: string},
  now: Date,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await prisma.addressConfirmation.create({
    data: {tokenHash: hashToken(token), userId: input.userId, signUpId: input.signUpId, expiresAt: linkExpiry(now)},
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
      signUp: {select: {id: true, passwordHash: true, name: true, inviteToken: true}},
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
 * Confirms the address if the link is pending and the password is the one chosen with its sign-up: that
 * sign-up becomes the account (its password, its name, the role of its invitation) and the others
 * waiting for the address go. A link confirms once, even when two tabs submit together.
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
  if (!(await verifyPassword({hash: link.signUp.passwordHash, password}))) return {ok: false, error: 'wrongPassword'};
  const {signUp, user} = link;
  const confirmed = await prisma.$transaction(async (tx) => {
    const used = await tx.addressConfirmation.updateMany({where: {id: link.id, usedAt: null}, data: {usedAt: now}});
    if (used.count === 0) return false;
    const {count} = await tx.user.updateMany({
      where: {id: user.id, emailVerified: false},
      data: {emailVerified: true, name: signUp.name},
    });
    if (count === 0) return false;
    await tx.account.updateMany({
      where: {userId: user.id, providerId: 'credential'},
      data: {password: signUp.passwordHash},
    });
    await tx.pendingSignUp.deleteMany({where: {userId: user.id, id: {not: signUp.id}}});
    return true;
  });
  if (!confirmed) return {ok: false, error: 'used'};
  const role = signUp.inviteToken ? await acceptInvitation(prisma, signUp.inviteToken, user.id, user.email, now) : null;
  return {ok: true, email: user.email, role};
}
