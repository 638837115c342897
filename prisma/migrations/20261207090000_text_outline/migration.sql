-- CreateTable
CREATE TABLE "TextOutline" (
    "textId" TEXT NOT NULL,
    "stamp" TEXT NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "TextOutline_pkey" PRIMARY KEY ("textId")
);

-- AddForeignKey
ALTER TABLE "TextOutline" ADD CONSTRAINT "TextOutline_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;
