import type {WordActions} from '@/components/WordLookup';
import {saveWordAction} from '../vocabulary/actions';
import {markTextKnownAction, setLearnLangAction, setWordStatusAction} from './actions';

/** The server actions behind the reader's word popover and learner's bar, for the pages that show a text. */
export const wordActions: WordActions = {
  saveWord: saveWordAction,
  setWordStatus: setWordStatusAction,
  markTextKnown: markTextKnownAction,
  setLearnLang: setLearnLangAction,
};
