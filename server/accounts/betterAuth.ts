// better-auth on the app's Prisma client: email and password (scrypt hashes), sessions in the
// database so that any number of app instances share them, a role on every user, and no signing in
// until the address is confirmed (the links are ours: server/accounts/addressConfirmation.ts).
import {randomBytes} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {betterAuth, type BetterAuthPlugin} from 'better-auth';
import {prismaAdapter} from 'better-auth/adapters/prisma';
import {PASSWORD_LENGTH} from '../../core/accounts/passwordPolicy';
import {PASSWORD_RESET} from '../../core/accounts/passwordReset';
import type {PrismaClient} from '../generated/prisma/client';
import {afterHook, beforeHook} from './authHooks';
import type {Mailer} from './confirmationMail';
import {sendPasswordReset} from './passwordReset';
import {clientAddressHeader} from '../platform/clientAddress.mjs';
import {embeddedDataDir} from '../platform/openDatabase';
import {type RawEnv, readEnv} from '../platform/env';
import {consumeRateLimit} from '../platform/rateLimit';

/** BETTER_AUTH_SECRET, or on the embedded default one generated once and kept in the data folder. */
export function resolveAuthSecret(raw: RawEnv = process.env): string {
  const env = readEnv(raw);
  const fromEnv = env.BETTER_AUTH_SECRET;
  // Sessions are signed with it: a short one could be guessed offline from one cookie.
  if (fromEnv && fromEnv.length < 32)
    throw new Error('BETTER_AUTH_SECRET is too short: use at least 32 random characters (openssl rand -base64 32)');
  if (fromEnv) return fromEnv;
  if (env.DATABASE_URL)
    throw new Error('BETTER_AUTH_SECRET must be set when DATABASE_URL is (every instance needs the same secret)');
  const dir = embeddedDataDir(raw);
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

export function authBaseUrl(raw: RawEnv = process.env): string {
  const env = readEnv(raw);
  return env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`;
}

// A stolen or forgotten cookie stops working a week after its last use; a session in daily use is
// extended at most once a day, so that reading pages does not write to the database on every request.
// The cookie cache stays off: every request reads the session and user rows, so that sign-out,
// revocation and role changes take effect on the next request.
export const SESSION_LIFETIME = {expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24};

export function createAuth(
  prisma: PrismaClient,
  options: {secret: string; baseURL: string; plugins?: BetterAuthPlugin[]; mailer?: Mailer},
) {
  const port = new URL(options.baseURL).port;
  return betterAuth({
    appName: 'Selaras',
    secret: options.secret,
    baseURL: options.baseURL,
    trustedOrigins: [options.baseURL, `http://127.0.0.1:${port}`, `http://localhost:${port}`],
    database: prismaAdapter(prisma, {provider: 'postgresql'}),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_LENGTH.min,
      maxPasswordLength: PASSWORD_LENGTH.max,
      // Sign-up then never signs in, answers alike for new and existing addresses, and sign-in refuses
      // (after the password) an account whose address nobody confirmed.
      requireEmailVerification: true,
      // "Forgot password?": a link by mail (ours: server/accounts/passwordReset.ts), good once for an
      // hour; setting the new password ends every session of the account.
      resetPasswordTokenExpiresIn: PASSWORD_RESET.linkMinutes * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({user, token}, request) => {
        if (options.mailer) await sendPasswordReset(prisma, options.mailer, {user, token, headers: request?.headers});
      },
    },
    // Tokens (the reset links') are kept as hashes: reading the table gives no working link.
    verification: {storeIdentifier: 'hashed'},
    // better-auth's own links confirm on a GET without the password; ours ask for it.
    disabledPaths: ['/verify-email', '/send-verification-email'],
    user: {additionalFields: {role: {type: 'string', required: false, defaultValue: 'learner', input: false}}},
    session: SESSION_LIFETIME,
    advanced: {
      defaultCookieAttributes: {httpOnly: true, sameSite: 'lax'},
      // better-auth turns its Origin check (CSRF) off by itself when NODE_ENV is 'test' or TEST is set;
      // an environment variable must never be able to do that to a running server.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      // Set by scripts/cli/serve.mjs from the socket (and SELARAS_TRUSTED_PROXIES), replacing the client's.
      ipAddress: {ipAddressHeaders: [clientAddressHeader]},
    },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': {window: 60, max: 5},
        '/sign-up/email': {window: 60, max: 5},
        '/request-password-reset': {window: 600, max: 3},
        '/reset-password': {window: 60, max: 10},
      },
      customStorage: {consume: (key, rule) => consumeRateLimit(prisma, `auth:${key}`, rule)},
    },
    hooks: {before: beforeHook(prisma, options.mailer), after: afterHook(prisma, options.mailer)},
    plugins: options.plugins ?? [],
  });
}

export type Auth = ReturnType<typeof createAuth>;
