-- CreateTable
CREATE TABLE "TextCount" (
    "textId" TEXT NOT NULL,
    "lang" "Lang" NOT NULL,
    "stamp" TEXT NOT NULL,
    "paragraphs" INTEGER NOT NULL,
    "words" INTEGER NOT NULL,

    CONSTRAINT "TextCount_pkey" PRIMARY KEY ("textId","lang")
);

-- AddForeignKey
ALTER TABLE "TextCount" ADD CONSTRAINT "TextCount_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;
