-- Closed sets stored as text become enums, their values converted in place: a value outside a set
-- stops the migration rather than being lost. Revision.before was always an empty object and
-- LexiconEntry was written at start-up but read by nothing, as lookups use the lexicon in memory.

-- CreateEnum
CREATE TYPE "EditOperation" AS ENUM (
  'merge', 'split', 'moveUp', 'moveDown', 'detach', 'confirm', 'confirmThrough',
  'editParagraph', 'splitParagraph', 'joinParagraphs', 'realign', 'setStatus'
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
