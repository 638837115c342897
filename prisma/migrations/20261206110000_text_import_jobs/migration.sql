-- CreateTable
CREATE TABLE "TextImportJob" (
    "id" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "submission" JSONB,
    "paragraphs" INTEGER NOT NULL DEFAULT 0,
    "slug" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TextImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TextImportJob_createdById_createdAt_idx" ON "TextImportJob"("createdById", "createdAt");

-- AddForeignKey
ALTER TABLE "TextImportJob" ADD CONSTRAINT "TextImportJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
