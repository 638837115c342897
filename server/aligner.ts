// The aligner the import and the editor use for texts whose files give no alignment.
import {alignParagraphs, type Anchor} from '../core/align/paragraphs';
import {englishWordsFor, loadLexicon} from '../core/lexicon';
import type {ScoredRun} from './links';

export function alignForImport(id: string[], en: string[], anchors?: Anchor[]): ScoredRun[] {
  const lexicon = loadLexicon();
  return alignParagraphs(id, en, {dictionary: (word) => englishWordsFor(lexicon, word), anchors});
}
