import type {Lexicon} from '../lexicon';
export function draftEnglishToIndonesian(paragraph: string, _lexicon: Lexicon): string {
  return paragraph;
}
