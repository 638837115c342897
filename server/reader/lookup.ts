// The reader's word lookup: the dictionary in memory (content/lexicon), affixes explained in the UI
// language. No database and no session, so answers are cacheable.
import type {Lang} from '../../core/vocabulary';
import {loadLexicon, lookupWord} from '../../core/language/lexicon';
import {describeAffix} from '../../core/language/morphology';

export interface LookupAnswer {
  word: string;
  from: Lang;
  root: string | null;
  affixes: {affix: string; meaning: string}[];
  glosses: string[];
}

export function lookUp(word: string, from: Lang, ui: 'en' | 'id'): LookupAnswer {
  const found = lookupWord(loadLexicon(), word, from);
  return {
    word: found.word,
    from,
    root: found.root,
    affixes: found.affixes.map((affix) => ({
      // The popover shows the affix as Indonesian (lang="id"); reduplication has no form of its own, so
      // it is shown by its Indonesian grammar term, and the meaning explains it in the UI language.
      affix: affix === 'REDUP' ? 'kata ulang' : affix,
      meaning: from === 'id' ? describeAffix(affix, ui) : '',
    })),
    glosses: found.glosses,
  };
}
