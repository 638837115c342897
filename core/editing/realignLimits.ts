// How long a re-align may be: the editor's request re-aligns a short tail itself, a job takes longer
// ones (server/editor/realignJob.ts), and past an import's limit the editor is asked to confirm rows first.

/** Paragraphs per language after the last confirmed row that the editor's request re-aligns itself. */
export const REALIGN_IN_REQUEST = 500;
/** Paragraphs per language after the last confirmed row a re-align takes at all. */
export const MAX_REALIGN_PARAGRAPHS = 10_000;
