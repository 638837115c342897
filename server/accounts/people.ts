// People: creating accounts from the command line, roles, and invitations.
import {randomBytes, randomUUID} from 'node:crypto';
import {hashPassword} from 'better-auth/crypto';
import type {PrismaClient} from '../generated/prisma/client';
import {hasRole, type Actor, type Role} from '../../core/accounts/roles';

/**
 * Creates the account, or sets the role and password of an existing one (first admin, demo editor).
 * Either way its address counts as confirmed: the operator vouches for it, and an unconfirmed sign-up
 * somebody made with the address loses its password (it could never sign in).
 */
export async function ensureUser(
  prisma: PrismaClient,
  input: {email: string; password: string; name: string; role: Role},
): Promise<'created' | 'updated'> {
  const email = input.email.trim().toLowerCase();
  const hash = await hashPassword(input.password);
  const existing = await prisma.user.findUnique({where: {email}, select: {id: true}});
  if (existing) {
    await prisma.$transaction([
      prisma.user.update({where: {id: existing.id}, data: {role: input.role, emailVerified: true}, select: {id: true}}),
      prisma.account.updateMany({where: {userId: existing.id, providerId: 'credential'}, data: {password: hash}}),
    ]);
    return 'updated';
  }
  const id = randomUUID();
  await prisma.user.create({
    data: {
      id,
      email,
      name: input.name,
      role: input.role,
      emailVerified: true,
      accounts: {create: {id: randomUUID(), accountId: id, providerId: 'credential', password: hash}},
    },
    select: {id: true},
  });
  return 'created';
}

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: Date;
  /** The address was confirmed (an unconfirmed account cannot sign in, and a new sign-up replaces it). */
  emailVerified: boolean;
}

export async function listUsers(prisma: PrismaClient): Promise<UserRow[]> {
  return prisma.user.findMany({
    orderBy: {createdAt: 'asc'},
    select: {id: true, name: true, email: true, role: true, createdAt: true, emailVerified: true},
  });
}

export type AdminResult = {ok: true} | {ok: false; error: 'forbidden' | 'notFound' | 'lastAdmin'};

export async function changeRole(
  prisma: PrismaClient,
  actor: Actor | null,
  userId: string,
  role: Role,
): Promise<AdminResult> {
  if (!hasRole(actor, 'admin')) return {ok: false, error: 'forbidden'};
  return prisma.$transaction(async (tx) => {
    // Somebody must always be able to manage people. Two admins demoting each other at once would
    // each count two admins: the admins' rows are locked (in one order, so no deadlock) before
    // counting, and the second change counts again once the first has committed.
    const admins = await tx.$queryRaw<{id: string}[]>`
      SELECT id FROM "User" WHERE role = 'admin' ORDER BY id FOR UPDATE`;
    // The acting admin may have been demoted by the change this one waited for.
    if (!admins.some((a) => a.id === actor.id)) return {ok: false, error: 'forbidden'} as const;
    const user = await tx.user.findUnique({where: {id: userId}, select: {role: true}});
    if (!user) return {ok: false, error: 'notFound'} as const;
    if (user.role === 'admin' && role !== 'admin' && admins.length <= 1) {
      return {ok: false, error: 'lastAdmin'} as const;
    }
    if (user.role === role) return {ok: true} as const;
    await tx.user.update({where: {id: userId}, data: {role}, select: {id: true}});
    // The role is read from the user row on every request anyway; ending the person's sessions as
    // well means a change of rights also ends every device signed in under the old ones (a shared
    // or stolen cookie included): they sign in again under the new role.
    await tx.session.deleteMany({where: {userId}});
    return {ok: true} as const;
  });
}

export async function createInvitation(
  prisma: PrismaClient,
  actor: Actor | null,
  email: string,
  role: Role,
  now: Date,
): Promise<{ok: true; token: string} | {ok: false; error: 'forbidden'}> {
  if (!hasRole(actor, 'admin')) return {ok: false, error: 'forbidden'};
  const token = randomBytes(24).toString('base64url');
  await prisma.invitation.create({
    data: {
      email: email.trim().toLowerCase(),
      role,
      token,
      invitedById: actor.id,
      expiresAt: new Date(now.getTime() + 14 * 24 * 3600_000),
    },
    select: {id: true},
  });
  return {ok: true, token};
}

/** Gives a newly signed-up user the role they were invited to, if the invitation is theirs and fresh. */
export async function acceptInvitation(
  prisma: PrismaClient,
  token: string,
  userId: string,
  email: string,
  now: Date,
): Promise<Role | null> {
  const invitation = await prisma.invitation.findUnique({
    where: {token},
    select: {id: true, email: true, role: true, expiresAt: true, acceptedAt: true},
  });
  if (
    !invitation ||
    invitation.acceptedAt ||
    invitation.expiresAt < now ||
    invitation.email !== email.trim().toLowerCase()
  )
    return null;
  await prisma.$transaction([
    prisma.invitation.update({where: {id: invitation.id}, data: {acceptedAt: now}, select: {id: true}}),
    prisma.user.update({where: {id: userId}, data: {role: invitation.role}, select: {id: true}}),
  ]);
  return invitation.role;
}
