// Paragraph alignment of an Indonesian and an English version of one text: monotonic links 1-1, 1-0,
// 0-1, 1-2, 2-1 and 2-2 (more shapes through options.model), each with a confidence (its posterior
// probability), optionally around links an editor confirmed. Time and memory grow linearly with length.
import type {Run, ScoredRun} from '../vocabulary';
import {checkAnchors, stretchesBetween} from './anchors';
import type {Dictionary} from './analysis';
import {buildFeatureSpace, type SideVectors} from './features';
import {ALL_EVIDENCE, PARAGRAPH_MODEL, type Evidence, type ModelParameters} from './model';
import {alignUnits, DEFAULT_SEARCH, type SearchSettings} from './multiscale';
import {sliceUnits, type Units} from './units';
import {DotScratch, VectorSum} from './vectors';

export interface AlignOptions {
  /** Indonesian word → English single words: quickDictionary(lexicon), or the lexicon's englishWordsFor. */
  dictionary?: Dictionary;
  /** Confirmed links, kept as they are (score 1); the rest is aligned between them. */
  anchors?: readonly Run[];
  /** Kinds of evidence to switch off, for measuring what each one is worth. */
  evidence?: Partial<Evidence>;
  model?: Partial<ModelParameters>;
  search?: Partial<typeof DEFAULT_SEARCH>;
}

function unitsOf(side: SideVectors, pinned: ReadonlySet<number>, evidence: Evidence): Units {
  const count = side.vectors.length;
  return {
    vectors: side.vectors,
    norms2: side.norms2,
    lengths: side.lengths,
    sizes: new Float64Array(count).fill(1),
    boilerplate: evidence.boilerplate ? side.boilerplate : new Float64Array(count),
    pinned: Float64Array.from({length: count}, (_, k) => (pinned.has(k) ? 1 : 0)),
  };
}

function range(start: number, length: number): number[] {
  return Array.from({length}, (_, k) => start + k);
}

function sum(values: Float64Array): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

export function alignParagraphs(id: string[], en: string[], options: AlignOptions = {}): ScoredRun[] {
  const evidence = {...ALL_EVIDENCE, ...options.evidence};
  const model: ModelParameters = {...PARAGRAPH_MODEL, ...options.model};
  if (!evidence.length) model.lengthWeight = 0;
  if (!evidence.isolation) model.isolationBonus = 0;
  const anchors = options.anchors ?? [];
  const cuts = checkAnchors(anchors, id.length, en.length);
  const pinnedId = new Set(anchors.filter((a) => a.en.length === 0).flatMap((a) => a.id));
  const pinnedEn = new Set(anchors.filter((a) => a.id.length === 0).flatMap((a) => a.en));

  const space = buildFeatureSpace(id, en, evidence, model.featureWeights, options.dictionary);
  const idUnits = unitsOf(space.id, pinnedId, evidence);
  const enUnits = unitsOf(space.en, pinnedEn, evidence);
  const idChars = sum(idUnits.lengths);
  const enChars = sum(enUnits.lengths);
  const settings: SearchSettings = {
    ...DEFAULT_SEARCH,
    ...options.search,
    model,
    ratio: idChars > 0 && enChars > 0 ? Math.min(3, Math.max(1 / 3, idChars / enChars)) : 1,
    scratch: {dots: new DotScratch(space.dimensions), sums: new VectorSum(space.dimensions)},
  };

  const links: ScoredRun[] = [];
  stretchesBetween(cuts, id.length, en.length).forEach((s, k) => {
    const {steps, scores} = alignUnits(
      sliceUnits(idUnits, s.idStart, s.idEnd),
      sliceUnits(enUnits, s.enStart, s.enEnd),
      settings,
      true,
    );
    steps.forEach((step, n) => {
      links.push({id: range(s.idStart + step.i, step.di), en: range(s.enStart + step.j, step.dj), score: scores[n]});
    });
    if (k < cuts.length) links.push({id: [...cuts[k].id], en: [...cuts[k].en], score: 1});
  });
  return links;
}
