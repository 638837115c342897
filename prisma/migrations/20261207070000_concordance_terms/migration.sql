-- CreateEnum
CREATE TYPE "TermStatus" AS ENUM ('proposed', 'confirmed', 'rejected');

-- AlterTable
ALTER TABLE "VocabularyItem" ADD COLUMN     "contextTranslation" TEXT;

-- CreateTable
CREATE TABLE "MultiWordTerm" (
    "id" TEXT NOT NULL,
    "phrase" TEXT NOT NULL,
    "gloss" TEXT NOT NULL,
    "status" "TermStatus" NOT NULL DEFAULT 'proposed',
    "units" INTEGER NOT NULL DEFAULT 0,
    "occurrences" INTEGER NOT NULL DEFAULT 0,
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MultiWordTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConcordancePair" (
    "id" SERIAL NOT NULL,
    "textId" TEXT,
    "row" INTEGER,
    "memoryEntryId" TEXT,
    "idText" TEXT NOT NULL,
    "enText" TEXT NOT NULL,
    "links" TEXT NOT NULL,

    CONSTRAINT "ConcordancePair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConcordanceTerm" (
    "lang" "Lang" NOT NULL,
    "term" TEXT NOT NULL,
    "pairId" INTEGER NOT NULL,
    "tokens" INTEGER[],
    "translation" TEXT NOT NULL,

    CONSTRAINT "ConcordanceTerm_pkey" PRIMARY KEY ("lang","term","pairId")
);

-- CreateTable
CREATE TABLE "ConcordanceTally" (
    "lang" "Lang" NOT NULL,
    "term" TEXT NOT NULL,
    "translation" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ConcordanceTally_pkey" PRIMARY KEY ("lang","term","translation")
);

-- CreateTable
CREATE TABLE "ConcordanceSource" (
    "key" TEXT NOT NULL,
    "stamp" TEXT NOT NULL,
    "pairs" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConcordanceSource_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "MultiWordTerm_phrase_key" ON "MultiWordTerm"("phrase");

-- CreateIndex
CREATE INDEX "MultiWordTerm_status_units_idx" ON "MultiWordTerm"("status", "units");

-- CreateIndex
CREATE INDEX "ConcordancePair_textId_idx" ON "ConcordancePair"("textId");

-- CreateIndex
CREATE INDEX "ConcordancePair_memoryEntryId_idx" ON "ConcordancePair"("memoryEntryId");

-- CreateIndex
CREATE INDEX "ConcordanceTerm_pairId_idx" ON "ConcordanceTerm"("pairId");

-- AddForeignKey
ALTER TABLE "MultiWordTerm" ADD CONSTRAINT "MultiWordTerm_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcordancePair" ADD CONSTRAINT "ConcordancePair_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcordancePair" ADD CONSTRAINT "ConcordancePair_memoryEntryId_fkey" FOREIGN KEY ("memoryEntryId") REFERENCES "MemoryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcordanceTerm" ADD CONSTRAINT "ConcordanceTerm_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "ConcordancePair"("id") ON DELETE CASCADE ON UPDATE CASCADE;
