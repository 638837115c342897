// The signed-in user, for server components, server actions and route handlers.
import 'server-only';
import {headers} from 'next/headers';
import {nextCookies} from 'better-auth/next-js';
import {hasRole, isRole, type Actor, type Role} from '../../core/accounts/roles';
import {authBaseUrl, createAuth, resolveAuthSecret, type Auth} from './betterAuth';
import {prisma} from '../platform/db';
import {appMailer} from '../mail/appMailer';

export interface CurrentUser extends Actor {
  name: string;
  email: string;
}

const holder = globalThis as typeof globalThis & {selarasAuth?: Auth};

export function auth(): Auth {
  holder.selarasAuth ??= createAuth(prisma(), {
    secret: resolveAuthSecret(),
    baseURL: authBaseUrl(),
    plugins: [nextCookies()],
    mailer: appMailer(authBaseUrl()),
  });
  return holder.selarasAuth;
}

/** The user whose session cookie came with this request, or null for anonymous readers. */
export async function getCurrentUser(requestHeaders?: Headers): Promise<CurrentUser | null> {
  const session = await auth().api.getSession({headers: requestHeaders ?? (await headers())});
  if (!session) return null;
  const {id, name, email, role} = session.user as {id: string; name: string; email: string; role?: unknown};
  return {id, name, email, role: isRole(role) ? role : 'learner'};
}

/** The current user if they have at least `role`, otherwise null: callers refuse with 'forbidden'. */
export async function requireRole(role: Role, requestHeaders?: Headers): Promise<CurrentUser | null> {
  const user = await getCurrentUser(requestHeaders);
  return hasRole(user, role) ? user : null;
}
