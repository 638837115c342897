// Filling gaps by position: a content word that no evidence reached, between aligned neighbours, takes
// the one unclaimed English content word between its neighbours' translations (Pelari asal Kenya itu /
// The Kenyan runner: asal–Kenyan and itu–The leave Pelari and "runner" facing each other). Only an
// unambiguous gap is filled, and with a low confidence.
import {type LinkSet, STRIDE} from './aligner';
import type {EnToken, IdToken} from './evidence';
import {ENGLISH_GRAMMAR, ENGLISH_PRONOUNS, isIndonesianGrammar} from './functionWords';

const GAP_CONFIDENCE = 0.35;
// Neighbours further apart than this leave too many English words between them to be sure.
const MAX_GAP = 8;

function isContentId(t: IdToken): boolean {
  return t.kind === 'word' && !isIndonesianGrammar(t.lower);
}

function isContentEn(t: EnToken): boolean {
  return t.kind === 'word' && !ENGLISH_GRAMMAR.has(t.lower) && !ENGLISH_PRONOUNS.has(t.lower);
}

export function fillGaps(id: readonly IdToken[], en: readonly EnToken[], links: LinkSet) {
  const partners = new Map<number, number[]>();
  const enAligned = new Set<number>();
  for (const key of links.keys()) {
    const i = Math.floor(key / STRIDE);
    const j = key % STRIDE;
    enAligned.add(j);
    const list = partners.get(i);
    if (list) list.push(j);
    else partners.set(i, [j]);
  }
  for (let i = 0; i < id.length; i++) {
    if (partners.has(i) || !isContentId(id[i]!)) continue;
    let left = i - 1;
    while (left >= 0 && !partners.has(left)) left--;
    let right = i + 1;
    while (right < id.length && !partners.has(right)) right++;
    // The English words between (or beside, at either end) the neighbours' translations.
    const around = [...(partners.get(left) ?? []), ...(partners.get(right) ?? [])];
    if (around.length === 0) continue;
    const lo = left < 0 ? 0 : Math.min(...around) - 1;
    const hi = right >= id.length ? en.length - 1 : Math.max(...around) + 1;
    if (hi - lo > MAX_GAP) continue;
    const candidates: number[] = [];
    for (let j = Math.max(0, lo); j <= Math.min(en.length - 1, hi); j++)
      if (!enAligned.has(j) && isContentEn(en[j]!)) candidates.push(j);
    if (candidates.length !== 1) continue;
    const j = candidates[0]!;
    links.set(i * STRIDE + j, GAP_CONFIDENCE);
    enAligned.add(j);
    partners.set(i, [j]);
  }
}

/** The same from the English side: an unclaimed content word between aligned neighbours takes the one
 * unclaimed Indonesian content word between their partners. */
export function fillEnglishGaps(id: readonly IdToken[], en: readonly EnToken[], links: LinkSet) {
  const partners = new Map<number, number[]>();
  const idAligned = new Set<number>();
  for (const key of links.keys()) {
    const i = Math.floor(key / STRIDE);
    const j = key % STRIDE;
    idAligned.add(i);
    const list = partners.get(j);
    if (list) list.push(i);
    else partners.set(j, [i]);
  }
  for (let j = 0; j < en.length; j++) {
    if (partners.has(j) || !isContentEn(en[j]!)) continue;
    let left = j - 1;
    while (left >= 0 && !partners.has(left)) left--;
    let right = j + 1;
    while (right < en.length && !partners.has(right)) right++;
    const around = [...(partners.get(left) ?? []), ...(partners.get(right) ?? [])];
    if (around.length === 0) continue;
    const lo = left < 0 ? 0 : Math.min(...around) - 1;
    const hi = right >= en.length ? id.length - 1 : Math.max(...around) + 1;
    if (hi - lo > MAX_GAP) continue;
    const candidates: number[] = [];
    for (let i = Math.max(0, lo); i <= Math.min(id.length - 1, hi); i++)
      if (!idAligned.has(i) && isContentId(id[i]!)) candidates.push(i);
    if (candidates.length !== 1) continue;
    const i = candidates[0]!;
    links.set(i * STRIDE + j, GAP_CONFIDENCE);
    idAligned.add(i);
    partners.set(j, [i]);
  }
}
