-- CreateEnum
CREATE TYPE "BackgroundJobKind" AS ENUM ('knownWords', 'realign');

-- CreateEnum
CREATE TYPE "BackgroundJobStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- AlterTable
ALTER TABLE "TextImportJob" ADD COLUMN     "textId" TEXT;

-- CreateTable
CREATE TABLE "BackgroundJob" (
    "id" TEXT NOT NULL,
    "kind" "BackgroundJobKind" NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "BackgroundJobStatus" NOT NULL DEFAULT 'queued',
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "input" JSONB,
    "result" JSONB,
    "error" TEXT,
    "textId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BackgroundJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BackgroundJob_userId_createdAt_idx" ON "BackgroundJob"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "BackgroundJob" ADD CONSTRAINT "BackgroundJob_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One running known-word import per learner and one re-align per text: a double submit finds the first.
CREATE UNIQUE INDEX "BackgroundJob_one_active_known_words" ON "BackgroundJob" ("userId")
  WHERE kind = 'knownWords' AND status IN ('queued', 'running');
CREATE UNIQUE INDEX "BackgroundJob_one_active_realign" ON "BackgroundJob" ("textId")
  WHERE kind = 'realign' AND status IN ('queued', 'running');
