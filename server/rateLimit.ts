// Fixed-window counters in the database, so that every instance of the app shares one limit.
import type {PrismaClient} from './generated/prisma/client';

export interface RateLimitOutcome { allowed: boolean; retryAfter: number | null }

/** Counts one request against `key`; a single upsert, so concurrent requests cannot slip past. */
export async function consumeRateLimit(prisma: PrismaClient, key: string, rule: {window: number; max: number}, now = new Date()): Promise<RateLimitOutcome> {
  const windowStart = new Date(now.getTime() - rule.window * 1000);
  const [row] = await prisma.$queryRaw<{count: number; windowStart: Date}[]>`
    INSERT INTO "RateLimit" (key, count, "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."windowStart" <= ${windowStart} THEN 1 ELSE "RateLimit".count + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowStart} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING count, "windowStart"`;
  if (row.count <= rule.max) return {allowed: true, retryAfter: null};
  const retryAfter = Math.max(1, Math.ceil((new Date(row.windowStart).getTime() + rule.window * 1000 - now.getTime()) / 1000));
  return {allowed: false, retryAfter};
}
