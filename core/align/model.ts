// The alignment model's knobs in one place. Kinds of evidence can be switched off for ablation
// (scripts/eval-align.ts --without NAME); the weights were set on the development set, in round
// numbers, and checked for flat optima rather than peaks.

export const EVIDENCE = ['length', 'numbers', 'names', 'urls', 'punctuation', 'cognates', 'dictionary', 'boilerplate'] as const;
export type EvidenceName = (typeof EVIDENCE)[number];
export type Evidence = Record<EvidenceName, boolean>;

export const ALL_EVIDENCE: Evidence = Object.fromEntries(EVIDENCE.map((name) => [name, true])) as Evidence;

/** Link shapes and their cost before evidence (−log prior). */
export interface LinkShape { id: number; en: number; prior: number }

export interface ModelParameters {
  shapes: readonly LinkShape[];
  /** Cost of leaving one unit unlinked (1-0 / 0-1). */
  skip: number;
  /** How much a boilerplate-looking paragraph lowers its skip cost. */
  boilerplateBonus: number;
  /** Gale–Church variance per character. */
  lengthVariance: number;
  lengthWeight: number;
  /** Weight of the lexical similarity, per unit linked. */
  lexicalWeight: number;
  /** Similarity, relative to the document's typical true link, at which the lexical term is neutral. */
  lexicalThreshold: number;
  /** Pseudo squared norm added to both blocks, relative to a typical paragraph's, so that two one-word paragraphs are not a perfect match. */
  lexicalSmoothing: number;
  /** How much more a link's lexical term counts when its blocks carry more evidence than a typical paragraph (0 = not at all). */
  lexicalEvidencePower: number;
  /** Feature weights by kind, multiplied by the feature's inverse document frequency. */
  featureWeights: {number: number; name: number; code: number; punct: number; cognate: number; identical: number; dictionary: number};
  /** Temperature of the link posteriors that become link scores. */
  temperature: number;
}

export const PARAGRAPH_MODEL: ModelParameters = {
  shapes: [
    {id: 1, en: 1, prior: 0},
    {id: 2, en: 1, prior: 2.5},
    {id: 1, en: 2, prior: 2.5},
    {id: 2, en: 2, prior: 5},
    {id: 3, en: 1, prior: 5},
    {id: 1, en: 3, prior: 5},
  ],
  skip: 3,
  boilerplateBonus: 3,
  lengthVariance: 4,
  lengthWeight: 1,
  lexicalWeight: 3,
  lexicalThreshold: 0.5,
  lexicalSmoothing: 0,
  lexicalEvidencePower: 0,
  featureWeights: {number: 2, name: 1.5, code: 2, punct: 0.3, cognate: 1, identical: 1, dictionary: 1},
  temperature: 1,
};
