-- CreateEnum
CREATE TYPE "BlockKind" AS ENUM ('paragraph', 'heading', 'quote', 'listItem', 'preformatted', 'verse');

-- AlterTable
ALTER TABLE "Paragraph" ADD COLUMN     "kind" "BlockKind" NOT NULL DEFAULT 'paragraph',
ADD COLUMN     "level" INTEGER,
ADD COLUMN     "marks" JSONB;
