-- pg_trgm serves fuzzy translation-memory matches, and ships with PostgreSQL and with PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Lang" AS ENUM ('id', 'en');

-- CreateEnum
CREATE TYPE "TextKind" AS ENUM ('news', 'essay', 'documentation', 'book', 'story');

-- CreateEnum
CREATE TYPE "TextStatus" AS ENUM ('draft', 'review', 'published');

-- CreateEnum
CREATE TYPE "Provenance" AS ENUM ('original', 'human', 'machine', 'postedited');

-- CreateEnum
CREATE TYPE "LinkStatus" AS ENUM ('automatic', 'confirmed');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('learner', 'editor', 'admin');

-- CreateEnum
CREATE TYPE "VocabularyStatus" AS ENUM ('new', 'learning', 'known', 'ignored');

-- CreateTable
CREATE TABLE "Text" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "TextKind" NOT NULL,
    "status" "TextStatus" NOT NULL DEFAULT 'draft',
    "originalLanguage" "Lang" NOT NULL,
    "author" TEXT,
    "publisher" TEXT,
    "sourceUrl" TEXT,
    "publishedAt" DATE,
    "licence" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "sourceHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,

    CONSTRAINT "Text_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TextVersion" (
    "id" TEXT NOT NULL,
    "textId" TEXT NOT NULL,
    "lang" "Lang" NOT NULL,
    "title" TEXT NOT NULL,
    "provenance" "Provenance" NOT NULL,
    "engine" TEXT,
    "model" TEXT,
    "draftedAt" TIMESTAMP(3),

    CONSTRAINT "TextVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Paragraph" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "lang" "Lang" NOT NULL,
    "position" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "Paragraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlignmentLink" (
    "id" TEXT NOT NULL,
    "textId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "idStart" INTEGER NOT NULL,
    "idEnd" INTEGER NOT NULL,
    "enStart" INTEGER NOT NULL,
    "enEnd" INTEGER NOT NULL,
    "status" "LinkStatus" NOT NULL DEFAULT 'automatic',
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "AlignmentLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "textId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "operation" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "undone" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemoryEntry" (
    "id" TEXT NOT NULL,
    "sourceLang" "Lang" NOT NULL,
    "targetLang" "Lang" NOT NULL,
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "textId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemoryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftJob" (
    "id" TEXT NOT NULL,
    "textId" TEXT NOT NULL,
    "targetLang" "Lang" NOT NULL,
    "engine" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DraftJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LexiconEntry" (
    "id" TEXT NOT NULL,
    "lang" "Lang" NOT NULL,
    "headword" TEXT NOT NULL,
    "glosses" TEXT[],
    "source" TEXT NOT NULL,

    CONSTRAINT "LexiconEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VocabularyItem" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "lang" "Lang" NOT NULL,
    "lemma" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "gloss" TEXT NOT NULL,
    "status" "VocabularyStatus" NOT NULL DEFAULT 'new',
    "sentence" TEXT,
    "translation" TEXT,
    "textId" TEXT,
    "due" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stability" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "difficulty" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "elapsedDays" INTEGER NOT NULL DEFAULT 0,
    "scheduledDays" INTEGER NOT NULL DEFAULT 0,
    "learningSteps" INTEGER NOT NULL DEFAULT 0,
    "reps" INTEGER NOT NULL DEFAULT 0,
    "lapses" INTEGER NOT NULL DEFAULT 0,
    "state" INTEGER NOT NULL DEFAULT 0,
    "lastReview" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VocabularyItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewLog" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'learner',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "token" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Text_slug_key" ON "Text"("slug");

-- CreateIndex
CREATE INDEX "Text_status_updatedAt_idx" ON "Text"("status", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "TextVersion_textId_lang_key" ON "TextVersion"("textId", "lang");

-- CreateIndex
CREATE UNIQUE INDEX "Paragraph_versionId_position_key" ON "Paragraph"("versionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AlignmentLink_textId_position_key" ON "AlignmentLink"("textId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_textId_number_key" ON "Revision"("textId", "number");

-- CreateIndex
CREATE INDEX "MemoryEntry_sourceLang_targetLang_sourceHash_idx" ON "MemoryEntry"("sourceLang", "targetLang", "sourceHash");

-- CreateIndex
CREATE UNIQUE INDEX "MemoryEntry_sourceLang_targetLang_sourceHash_target_key" ON "MemoryEntry"("sourceLang", "targetLang", "sourceHash", "target");

-- CreateIndex
CREATE INDEX "DraftJob_textId_createdAt_idx" ON "DraftJob"("textId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "LexiconEntry_lang_headword_source_key" ON "LexiconEntry"("lang", "headword", "source");

-- CreateIndex
CREATE INDEX "VocabularyItem_userId_due_idx" ON "VocabularyItem"("userId", "due");

-- CreateIndex
CREATE UNIQUE INDEX "VocabularyItem_userId_lang_lemma_key" ON "VocabularyItem"("userId", "lang", "lemma");

-- CreateIndex
CREATE INDEX "ReviewLog_itemId_reviewedAt_idx" ON "ReviewLog"("itemId", "reviewedAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_token_key" ON "Session"("token");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE INDEX "Verification_identifier_idx" ON "Verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_token_key" ON "Invitation"("token");

-- AddForeignKey
ALTER TABLE "Text" ADD CONSTRAINT "Text_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TextVersion" ADD CONSTRAINT "TextVersion_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paragraph" ADD CONSTRAINT "Paragraph_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "TextVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlignmentLink" ADD CONSTRAINT "AlignmentLink_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryEntry" ADD CONSTRAINT "MemoryEntry_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftJob" ADD CONSTRAINT "DraftJob_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VocabularyItem" ADD CONSTRAINT "VocabularyItem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VocabularyItem" ADD CONSTRAINT "VocabularyItem_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewLog" ADD CONSTRAINT "ReviewLog_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "VocabularyItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search over both languages, each with its own stemming configuration.
CREATE INDEX "Paragraph_body_indonesian_idx" ON "Paragraph" USING GIN (to_tsvector('indonesian', "body")) WHERE "lang" = 'id';
CREATE INDEX "Paragraph_body_english_idx" ON "Paragraph" USING GIN (to_tsvector('english', "body")) WHERE "lang" = 'en';

-- Fuzzy translation-memory lookups.
CREATE INDEX "MemoryEntry_source_trgm_idx" ON "MemoryEntry" USING GIN ("source" gin_trgm_ops);
