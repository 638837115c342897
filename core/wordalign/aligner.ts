// Word alignment of one sentence pair. Worked example:
//   Kementerian Kesehatan menargetkan 4,7 juta anak …   /   The Health Ministry aims to vaccinate 4.7 million children …
// 1. Every token pair gets a score from what Selaras knows (scores.ts): Kesehatan–Health from the
//    dictionary's gloss of the root sehat, 4,7–4.7 as the same number, Kementerian–Ministry from the
//    dictionary, plus the corpus model's translation probability.
// 2. Each side picks its best partner (ties broken by position on the diagonal); the two directions
//    are symmetrised: their intersection, grown to neighbouring links of their union, then the
//    union's links of words left alone (grow-diag-final; for grammar-level evidence, only where both
//    words are left alone: grow-diag-final-and; and a word already aligned takes a second partner
//    there only on evidence as strong as its first).
// 3. Dictionary phrases align as units (rumah sakit ↔ hospital, sengaja ↔ make a point of); a
//    preposition takes the one before its object's translation (pada akhir ↔ by the end); words no
//    evidence reached take the one unaligned word facing them; an affix takes the English word it
//    stands for (payungmu ↔ your); an English article, preposition or auxiliary nobody claimed leans
//    on the Indonesian word of the English word it introduces.
import type {Lexicon} from '../language/lexicon';
import {createEvidence, type EvidenceTables} from './evidence';
import type {ExtraDictionaries} from './glosses';
import {expandAcronyms} from './acronyms';
import {fillEnglishGaps, fillGaps} from './gaps';
import {fillGapsInOrder} from './orderedGaps';
import {
  attachAffixWords,
  attachDegreeWords,
  attachGrammarWords,
  attachParticles,
  onePronounEach,
  placeDemonstratives,
} from './grammar';
import type {TranslationModel} from './model';
import {dateMonthLinks} from './numbers';
import {alignPunctuation} from './punctuation';
import {alignPhrases} from './phrases';
import {alignPrepositions} from './prepositions';
import {indexEnglish, SCORES, scoreToken, shapeBonus} from './scores';

export interface WordLink {
  /** Indonesian token index (tokens as tokenize() splits them) */
  id: number;
  /** English token index */
  en: number;
  /** 0–1: how strongly the evidence supports this link */
  confidence: number;
}

export interface WordAligner {
  align(idTokens: readonly string[], enTokens: readonly string[]): WordLink[];
}

/** The dictionaries beside the lexicon (glosses.ts) and: */
export interface WordAlignerOptions extends ExtraDictionaries {
  /** the statistical model trained on aligned sentence pairs (model.ts); optional */
  model?: TranslationModel | null;
  /** minimum score of a link either direction may propose */
  threshold?: number;
  /** how much a step off the diagonal (in relative position) costs when choosing among candidates */
  distortion?: number;
}

/** Bumped whenever a change to the aligner changes its links, so that stored links are recomputed. */
export const WORD_ALIGNER_VERSION = 'wa21';

// Sentences this long are cut into bands: a 10,000-token "sentence" must not cost 10^8 pairs.
const MAX_BAND = 60;

export function createWordAligner(lexicon: Lexicon, options: WordAlignerOptions = {}): WordAligner {
  const evidence = createEvidence(lexicon, options);
  const threshold = options.threshold ?? 0.5;
  const distortion = options.distortion ?? 0.35;
  return {
    align(idTokens, enTokens) {
      return alignTokens(lexicon, evidence, idTokens, enTokens, {
        model: options.model ?? null,
        threshold,
        distortion,
      });
    },
  };
}

interface Settings {
  model: TranslationModel | null;
  threshold: number;
  distortion: number;
}

export type LinkSet = Map<number, number>; // key i * STRIDE + j → confidence
export const STRIDE = 1 << 16;

