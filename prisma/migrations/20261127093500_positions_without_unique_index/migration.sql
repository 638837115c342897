-- Splitting or joining a paragraph renumbers every later paragraph and alignment link of the text.
-- With an index on "position", each moved row is a new index entry in every index of the table —
-- for paragraphs that includes the two full-text GIN indexes, which re-parse the body of every
-- moved paragraph — and a 1,000-paragraph text took hundreds of milliseconds per split. Without
-- any index on "position", the renumbering UPDATE is a heap-only (HOT) update that touches no
-- index at all, provided the page has room: hence the fill factor.
--
-- Positions stay unique per version and per text by construction rather than by an index: they are
-- written only by the import (a whole text at once, in one transaction) and by the editor's
-- operations (server/editor/changes.ts), which run under the text's row lock and leave no duplicate
-- after any statement. The integration tests check that positions stay 0..n-1.
DROP INDEX "Paragraph_versionId_position_key";
CREATE INDEX "Paragraph_versionId_idx" ON "Paragraph"("versionId");
ALTER TABLE "Paragraph" SET (fillfactor = 80);

DROP INDEX "AlignmentLink_textId_position_key";
CREATE INDEX "AlignmentLink_textId_idx" ON "AlignmentLink"("textId");
ALTER TABLE "AlignmentLink" SET (fillfactor = 80);
