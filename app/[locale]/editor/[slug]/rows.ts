// Rows of the alignment editor: a link's extent on each side, and what its badges say.
import type {Lang, LinkState} from '@/core/vocabulary';
import type {TextStatus} from '@/core/editing/alignmentChange';
import type {PartialDoc} from '@/core/editing/partialDoc';

/** Below this confidence an unconfirmed row is flagged for a look. */
export const LOW = 0.5;
export const nextStatus: Record<TextStatus, TextStatus | null> = {
  draft: 'review',
  review: 'published',
  published: null,
};
export const len = (l: LinkState, s: Lang) => (s === 'id' ? l.idEnd - l.idStart : l.enEnd - l.enStart);
export const first = (l: LinkState, s: Lang) => (s === 'id' ? l.idStart : l.enStart);
export const other = (s: Lang): Lang => (s === 'id' ? 'en' : 'id');
export const flagged = (l: LinkState) =>
  l.status !== 'confirmed' && (l.score < LOW || l.idEnd - l.idStart !== 1 || l.enEnd - l.enStart !== 1);

/** A machine draft pairs each paragraph with its translation by construction: its score says nothing. */
export function isMachinePairing(doc: PartialDoc, l: LinkState): boolean {
  if (l.score !== 1 || l.status === 'confirmed') return false;
  return (['id', 'en'] as const).some((s) =>
    doc.paragraphs[s]
      .slice(first(l, s), first(l, s) + len(l, s))
      .some((p) => p?.provenance === 'machine' || p?.provenance === 'postedited'),
  );
}
