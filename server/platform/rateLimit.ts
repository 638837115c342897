// Counters in the database, so that every instance of the app shares one limit. Keys are stored hashed:
// they contain what clients send (addresses, emails), and an index row has a size limit.
import {createHash} from 'node:crypto';
import type {PrismaClient} from '../generated/prisma/client';

export interface RateLimitOutcome {
  allowed: boolean;
  retryAfter: number | null;
}

// Longer than any window or back-off in use; older rows are deleted now and then.
const keepRows = 2 * 24 * 3600 * 1000;
const pruneEvery = 10 * 60 * 1000;
const lastPrune = new WeakMap<PrismaClient, number>();

/** A fixed-length stored key: a readable prefix (what kind of limit) and a hash of the rest. */
export function storedKey(key: string): string {
  const colon = key.indexOf(':');
  const kind = colon > 0 && colon <= 32 ? key.slice(0, colon) : 'key';
  return `${kind}:${createHash('sha256').update(key).digest('base64url')}`;
}

/** Counts one request against `key`; a single upsert, so concurrent requests cannot slip past. */
export async function consumeRateLimit(
  prisma: PrismaClient,
  key: string,
  rule: {window: number; max: number},
  now = new Date(),
): Promise<RateLimitOutcome> {
  await pruneRateLimits(prisma, now);
  const windowStart = new Date(now.getTime() - rule.window * 1000);
  const [row] = await prisma.$queryRaw<{count: number; windowStart: Date}[]>`
    INSERT INTO "RateLimit" (key, count, "windowStart") VALUES (${storedKey(key)}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."windowStart" <= ${windowStart} THEN 1 ELSE "RateLimit".count + 1 END,
      "windowStart" = CASE
        WHEN "RateLimit"."windowStart" <= ${windowStart} THEN ${now}
        ELSE "RateLimit"."windowStart"
      END
    RETURNING count, "windowStart"`;
  if (row.count <= rule.max) return {allowed: true, retryAfter: null};
  const end = new Date(row.windowStart).getTime() + rule.window * 1000;
  return {allowed: false, retryAfter: Math.max(1, Math.ceil((end - now.getTime()) / 1000))};
}

/** The counter as it stands, without counting anything. */
export async function readCounter(
  prisma: PrismaClient,
  key: string,
): Promise<{count: number; windowStart: Date} | null> {
  const row = await prisma.rateLimit.findUnique({
    where: {key: storedKey(key)},
    select: {count: true, windowStart: true},
  });
  return row;
}

/** One more failure; `windowStart` becomes the time of this one. Failures older than `forgetAfter` seconds start over. */
export async function recordFailure(
  prisma: PrismaClient,
  key: string,
  forgetAfter: number,
  now = new Date(),
): Promise<void> {
  const forgottenBefore = new Date(now.getTime() - forgetAfter * 1000);
  await prisma.$executeRaw`
    INSERT INTO "RateLimit" (key, count, "windowStart") VALUES (${storedKey(key)}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."windowStart" <= ${forgottenBefore} THEN 1 ELSE "RateLimit".count + 1 END,
      "windowStart" = ${now}`;
}

export async function clearCounter(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.rateLimit.deleteMany({where: {key: storedKey(key)}});
}

/** Deletes counters untouched for two days; at most every ten minutes per database client. */
export async function pruneRateLimits(prisma: PrismaClient, now = new Date()): Promise<number> {
  if (now.getTime() - (lastPrune.get(prisma) ?? 0) < pruneEvery) return 0;
  lastPrune.set(prisma, now.getTime());
  const {count} = await prisma.rateLimit.deleteMany({where: {windowStart: {lt: new Date(now.getTime() - keepRows)}}});
  return count;
}
