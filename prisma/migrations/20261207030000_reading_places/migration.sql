-- AlterTable
ALTER TABLE "VocabularyItem" ADD COLUMN     "textRow" INTEGER;

-- CreateTable
CREATE TABLE "ReadingPlace" (
    "userId" TEXT NOT NULL,
    "textId" TEXT NOT NULL,
    "row" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReadingPlace_pkey" PRIMARY KEY ("userId","textId")
);

-- CreateIndex
CREATE INDEX "ReadingPlace_textId_idx" ON "ReadingPlace"("textId");

-- AddForeignKey
ALTER TABLE "ReadingPlace" ADD CONSTRAINT "ReadingPlace_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingPlace" ADD CONSTRAINT "ReadingPlace_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;
