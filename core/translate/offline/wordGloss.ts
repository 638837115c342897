// The draft gloss of one Indonesian word: the offline tables first (with clitics and reduplication
// taken off), else the lexicon's first gloss, its word class guessed from the affixes.
import {lookupWord, type Lexicon} from '../../language/lexicon';
import {isEnglishAdjective, pastParticiple, superlative} from './english';
import type {Tag} from './tagTable';
import type {Unit} from './units';
import {DRAFT_WORDS, PRONOUNS} from './words.data';

export type Gloss = Pick<Unit, 'en' | 'tag'> & Partial<Unit>;

const CLITICS: [string, Partial<Unit>][] = [
  ['nya', {possessor: 'its', object: 'it'}],
  ['ku', {possessor: 'my', object: 'me'}],
  ['mu', {possessor: 'your', object: 'you'}],
  ['lah', {}],
  ['kah', {}],
  ['pun', {}],
];
function direct(word: string): Gloss | null {
  const pronoun = PRONOUNS[word];
  if (pronoun && word !== 'nya') return {en: pronoun[0], tag: 'PRON', pronoun};
  const entry = DRAFT_WORDS.get(word);
  return entry ? {...entry} : null;
}

const VERBAL = new Set(['meN-', 'di-', 'ber-', 'ter-', '-kan', '-i', 'per-', 'memper-']);
const NOMINAL = new Set(['peN-…-an', 'ke-…-an', 'per-…-an', '-an', 'peN-']);
const CLITIC_AFFIXES = new Set(['-nya', '-ku', '-mu', '-lah', '-kah', '-pun', 'REDUP']);

const glossMemo = new WeakMap<Lexicon, Map<string, Gloss | null>>();

/** The draft gloss of one lowercase Indonesian word, or null when nothing is known about it. */
export function glossWord(word: string, lexicon: Lexicon): Gloss | null {
  let memo = glossMemo.get(lexicon);
  if (!memo) {
    memo = new Map();
    glossMemo.set(lexicon, memo);
  }
  if (!memo.has(word)) memo.set(word, computeGloss(word, lexicon));
  const gloss = memo.get(word);
  return gloss ? {...gloss} : null; // callers adjust their copy (capitals, numbers)
}

function computeGloss(word: string, lexicon: Lexicon): Gloss | null {
  const own = direct(word);
  if (own) return own;
  for (const [clitic, extra] of CLITICS) {
    const stem =
      word.endsWith(clitic) && word.length - clitic.length >= 2 ? direct(word.slice(0, -clitic.length)) : null;
    if (stem) return {...stem, ...(stem.tag === 'N' ? {possessor: extra.possessor} : {object: extra.object})};
  }
  const redup = /^(.+)-\1$/.exec(word);
  const redupStem = redup ? direct(redup[1]) : null;
  if (redupStem) return {...redupStem, plural: redupStem.tag === 'N'};

  const found = lookupWord(lexicon, word, 'id');
  if (found.glosses.length === 0 || !found.root) return null;
  const affixes = found.affixes;
  const rootEntry = DRAFT_WORDS.get(found.root);
  const onlyClitics = affixes.every((a) => CLITIC_AFFIXES.has(a));
  const verbal = affixes.some((a) => VERBAL.has(a));
  let en = found.glosses[0];
  let tag: Tag;
  if (rootEntry && (onlyClitics || (rootEntry.tag === 'V' && verbal))) {
    en = rootEntry.en;
    tag = rootEntry.tag;
  } else if (affixes.some((a) => NOMINAL.has(a))) tag = 'N';
  else if (verbal) tag = isEnglishAdjective(en) ? 'ADJ' : 'V';
  else tag = isEnglishAdjective(en) ? 'ADJ' : 'N';
  const gloss: Gloss = {en, tag};
  if (affixes.includes('di-') && tag === 'V') gloss.en = pastParticiple(en);
  if (
    affixes.includes('ter-') &&
    tag === 'ADJ' &&
    affixes.length === 1 &&
    !word.startsWith(`ter${found.root.slice(0, 1)}a`)
  )
    gloss.en = superlative(en);
  else if (affixes.includes('ter-') && tag === 'V') gloss.en = pastParticiple(en);
  if (affixes.includes('REDUP') && tag === 'N') gloss.plural = true;
  const clitic = affixes.find((a) => a === '-nya' || a === '-ku' || a === '-mu');
  if (clitic) {
    const extra = CLITICS.find(([c]) => `-${c}` === clitic)![1];
    if (tag === 'N') gloss.possessor = extra.possessor;
    else gloss.object = extra.object;
  }
  return gloss;
}
