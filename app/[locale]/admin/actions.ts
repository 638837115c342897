'use server';

import {headers} from 'next/headers';
import {revalidatePath} from 'next/cache';
import {z} from 'zod';
import {routing} from '@/i18n/routing';
import {changeRole, createInvitation} from '@/server/accounts/people';
import {getCurrentUser} from '@/server/accounts/currentUser';
import {prisma} from '@/server/platform/db';

export type AdminFormState = {error: string | null; saved?: boolean; link?: string};

const Locale = z.enum(routing.locales);
const Role = z.enum(['learner', 'editor', 'admin']);
const InviteInput = z.object({locale: Locale, email: z.email().max(254), role: Role});
const RoleInput = z.object({locale: Locale, userId: z.string().min(1).max(64), role: Role});

/** The address people reach this server at, for the invitation link. */
async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  const proto =
    h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}`;
}

export async function inviteUser(_previous: AdminFormState, form: unknown): Promise<AdminFormState> {
  const parsed = InviteInput.safeParse(form instanceof FormData ? Object.fromEntries(form) : form);
  if (!parsed.success) return {error: 'invalidInput'};
  const {locale, email, role} = parsed.data;
  // createInvitation refuses anyone but an admin: the check lives with the data, not only here.
  const result = await createInvitation(prisma(), await getCurrentUser(), email, role, new Date());
  if (!result.ok) return {error: result.error};
  return {error: null, link: `${await origin()}/${locale}/sign-up?invite=${encodeURIComponent(result.token)}`};
}

export async function setRole(_previous: AdminFormState, form: unknown): Promise<AdminFormState> {
  const parsed = RoleInput.safeParse(form instanceof FormData ? Object.fromEntries(form) : form);
  if (!parsed.success) return {error: 'invalidInput'};
  const {locale, userId, role} = parsed.data;
  const result = await changeRole(prisma(), await getCurrentUser(), userId, role);
  if (!result.ok) return {error: result.error};
  revalidatePath(`/${locale}/admin`);
  return {error: null, saved: true};
}
