-- The submission of an import job as JSON text instead of jsonb (schema.prisma says why). Queued jobs
-- keep theirs, as the same JSON. No semicolons or apostrophes in these comments: the runner splits on them.
ALTER TABLE "TextImportJob" ALTER COLUMN "submission" SET DATA TYPE TEXT USING "submission"::text;
