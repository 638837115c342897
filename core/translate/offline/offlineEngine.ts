// The offline engine: a rule-based draft from the lexicon and morphology, needing no network. Its
// output is labelled in the UI as a rough draft (`roughDraft`).
import type {Lang} from '../../vocabulary';
import {loadLexicon, type Lexicon} from '../../language/lexicon';
import type {TranslationEngine} from '../engine';
import {buildUnits} from './units';
import {renderDraft} from './order';
import {draftEnglishToIndonesian} from './enId';

export interface DraftStats {
  /** Indonesian word tokens in the input. */
  words: number;
  translated: number;
  /** Names, acronyms and addresses, kept as written. */
  kept: number;
  /** Words left in Indonesian, as written. */
  untranslated: string[];
}

// US officials carry US titles (Secretary of State, not Foreign Minister).
const US_CONTEXT = /\b(AS|Amerika Serikat|Washington|Gedung Putih|Pentagon)\b/;

export function draftIndonesianToEnglish(
  paragraph: string,
  lexicon: Lexicon,
  context = '',
): {text: string; stats: DraftStats} {
  const pieces = buildUnits(paragraph, lexicon, US_CONTEXT.test(paragraph) || US_CONTEXT.test(context));
  const stats: DraftStats = {words: 0, translated: 0, kept: 0, untranslated: []};
  for (const piece of pieces) {
    if (!('unit' in piece)) continue;
    const {words, status, en} = piece.unit;
    stats.words += words;
    if (status === 'translated') stats.translated += words;
    else if (status === 'kept') stats.kept += words;
    else stats.untranslated.push(en);
  }
  return {text: renderDraft(pieces), stats};
}

export function draftParagraph(paragraph: string, from: Lang, to: Lang, lexicon: Lexicon, context = ''): string {
  if (from === to) return paragraph;
  return from === 'id'
    ? draftIndonesianToEnglish(paragraph, lexicon, context).text
    : draftEnglishToIndonesian(paragraph, lexicon);
}

export function createOfflineEngine(lexicon?: Lexicon): TranslationEngine {
  return {
    name: 'offline',
    model: null,
    maxBatch: 64,
    roughDraft: true,
    async translate(req, signal) {
      const lx = lexicon ?? loadLexicon();
      const context = [...(req.context?.before ?? []), ...(req.context?.after ?? [])].join('\n');
      return req.paragraphs.map((p) => {
        signal?.throwIfAborted();
        return draftParagraph(p, req.from, req.to, lx, context);
      });
    },
  };
}
