// Sentence links for every row of the reader, computed when the (cached) reader page renders.
import {englishWordsFor, loadLexicon} from '../../core/language/lexicon';
import {linkRowSentences, type RowSentences} from '../../core/align/sentenceLinks';
import type {ReaderText} from './readerText';

export function getRowSentences(text: ReaderText): RowSentences[] {
  const lexicon = loadLexicon();
  const dictionary = (word: string) => englishWordsFor(lexicon, word);
  return text.rows.map((row) =>
    linkRowSentences(
      row.id.map((p) => p.body),
      row.en.map((p) => p.body),
      dictionary,
    ),
  );
}
