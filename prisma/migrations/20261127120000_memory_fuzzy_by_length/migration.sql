-- Fuzzy translation-memory lookups by trigram count.
-- pg_trgm's similarity is shared / (query + source - shared) trigrams, so a match of at least t
-- has between t and 1/t times the query's trigram count. The one GIN index over every source let
-- through thousands of long paragraphs that share many of a short query's trigrams, each rechecked
-- by recomputing its similarity. The count is now stored, and each count class (bounds grow by
-- about 1.41, see core/memoryClasses.ts) has its own partial GIN index: a lookup scans only the
-- classes that can hold a match and rechecks only sources of a possible size.
ALTER TABLE "MemoryEntry" ADD COLUMN "sourceTrigrams" INTEGER NOT NULL GENERATED ALWAYS AS (cardinality(show_trgm("source"))) STORED;

DROP INDEX "MemoryEntry_source_trgm_idx";

CREATE INDEX "MemoryEntry_source_similarity_0_idx" ON "MemoryEntry" USING GIN ("source" gin_trgm_ops) WHERE "sourceTrigrams" >= 0 AND "sourceTrigrams" < 16;
CREATE INDEX "MemoryEntry_source_similarity_16_idx" ON "MemoryEntry" USING GIN ("source" gin_trgm_ops) WHERE "sourceTrigrams" >= 16 AND "sourceTrigrams" < 23;
CREATE INDEX "MemoryEntry_source_similarity_23_idx" ON "MemoryEntry" USING GIN ("source" gin_trgm_ops) WHERE "sourceTrigrams" >= 23 AND "sourceTrigrams" < 32;
CREATE INDEX "MemoryEntry_source_similarity_32_idx" ON "MemoryEntry" USING GIN ("source" gin_trgm_ops) WHERE "sourceTrigrams" >= 32 AND "sourceTrigrams" < 45;
CREATE INDEX "MemoryEntry_source_similarity_45_idx" ON "MemoryEntry" USING GIN ("source" gin_trgm_ops) WHERE "sourceTrigrams" >= 45 AND "sourceTrigrams" < 64;
CREATE INDEX "MemoryEntry_source_similarity_64_idx" ON "MemoryEntry" USING GIN ("source" gin_trgm_ops) WHERE "sourceTrigrams" >= 64 AND "sourceTrigrams" < 91;
CREATE INDEX "MemoryEntry_source_similarity_91_idx" ON "MemoryEntry" USING GIN ("source" gin_trgm_ops) WHERE "sourceTrigrams" >= 91 AND "sourceTrigrams" < 128;
CREATE INDEX "MemoryEntry_source_similarity_128_idx" ON "MemoryEntry" USING GIN ("source" gin_trgm_ops) WHERE "sourceTrigrams" >= 128 AND "sourceTrigrams" < 181;
CREATE INDEX "MemoryEntry_source_similarity_181_idx" ON "MemoryEntry" USING GIN ("source" gin_trgm_ops) WHERE "sourceTrigrams" >= 181 AND "sourceTrigrams" < 256;
CREATE INDEX "MemoryEntry_source_similarity_256_idx" ON "MemoryEntry" USING GIN ("source" gin_trgm_ops) WHERE "sourceTrigrams" >= 256 AND "sourceTrigrams" < 362;
CREATE INDEX "MemoryEntry_source_similarity_362_idx" ON "MemoryEntry" USING GIN ("source" gin_trgm_ops) WHERE "sourceTrigrams" >= 362 AND "sourceTrigrams" < 512;
CREATE INDEX "MemoryEntry_source_similarity_512_idx" ON "MemoryEntry" USING GIN ("source" gin_trgm_ops) WHERE "sourceTrigrams" >= 512 AND "sourceTrigrams" < 724;
CREATE INDEX "MemoryEntry_source_similarity_724_idx" ON "MemoryEntry" USING GIN ("source" gin_trgm_ops) WHERE "sourceTrigrams" >= 724;
