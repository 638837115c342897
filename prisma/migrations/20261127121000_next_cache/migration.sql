-- Next.js's page and data cache, shared by every app instance on one PostgreSQL (server/cacheHandler.mjs):
-- an editor's change revalidates the reader's pages on all instances, not only the one that took it.
CREATE TABLE "NextCacheEntry" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "tags" TEXT[],
    "lastModified" BIGINT NOT NULL,
    "cacheControl" JSONB,

    CONSTRAINT "NextCacheEntry_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "NextCacheTag" (
    "tag" TEXT NOT NULL,
    "expiredAt" BIGINT NOT NULL,

    CONSTRAINT "NextCacheTag_pkey" PRIMARY KEY ("tag")
);

-- Entries of a rewritten page are replaced in place, many times a day: leave room for HOT updates.
ALTER TABLE "NextCacheEntry" SET (fillfactor = 80);
