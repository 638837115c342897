// The alignment model's knobs in one place. Kinds of evidence can be switched off for ablation
// (scripts/bench/eval-align.ts --without NAME); the weights were set on the development set by coordinate
// descent over round values, checked on both halves of it and on merged-and-split shipped texts, and
// sit on flat optima (each neighbouring value is within 0.002 strict F1).

export const EVIDENCE = [
  'length',
  'numbers',
  'names',
  'urls',
  'punctuation',
  'cognates',
  'dictionary',
  'boilerplate',
  'isolation',
] as const;
export type EvidenceName = (typeof EVIDENCE)[number];
export type Evidence = Record<EvidenceName, boolean>;

export const ALL_EVIDENCE: Evidence = Object.fromEntries(EVIDENCE.map((name) => [name, true])) as Evidence;

/** Link shapes and their cost before evidence (−log prior). */
export interface LinkShape {
  id: number;
  en: number;
  prior: number;
}

export interface ModelParameters {
  shapes: readonly LinkShape[];
  /** Cost of leaving one unit unlinked (1-0 / 0-1). */
  skip: number;
  /** How much a boilerplate-looking paragraph lowers its skip cost, and raises the cost of linking it. */
  boilerplateBonus: number;
  /** Gale–Church variance per character. */
  lengthVariance: number;
  lengthWeight: number;
  /** Weight of the lexical similarity: each linked paragraph weighs half of it (similarity.ts). */
  lexicalWeight: number;
  /** Similarity, relative to the document's typical true link, at which the lexical term is neutral. */
  lexicalThreshold: number;
  /** How much a paragraph that matches nothing it could be linked with lowers its skip cost (similarity.ts isolation). */
  isolationBonus: number;
  /** Best similarity, relative to a typical true link's, from which a paragraph is not isolated at all. */
  isolationThreshold: number;
  /** Share of the full lexical penalty paid by a paragraph of a link that has no feature in common with the other side. */
  unmatchedMember: number;
  /** Feature weights by kind, multiplied by the feature's inverse document frequency. */
  featureWeights: {
    number: number;
    name: number;
    code: number;
    punct: number;
    cognate: number;
    identical: number;
    dictionary: number;
  };
  /** Temperature of the link posteriors that become link scores. */
  temperature: number;
}

export const PARAGRAPH_MODEL: ModelParameters = {
  shapes: [
    {id: 1, en: 1, prior: 0},
    // Translators merge and split paragraphs often enough that 2-1 links must stay cheap.
    {id: 2, en: 1, prior: 1.5},
    {id: 1, en: 2, prior: 1.5},
    {id: 2, en: 2, prior: 4.5},
    // 3-1 and 1-3 links (prior 6) changed nothing on the development set or on merged-and-split
    // shipped texts, and cost a quarter of the search time: paragraphs leave them out.
  ],
  skip: 3.5,
  boilerplateBonus: 2,
  lengthVariance: 6,
  lengthWeight: 1,
  lexicalWeight: 5,
  lexicalThreshold: 0.8,
  unmatchedMember: 0.5,
  isolationBonus: 2,
  isolationThreshold: 0.5,
  featureWeights: {number: 2, name: 1.5, code: 2, punct: 0.3, cognate: 1, identical: 1, dictionary: 1},
  temperature: 1,
};

/**
 * Sentences of one linked group: one long Indonesian sentence is often three English ones, so 1-3 and
 * 3-1 links are allowed; a sentence without a counterpart is rare, so a weak match is no reason to
 * leave one unlinked.
 */
export const SENTENCE_MODEL: ModelParameters = {
  ...PARAGRAPH_MODEL,
  shapes: [...PARAGRAPH_MODEL.shapes, {id: 3, en: 1, prior: 6}, {id: 1, en: 3, prior: 6}],
  isolationBonus: 0,
};
