-- AlterTable
ALTER TABLE "Text" ADD COLUMN     "contentConflictAt" TIMESTAMP(3),
ADD COLUMN     "contentConflictHash" TEXT,
ADD COLUMN     "importedRevision" INTEGER;

-- Texts loaded from content/ that nobody has changed since: no operation stored, no machine draft.
-- The others stay NULL, which the import treats as edited: it keeps them and reports a conflict.
UPDATE "Text" t SET "importedRevision" = t.revision
WHERE t."sourceHash" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "Revision" r WHERE r."textId" = t.id)
  AND NOT EXISTS (SELECT 1 FROM "TextVersion" v WHERE v."textId" = t.id AND v.engine IS NOT NULL);
