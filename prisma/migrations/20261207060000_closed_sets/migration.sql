-- Closed sets stored as text become enums; the values convert in place (a value outside the set
-- stops the migration rather than being lost). Revision.before (always '{}') and LexiconEntry
-- (written at start-up, read by nothing: lookups use the lexicon in memory) are dropped.

-- CreateEnum
CREATE TYPE "EditOperation" AS ENUM (
  'merge', 'split', 'moveUp', 'moveDown', 'detach', 'confirm', 'confirmThrough',
  'editParagraph', 'splitParagraph', 'joinParagraphs'
);

-- CreateEnum
CREATE TYPE "MemoryOrigin" AS ENUM ('paragraph', 'sentence', 'tmx', 'machine', 'postedited');

-- CreateEnum
CREATE TYPE "DraftJobStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- CreateEnum
CREATE TYPE "ImportJobStatus" AS ENUM ('queued', 'parsing', 'aligning', 'storing', 'done', 'failed');

-- AlterTable
ALTER TABLE "DraftJob" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "DraftJob" ALTER COLUMN "status" TYPE "DraftJobStatus" USING "status"::"DraftJobStatus";
ALTER TABLE "DraftJob" ALTER COLUMN "status" SET DEFAULT 'queued';

-- AlterTable
ALTER TABLE "MemoryEntry" ALTER COLUMN "origin" TYPE "MemoryOrigin" USING "origin"::"MemoryOrigin";

-- AlterTable
ALTER TABLE "Revision" DROP COLUMN "before";
ALTER TABLE "Revision" ALTER COLUMN "operation" TYPE "EditOperation" USING "operation"::"EditOperation";

-- AlterTable
ALTER TABLE "TextImportJob" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "TextImportJob" ALTER COLUMN "status" TYPE "ImportJobStatus" USING "status"::"ImportJobStatus";
ALTER TABLE "TextImportJob" ALTER COLUMN "status" SET DEFAULT 'queued';

-- DropTable
DROP TABLE "LexiconEntry";
