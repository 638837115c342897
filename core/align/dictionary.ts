// The dictionary the aligner's command line uses: the lexicon's glosses of an Indonesian word, or of the
// first of its likely roots that the lexicon knows. The lexicon's own analyser (englishWordsFor) ranks
// every reading and is the better lookup for a reader, but at about 0.4 ms a word it would spend more
// than the whole 2-second budget of a 6,000-paragraph document (3,000 distinct words) on look-ups.
import {indonesianGlosses, type Lexicon} from '../language/lexicon';
import type {Dictionary} from './analysis';
import {indonesianStems} from './words';

// Glosses are phrases ("to use", "a kind of"); these words in them would match any English paragraph.
const FUNCTION_WORDS = new Set(
  'a an the to of in on at by for from with and or be is are it its this that one some something someone thing kind very'.split(
    ' ',
  ),
);
const MAX_GLOSSES = 8;

export function quickDictionary(lexicon: Lexicon): Dictionary {
  return (word) => {
    for (const form of [word, ...indonesianStems(word)]) {
      const glosses = indonesianGlosses(lexicon, form);
      if (glosses.length === 0) continue;
      const words = new Set<string>();
      for (const gloss of glosses.slice(0, MAX_GLOSSES)) {
        for (const w of gloss.toLowerCase().match(/[a-z]+/g) ?? []) if (!FUNCTION_WORDS.has(w)) words.add(w);
      }
      return [...words];
    }
    return [];
  };
}
