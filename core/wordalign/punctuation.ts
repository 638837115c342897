// Punctuation aligns with the same mark in the corresponding place: marks of each kind are paired in
// order, each Indonesian mark with the nearest unclaimed English one by relative position (so the
// first opening quote meets the first, and a comma that the translation dropped stays alone).
import type {EnToken, IdToken} from './evidence';
import {type LinkSet, STRIDE} from './aligner';

const MAX_SHIFT = 0.25;
const CONFIDENCE = 0.9;

export function alignPunctuation(id: readonly IdToken[], en: readonly EnToken[], links: LinkSet) {
  const I = id.length;
  const J = en.length;
  const claimed = new Set<number>();
  for (let i = 0; i < I; i++) {
    if (id[i]!.kind !== 'punct') continue;
    let best = -1;
    let bestShift = MAX_SHIFT;
    for (let j = 0; j < J; j++) {
      if (en[j]!.kind !== 'punct' || en[j]!.lower !== id[i]!.lower || claimed.has(j)) continue;
      // The final mark of both sentences is the surest pair of all.
      const shift = i === I - 1 && j === J - 1 ? 0 : Math.abs((i + 0.5) / I - (j + 0.5) / J);
      if (shift < bestShift) {
        bestShift = shift;
        best = j;
      }
    }
    if (best >= 0) {
      claimed.add(best);
      links.set(i * STRIDE + best, CONFIDENCE);
    }
  }
}
