// Expiring cached pages from outside a request (a job in the worker process), where Next's
// revalidatePath cannot run: the same tags revalidatePath would send to the cache handler are written
// to the table every instance checks on each read (server/platform/cacheHandler.mjs). On the embedded
// database Next's own cache is used, which only the web process can expire; pages there refresh when
// their revalidate time ends.
import type {PrismaClient} from '../generated/prisma/client';

// Next's prefix for the tags it gives each rendered path (NEXT_CACHE_IMPLICIT_TAG_ID).
const implicitTag = (path: string) => `_N_T_${path.replace(/\/$/, '') || '/'}`;

export async function expireCachedPaths(prisma: PrismaClient, paths: string[]): Promise<void> {
  const tags = paths.map(implicitTag);
  const now = Date.now();
  await prisma.$executeRaw`
    INSERT INTO "NextCacheTag" (tag, "expiredAt")
    SELECT t, ${now}::bigint FROM unnest(${tags}::text[]) AS t
    ON CONFLICT (tag) DO UPDATE SET "expiredAt" = GREATEST("NextCacheTag"."expiredAt", EXCLUDED."expiredAt")`;
}
