// Links for words that carry grammar: an affix takes the English word it stands for when that word
// stands beside the affixed word's translation (payungmu → your umbrella, kubilang → I've told);
// an English article, preposition or auxiliary that nothing claimed leans on the Indonesian word of
// what it introduces (the annotation conventions' "possible" links: the → the noun's word, has → the verb's).
import {type LinkSet, STRIDE} from './aligner';
import type {EnToken, IdToken} from './evidence';
import {ENGLISH_GRAMMAR} from './functionWords';

const AFFIX_CONFIDENCE = 0.6;
const LEAN_CONFIDENCE = 0.3;
const WINDOW = 3;
const NOUN_INTRODUCERS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'from', 'for', 'by', 'into', 'about']);

function linksByEnglish(links: LinkSet): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const key of links.keys()) {
    const j = key % STRIDE;
    const list = out.get(j);
    if (list) list.push(Math.floor(key / STRIDE));
    else out.set(j, [Math.floor(key / STRIDE)]);
  }
  return out;
}

export function attachAffixWords(id: readonly IdToken[], en: readonly EnToken[], links: LinkSet) {
  const byEnglish = linksByEnglish(links);
  const partners = new Map<number, number[]>();
  for (const key of links.keys()) {
    const i = Math.floor(key / STRIDE);
    const list = partners.get(i);
    if (list) list.push(key % STRIDE);
    else partners.set(i, [key % STRIDE]);
  }
  for (const [i, js] of partners) {
    const words = id[i]!.affixWords;
    if (words.size === 0) continue;
    const lo = Math.max(0, Math.min(...js) - WINDOW);
    const hi = Math.min(en.length - 1, Math.max(...js) + 1);
    for (let j = lo; j <= hi; j++) {
      if (byEnglish.has(j)) continue;
      if (en[j]!.lemmas.some((l) => words.has(l))) {
        links.set(i * STRIDE + j, AFFIX_CONFIDENCE);
        byEnglish.set(j, [i]);
        break;
      }
    }
  }
}

export function attachGrammarWords(en: readonly EnToken[], links: LinkSet) {
  const byEnglish = linksByEnglish(links);
  for (let j = 0; j < en.length; j++) {
    if (byEnglish.has(j) || !ENGLISH_GRAMMAR.has(en[j]!.lower)) continue;
    let k = j + 1;
    while (k < en.length && k <= j + WINDOW && ENGLISH_GRAMMAR.has(en[k]!.lower) && !byEnglish.has(k)) k++;
    if (k >= en.length || !byEnglish.has(k) || en[k]!.kind === 'punct') continue;
    // An article or preposition belongs to the head of its noun phrase, the last of a run of words
    // (the naked eye → eye); an auxiliary or "to" to the verb right after it.
    if (NOUN_INTRODUCERS.has(en[j]!.lower))
      while (k + 1 < en.length && k + 1 <= j + WINDOW + 1 && byEnglish.has(k + 1) && en[k + 1]!.kind === 'word') k++;
    for (const i of byEnglish.get(k)!) links.set(i * STRIDE + j, LEAN_CONFIDENCE);
  }
}
