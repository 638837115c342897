// Pairing by order what nothing else could pair: between two aligned Indonesian words whose
// translations stand in the same order, the content words left unaligned on both sides face each
// other, and when there is exactly one on each side they are paired (Pak Darto menatap ladangnya / Mr
// Darto stared at his field: Pak–Mr before Darto, menatap–stared between Darto and ladangnya). Pairing
// two or more by order gained nothing on the development set's tuning half and cost precision; two
// neighbouring words facing a longer English run are linked to all of it instead, as an idiom or a free
// rendering, and one word facing two or three English words to all of them, as a phrase. Words the dictionary lacks, the commonest cause of missed links in narrative text, reach
// a partner this way, much as a positional (HMM) model would place them.
import {type LinkSet, STRIDE} from './aligner';
import type {EnToken, IdToken} from './evidence';
import {ENGLISH_GRAMMAR, ENGLISH_PRONOUNS, isIndonesianGrammar} from './functionWords';

const ORDER_CONFIDENCE = 0.3;

const MAX_PAIRED = 1;
const RENDERING_CONFIDENCE = 0.25;
// English words a two-word rendering may take (as if a bomb had hit it: five after "as if").
const MAX_RENDERING = 5;
const MAX_PHRASE = 3;

/** The unaligned English words strictly between `from` and `to`, if they stand together. */
function freeRun(en: readonly EnToken[], enAligned: ReadonlySet<number>, from: number, to: number): number[] | null {
  const run: number[] = [];
  for (let j = from + 1; j < to; j++) if (!enAligned.has(j) && en[j]!.kind === 'word') run.push(j);
  return run.length > 0 && run.at(-1)! - run[0]! + 1 === run.length ? run : null;
}

export function fillGapsInOrder(id: readonly IdToken[], en: readonly EnToken[], links: LinkSet) {
  const first = new Array<number>(id.length).fill(Infinity);
  const last = new Array<number>(id.length).fill(-1);
  const enAligned = new Set<number>();
  for (const key of links.keys()) {
    const i = Math.floor(key / STRIDE);
    const j = key % STRIDE;
    first[i] = Math.min(first[i]!, j);
    last[i] = Math.max(last[i]!, j);
    enAligned.add(j);
  }
  // Anchors: aligned Indonesian words, with the sentence's two ends as anchors too.
  const anchors: number[] = [-1];
  for (let i = 0; i < id.length; i++) if (last[i]! >= 0) anchors.push(i);
  anchors.push(id.length);
  for (let k = 0; k + 1 < anchors.length; k++) {
    const a = anchors[k]!;
    const b = anchors[k + 1]!;
    if (b - a < 2) continue;
    const from = a < 0 ? -1 : last[a]!;
    const to = b >= id.length ? en.length : first[b]!;
    if (from >= to) continue;
    const idWords: number[] = [];
    for (let i = a + 1; i < b; i++) if (id[i]!.kind === 'word' && !isIndonesianGrammar(id[i]!.lower)) idWords.push(i);
    const enWords: number[] = [];
    for (let j = from + 1; j < to; j++)
      if (
        !enAligned.has(j) &&
        en[j]!.kind === 'word' &&
        !ENGLISH_GRAMMAR.has(en[j]!.lower) &&
        !ENGLISH_PRONOUNS.has(en[j]!.lower)
      )
        enWords.push(j);
    // Two words facing a short run of English words that nothing else explains are an idiom or a free
    // rendering (kapal pecah ↔ a bomb had hit it, sengaja datang ↔ make a point of reaching), which
    // the guidelines link every word to every word.
    if (idWords.length === 2 && idWords[1] === idWords[0]! + 1 && enWords.length >= 1) {
      const run = freeRun(en, enAligned, from, to);
      if (run && run.length >= 3 && run.length <= MAX_RENDERING) {
        for (const i of idWords) for (const j of run) links.set(i * STRIDE + j, RENDERING_CONFIDENCE);
        for (const j of run) enAligned.add(j);
        continue;
      }
    }
    // One word facing two or three English words that nothing else explains is rendered by a phrase
    // (kempiskan ↔ punch down, jumlah ↔ how many), which the guidelines link to all of it.
    if (idWords.length === 1 && enWords.length >= 1) {
      const run = freeRun(en, enAligned, from, to);
      if (run && run.length >= 2 && run.length <= MAX_PHRASE) {
        for (const j of run) links.set(idWords[0]! * STRIDE + j, RENDERING_CONFIDENCE);
        for (const j of run) enAligned.add(j);
        continue;
      }
    }
    if (idWords.length === 0 || idWords.length !== enWords.length || idWords.length > MAX_PAIRED) continue;
    idWords.forEach((i, n) => {
      links.set(i * STRIDE + enWords[n]!, ORDER_CONFIDENCE);
      enAligned.add(enWords[n]!);
    });
  }
}
