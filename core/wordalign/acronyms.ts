// An acronym that the English spells out: "Peneliti BRIN" / "Researchers from the National Research
// and Innovation Agency (BRIN)". When only the English gives the expansion, the Indonesian acronym
// stands for all of it; when both sides spell the name out, its parts align on their own.
import {type LinkSet, STRIDE} from './aligner';
import type {EnToken} from './evidence';

const ACRONYM = /^\p{Lu}{2,}$/u;
const JOINERS = new Set(['and', 'of', 'for', 'on', 'the', '&']);
const MAX_EXPANSION = 8;
const CONFIDENCE = 0.8;

export function expandAcronyms(
  idTokens: readonly string[],
  en: readonly EnToken[],
  enTokens: readonly string[],
  links: LinkSet,
) {
  for (let i = 0; i < idTokens.length; i++) {
    const token = idTokens[i]!;
    if (!ACRONYM.test(token) || idTokens[i - 1] === '(') continue;
    for (let j = 2; j + 1 < enTokens.length; j++) {
      if (enTokens[j] !== token || enTokens[j - 1] !== '(' || enTokens[j + 1] !== ')') continue;
      let from = j - 1;
      while (from - 1 >= 0 && j - 1 - from < MAX_EXPANSION) {
        const word = enTokens[from - 1]!;
        if (/^\p{Lu}/u.test(word) || (JOINERS.has(en[from - 1]!.lower) && /^\p{Lu}/u.test(enTokens[from - 2] ?? '')))
          from--;
        else break;
      }
      // Joiners never open the name ("the National …" starts at National).
      while (from < j - 1 && JOINERS.has(en[from]!.lower)) from++;
      for (let k = from; k < j - 1; k++) links.set(i * STRIDE + k, CONFIDENCE);
    }
  }
}
