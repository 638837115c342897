// better-auth on the app's Prisma client: email and password (scrypt hashes), sessions in the
// database so that any number of app instances share them, and a role on every user.
import {randomBytes} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {betterAuth, type BetterAuthPlugin} from 'better-auth';
import {APIError, createAuthMiddleware} from 'better-auth/api';
import {prismaAdapter} from 'better-auth/adapters/prisma';
import type {PrismaClient} from './generated/prisma/client';
import {embeddedDataDir} from './database';
import {consumeRateLimit} from './rateLimit';

type Env = Record<string, string | undefined>;

/** BETTER_AUTH_SECRET, or on the embedded default one generated once and kept in the data folder. */
export function resolveAuthSecret(env: Env = process.env): string {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  // Sessions are signed with it: a short one could be guessed offline from one cookie.
  if (fromEnv && fromEnv.length < 32) throw new Error('BETTER_AUTH_SECRET is too short: use at least 32 random characters (openssl rand -base64 32)');
  if (fromEnv) return fromEnv;
  if (env.DATABASE_URL) throw new Error('BETTER_AUTH_SECRET must be set when DATABASE_URL is (every instance needs the same secret)');
  const dir = embeddedDataDir(env);
  const file = path.join(dir, 'selaras-auth-secret');
  if (!existsSync(file)) {
    mkdirSync(dir, {recursive: true});
    try {
      writeFileSync(file, randomBytes(32).toString('base64url'), {mode: 0o600, flag: 'wx'});
    } catch (error) {
      // Another process (npm start and the server it spawns) wrote it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(file, 'utf8').trim();
}

export function authBaseUrl(env: Env = process.env): string {
  return env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT ?? '3000'}`;
}

export const SIGN_IN_PER_ACCOUNT = {window: 60, max: 5};

// A stolen or forgotten cookie stops working a week after its last use; a session in daily use is
// extended at most once a day, so that reading pages does not write to the database on every request.
// The cookie cache stays off: every request reads the session and user rows, so that sign-out,
// revocation and role changes take effect on the next request.
export const SESSION_LIFETIME = {expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24};

export function createAuth(prisma: PrismaClient, options: {secret: string; baseURL: string; plugins?: BetterAuthPlugin[]}) {
  const port = new URL(options.baseURL).port;
  return betterAuth({
    appName: 'Selaras',
    secret: options.secret,
    baseURL: options.baseURL,
    trustedOrigins: [options.baseURL, `http://127.0.0.1:${port}`, `http://localhost:${port}`],
    database: prismaAdapter(prisma, {provider: 'postgresql'}),
    emailAndPassword: {enabled: true, minPasswordLength: 8, maxPasswordLength: 128},
    user: {additionalFields: {role: {type: 'string', required: false, defaultValue: 'learner', input: false}}},
    session: SESSION_LIFETIME,
    // better-auth turns its Origin check (CSRF) off by itself when NODE_ENV is 'test' or TEST is set;
    // an environment variable must never be able to do that to a running server.
    advanced: {defaultCookieAttributes: {httpOnly: true, sameSite: 'lax'}, disableOriginCheck: false, disableCSRFCheck: false},
    rateLimit: {
      enabled: true,
      window: 60,
      max: 100,
      customRules: {'/sign-in/email': {window: 60, max: 5}, '/sign-up/email': {window: 60, max: 5}},
      customStorage: {consume: (key, rule) => consumeRateLimit(prisma, `auth:${key}`, rule)},
    },
    hooks: {
      // better-auth's own limiter counts per client address, which a client can forge with
      // X-Forwarded-For; guessing one account's password is limited per account as well.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-in/email') return;
        const email = typeof ctx.body?.email === 'string' ? ctx.body.email.trim().toLowerCase() : '';
        const limit = await consumeRateLimit(prisma, `sign-in-account:${email}`, SIGN_IN_PER_ACCOUNT);
        if (!limit.allowed) throw new APIError('TOO_MANY_REQUESTS', {message: `Too many sign-in attempts: try again in ${limit.retryAfter ?? 60} s`});
      }),
    },
    plugins: options.plugins ?? [],
  });
}

export type Auth = ReturnType<typeof createAuth>;
