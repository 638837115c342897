// How often one client may search. A search reads up to a thousand matching paragraphs per language
// and renders a page; a flood of them from one address took the CPU that readers need (the abuse phase
// of `npm run load`). Counted per address in the database, so that every instance shares the count;
// an IPv6 /64, which one machine usually has to itself, counts as one address.
import {addressBucket, clientAddressHeader} from '../platform/clientAddress.mjs';
import type {PrismaClient} from '../generated/prisma/client';
import {consumeRateLimit, type RateLimitOutcome} from '../platform/rateLimit';

export async function searchAllowed(prisma: PrismaClient, h: Headers, perMinute: number): Promise<RateLimitOutcome> {
  if (perMinute === 0) return {allowed: true, retryAfter: null};
  // Set by scripts/cli/serve.mjs from the socket (or a trusted proxy); under `next dev` everyone shares one count.
  const address = addressBucket(h.get(clientAddressHeader) ?? 'unknown');
  return consumeRateLimit(prisma, `search:${address}`, {window: 60, max: perMinute});
}
