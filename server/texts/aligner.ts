// The aligner the import and the editor use for texts whose files give no alignment.
import type {Run, ScoredRun} from '../../core/vocabulary';
import {quickDictionary} from '../../core/align/dictionary';
import {alignParagraphs} from '../../core/align/paragraphs';
import {loadLexicon} from '../../core/language/lexicon';

// The lexicon's exact glosses of a word and its likely roots: as accurate as the full morphology on
// the development set and fast enough for re-aligning a long text while an editor waits.
const dictionary = quickDictionary(loadLexicon());

export function alignForImport(id: string[], en: string[], anchors?: Run[]): ScoredRun[] {
  return alignParagraphs(id, en, {dictionary, anchors});
}
