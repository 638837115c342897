-- An import job keeps its submission in pieces (TextImportChunk) rather than in one text value.
CREATE TABLE "TextImportChunk" (
    "jobId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "TextImportChunk_pkey" PRIMARY KEY ("jobId","index")
);

ALTER TABLE "TextImportChunk" ADD CONSTRAINT "TextImportChunk_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "TextImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Jobs still waiting keep what they were given, as one piece.
INSERT INTO "TextImportChunk" ("jobId", "index", "text")
SELECT "id", 0, "submission" FROM "TextImportJob" WHERE "submission" IS NOT NULL;

ALTER TABLE "TextImportJob" DROP COLUMN "submission";