function alignTokens(
  lexicon: Lexicon,
  evidence: EvidenceTables,
  idTokens: readonly string[],
  enTokens: readonly string[],
  settings: Settings,
): WordLink[] {
  const I = Math.min(idTokens.length, STRIDE - 1);
  const J = Math.min(enTokens.length, STRIDE - 1);
  if (I === 0 || J === 0) return [];
  const id = idTokens.slice(0, I).map((t) => evidence.id(t));
  const en = enTokens.slice(0, J).map((t) => evidence.en(t));
  const band = MAX_BAND;
  const range = (i: number): [number, number] => {
    if (J <= 2 * band) return [0, J];
    const centre = Math.round(((i + 0.5) * J) / I);
    return [Math.max(0, centre - band), Math.min(J, centre + band)];
  };
  const score = new Map<number, number>();
  const bestForId = new Array<number>(I).fill(-1);
  const bestForEn = new Array<number>(J).fill(-1);
  const bestIdValue = new Array<number>(I).fill(-Infinity);
  const bestEnValue = new Array<number>(J).fill(-Infinity);
  const index = indexEnglish(en);
  const scores = new Map<number, number>();
  for (let i = 0; i < I; i++) {
    for (const [j, raw] of scoreToken(id[i]!, index, settings.model, range(i), scores)) {
      if (raw < settings.threshold) continue;
      const s = raw + shapeBonus(id[i]!, en[j]!);
      score.set(i * STRIDE + j, s);
      const adjusted = s - settings.distortion * Math.abs((i + 0.5) / I - (j + 0.5) / J);
      // Ties go to the earlier word, whatever order the evidence came in.
      if (adjusted > bestIdValue[i]! || (adjusted === bestIdValue[i] && j < bestForId[i]!)) {
        bestIdValue[i] = adjusted;
        bestForId[i] = j;
      }
      if (adjusted > bestEnValue[j]! || (adjusted === bestEnValue[j] && i < bestForEn[j]!)) {
        bestEnValue[j] = adjusted;
        bestForEn[j] = i;
      }
    }
  }
  const union = new Set<number>();
  const links: LinkSet = new Map();
  for (let i = 0; i < I; i++) if (bestForId[i]! >= 0) union.add(i * STRIDE + bestForId[i]!);
  for (let j = 0; j < J; j++) {
    if (bestForEn[j]! < 0) continue;
    const key = bestForEn[j]! * STRIDE + j;
    if (union.has(key)) links.set(key, score.get(key)!);
    else union.add(key);
  }
  growDiagFinal(links, union, score, I, J);
  alignPunctuation(id, en, links);
  onePronounEach(id, en, links);
  for (const [i, j] of dateMonthLinks(
    id.map((t) => t.lower),
    enTokens.slice(0, J),
  )) {
    for (const key of [...links.keys()]) if (Math.floor(key / STRIDE) === i) links.delete(key);
    links.set(i * STRIDE + j, 0.9);
  }
  alignPhrases(lexicon, idTokens.slice(0, I), en, links, (i) => id[i]!.phrases, range, index);
  expandAcronyms(idTokens.slice(0, I), en, enTokens.slice(0, J), links);
  fillGaps(id, en, links);
  fillEnglishGaps(id, en, links);
  fillGapsInOrder(id, en, links);
  alignPrepositions(id, en, links);
  attachAffixWords(id, en, links);
  placeDemonstratives(id, en, links);
  attachDegreeWords(id, en, links);
  attachParticles(id, en, links);
  attachGrammarWords(id, en, links);
  return [...links]
    .map(([key, confidence]) => ({id: Math.floor(key / STRIDE), en: key % STRIDE, confidence}))
    .sort((a, b) => a.id - b.id || a.en - b.en);
}

function growDiagFinal(links: LinkSet, union: Set<number>, score: Map<number, number>, I: number, J: number) {
  const idAligned = new Set<number>();
  const enAligned = new Set<number>();
  for (const key of links.keys()) {
    idAligned.add(Math.floor(key / STRIDE));
    enAligned.add(key % STRIDE);
  }
  // The strongest link each word holds so far, on either side.
  const idStrongest = new Map<number, number>();
  const enStrongest = new Map<number, number>();
  const hold = (key: number, value: number) => {
    const i = Math.floor(key / STRIDE);
    const j = key % STRIDE;
    idStrongest.set(i, Math.max(value, idStrongest.get(i) ?? 0));
    enStrongest.set(j, Math.max(value, enStrongest.get(j) ?? 0));
  };
  for (const [key, value] of links) hold(key, value);
  const add = (key: number) => {
    const value = score.get(key)!;
    links.set(key, value);
    idAligned.add(Math.floor(key / STRIDE));
    enAligned.add(key % STRIDE);
    hold(key, value);
  };
  // A work list rather than repeated passes: each link added is examined once.
  const queue = [...links.keys()];
  while (queue.length > 0) {
    const key = queue.pop()!;
    const i = Math.floor(key / STRIDE);
    const j = key % STRIDE;
    for (const [di, dj] of NEIGHBOURS) {
      const ni = i + di;
      const nj = j + dj;
      if (ni < 0 || nj < 0 || ni >= I || nj >= J) continue;
      const next = ni * STRIDE + nj;
      if (links.has(next) || !union.has(next)) continue;
      if (!idAligned.has(ni) || !enAligned.has(nj)) {
        add(next);
        queue.push(next);
      }
    }
  }
  for (const key of union) {
    if (links.has(key)) continue;
    const idFree = !idAligned.has(Math.floor(key / STRIDE));
    const enFree = !enAligned.has(key % STRIDE);
    // Grammar-level evidence (se- = a, the corpus model's weaker guesses) links two words left alone,
    // not a far article to a word already placed: "A group … bought a boat" keeps sebuah on the second.
    const value = score.get(key)!;
    if (value <= SCORES.grammar && !(idFree && enFree)) continue;
    // A word already aligned gains a second link only on evidence as strong as its strongest:
    // setelah (after) does not take "then" from lalu, which the dictionary gives it outright, and
    // dengan, aligned to "with", does not also take the "and" the dictionary read backwards offers.
    if (!enFree && value < (enStrongest.get(key % STRIDE) ?? 0)) continue;
    if (!idFree && value < (idStrongest.get(Math.floor(key / STRIDE)) ?? 0)) continue;
    if (idFree || enFree) add(key);
  }
}

const NEIGHBOURS: [number, number][] = [
  [-1, 0],
  [0, -1],
  [1, 0],
  [0, 1],
  [-1, -1],
  [-1, 1],
  [1, -1],
  [1, 1],
];
