-- What a text's pairs were built from, per row: an edit rebuilds only the rows it changed. Pairs
-- stored before have none and are rebuilt once, at the next refresh of their text.
ALTER TABLE "ConcordancePair" ADD COLUMN "rowHash" TEXT;
