-- CreateTable
CREATE TABLE "WordAlignment" (
    "textId" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "links" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WordAlignment_pkey" PRIMARY KEY ("textId","hash")
);

-- AddForeignKey
ALTER TABLE "WordAlignment" ADD CONSTRAINT "WordAlignment_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;
