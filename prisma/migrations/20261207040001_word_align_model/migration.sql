-- CreateTable
CREATE TABLE "WordAlignModel" (
    "id" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "digest" TEXT NOT NULL,
    "sentences" INTEGER NOT NULL,
    "trainedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WordAlignModel_pkey" PRIMARY KEY ("id")
);
