// Whole documents through any engine: blank paragraphs stay blank and are never sent, batches
// respect the engine's paragraph and character limits, each batch carries its neighbours as
// context, and the result has exactly one translation per input paragraph.
import type {Lang} from '../vocabulary';
import {TranslationError, type TranslationEngine} from './engine';

const CONTEXT_BEFORE = 2;
const CONTEXT_AFTER = 1;
// Context helps with pronouns and terms; a long neighbour adds cost, not much help.
const CONTEXT_CHARS = 1_000;

export async function translateAll(
  engine: TranslationEngine,
  from: Lang,
  to: Lang,
  paragraphs: string[],
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<string[]> {
  const out = paragraphs.map(() => '');
  const filled = paragraphs.flatMap((p, i) => (p.trim() === '' ? [] : [i]));
  let first = 0; // position in `filled` of the batch's first paragraph
  for (const batch of planBatches(filled, paragraphs, engine)) {
    signal?.throwIfAborted();
    const last = first + batch.length - 1;
    const context = {
      before: filled.slice(Math.max(0, first - CONTEXT_BEFORE), first).map((i) => clip(paragraphs[i])),
      after: filled.slice(last + 1, last + 1 + CONTEXT_AFTER).map((i) => clip(paragraphs[i])),
    };
    const texts = batch.map((i) => paragraphs[i]);
    const translations = await engine.translate({from, to, paragraphs: texts, context}, signal);
    if (translations.length !== texts.length || translations.some((t) => typeof t !== 'string')) {
      throw new TranslationError(
        'badResponse',
        `The ${engine.name} engine returned ${translations.length} translations for ${texts.length} paragraphs.`,
      );
    }
    for (const [k, index] of batch.entries()) out[index] = translations[k];
    onProgress?.(batch[batch.length - 1] + 1, paragraphs.length);
    first += batch.length;
  }
  if (filled.length === 0 || filled[filled.length - 1] < paragraphs.length - 1)
    onProgress?.(paragraphs.length, paragraphs.length);
  return out;
}

/** Groups consecutive paragraph indices into batches within the engine's limits. */
export function planBatches(
  indices: number[],
  paragraphs: string[],
  engine: Pick<TranslationEngine, 'maxBatch' | 'maxChars'>,
): number[][] {
  const maxBatch = Math.max(1, engine.maxBatch);
  const maxChars = engine.maxChars ?? Infinity;
  const batches: number[][] = [];
  let current: number[] = [];
  let chars = 0;
  for (const index of indices) {
    const length = paragraphs[index].length;
    if (current.length > 0 && (current.length >= maxBatch || chars + length > maxChars)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(index);
    chars += length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function clip(paragraph: string): string {
  return paragraph.length <= CONTEXT_CHARS ? paragraph : `${paragraph.slice(0, CONTEXT_CHARS)}…`;
}
