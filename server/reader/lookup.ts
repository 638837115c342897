// The reader's word lookup: the dictionary in memory (content/lexicon), affixes explained in the UI
// language. No database and no session, so answers are cacheable.
import type {Lang} from '../../core/vocabulary';
import {lookupWord} from '../../core/language/lexicon';
import {loadLexicon} from '../texts/lexiconFiles';
import type {Affix} from '../../core/language/morphology';
import en from '../../messages/en.json';
import id from '../../messages/id.json';

export interface LookupAnswer {
  word: string;
  from: Lang;
  root: string | null;
  affixes: {affix: string; meaning: string}[];
  glosses: string[];
}

const AFFIX_MESSAGES: Record<'en' | 'id', Readonly<Record<string, string>>> = {en: en.Affixes, id: id.Affixes};

/** What an affix does, in the UI language (messages/*.json, namespace Affixes); an unknown one as written. */
export function describeAffix(affix: Affix, ui: 'en' | 'id'): string {
  return Object.hasOwn(AFFIX_MESSAGES[ui], affix) ? AFFIX_MESSAGES[ui][affix]! : affix;
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
