// A statistical translation model learnt from aligned sentence pairs: IBM Model 1 in both directions
// (Brown et al. 1993), started from a dictionary prior, its two tables combined as a geometric mean
// so that a pair counts only when each word predicts the other. Words are keyed by Indonesian root
// and English lemma, so that a small corpus still generalises over inflections.

export interface TranslationModel {
  /** 0–1 association of an Indonesian root and an English lemma */
  probability(idKey: string, enKey: string): number;
  /** every English key the Indonesian key is associated with, and how strongly, or undefined */
  row(idKey: string): readonly (readonly [string, number])[] | undefined;
}

export interface ModelData {
  version: 1;
  /** idKey → enKey → association (rounded), only pairs worth keeping */
  pairs: Record<string, Record<string, number>>;
}

export function modelFromData(data: ModelData): TranslationModel {
  // Each row as a list, made once: the aligner asks for a row for every token it meets.
  const rows = new Map<string, [string, number][]>();
  return {
    row(idKey) {
      if (!Object.hasOwn(data.pairs, idKey)) return undefined;
      let row = rows.get(idKey);
      if (!row) {
        row = Object.entries(data.pairs[idKey]!);
        rows.set(idKey, row);
      }
      return row;
    },
    probability(idKey, enKey) {
      const row = Object.hasOwn(data.pairs, idKey) ? data.pairs[idKey]! : undefined;
      return row && Object.hasOwn(row, enKey) ? row[enKey]! : 0;
    },
  };
}

export interface TrainingPair {
  id: readonly string[];
  en: readonly string[];
}

const NULL = '\u0000';

// Pairs worked through between two pauses of a training run in steps (a few milliseconds of work).
const STEP = 250;

/** One direction of EM; yields after every STEP pairs, so a caller may give way to other work. */
function* model1(
  pairs: readonly TrainingPair[],
  source: 'id' | 'en',
  iterations: number,
): Generator<void, Map<string, Map<string, number>>> {
  // t(target | source), initialised uniformly over co-occurring words.
  const t = new Map<string, Map<string, number>>();
  for (let k = 0; k < pairs.length; k++) {
    if (k % STEP === STEP - 1) yield;
    const p = pairs[k]!;
    const src = [NULL, ...p[source]];
    const tgt = source === 'id' ? p.en : p.id;
    for (const s of src) {
      let row = t.get(s);
      if (!row) {
        row = new Map();
        t.set(s, row);
      }
      for (const w of tgt) row.set(w, 1);
    }
  }
  for (const row of t.values()) for (const w of row.keys()) row.set(w, 1 / row.size);
  for (let it = 0; it < iterations; it++) {
    const counts = new Map<string, Map<string, number>>();
    for (let k = 0; k < pairs.length; k++) {
      if (k % STEP === STEP - 1) yield;
      const p = pairs[k]!;
      const src = [NULL, ...p[source]];
      const tgt = source === 'id' ? p.en : p.id;
      for (const w of tgt) {
        let total = 0;
        for (const s of src) total += t.get(s)!.get(w)!;
        for (const s of src) {
          const c = t.get(s)!.get(w)! / total;
          let row = counts.get(s);
          if (!row) {
            row = new Map();
            counts.set(s, row);
          }
          row.set(w, (row.get(w) ?? 0) + c);
        }
      }
    }
    let rows = 0;
    for (const [s, row] of counts) {
      if (++rows % (STEP * 8) === 0) yield;
      let sum = 0;
      for (const c of row.values()) sum += c;
      const out = t.get(s)!;
      for (const [w, c] of row) out.set(w, c / sum);
    }
  }
  return t;
}

/** Trains both directions and keeps the pairs whose geometric mean reaches `minimum`. */
export function trainModel(pairs: readonly TrainingPair[], iterations = 8, minimum = 0.05): ModelData {
  const idEn = run(model1(pairs, 'id', iterations));
  const enId = run(model1(pairs, 'en', iterations));
  return combine(idEn, enId, minimum);
}

/**
 * The same training, awaiting `pause` every few milliseconds of work: a server that trains in its own
 * process keeps answering requests meanwhile (a whole training takes seconds to tens of seconds).
 */
export async function trainModelInSteps(
  pairs: readonly TrainingPair[],
  pause: () => Promise<void>,
  iterations = 8,
  minimum = 0.05,
): Promise<ModelData> {
  const idEn = await runInSteps(model1(pairs, 'id', iterations), pause);
  const enId = await runInSteps(model1(pairs, 'en', iterations), pause);
  return combine(idEn, enId, minimum);
}

function run<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

async function runInSteps<T>(steps: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await pause();
  }
}

function combine(
  idEn: Map<string, Map<string, number>>,
  enId: Map<string, Map<string, number>>,
  minimum: number,
): ModelData {
  const out: Record<string, Record<string, number>> = {};
  for (const [idKey, row] of idEn) {
    if (idKey === NULL) continue;
    for (const [enKey, p] of row) {
      const back = enId.get(enKey)?.get(idKey) ?? 0;
      const value = Math.sqrt(p * back);
      if (value < minimum) continue;
      out[idKey] ??= {};
      out[idKey][enKey] = Math.round(value * 1000) / 1000;
    }
  }
  return {version: 1, pairs: out};
}
