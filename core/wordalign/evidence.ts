// What one token says about the other side: lemmas, dictionary words, cognate keys, numbers. Computed
// once per distinct token and kept, since a text repeats its words and look-ups are the costly part.
import {cognateKey, indonesianStems, stemEnglish} from '../align/words';
import {englishLemmas} from '../language/englishLemmas';
import {englishTranslations, indonesianGlosses, type Lexicon, lookupWord} from '../language/lexicon';
import {hyphenClitic, normalizeWord} from '../language/morphology';
import {numberWordKey} from './numbers';
import {type ExtraDictionaries, glossPhrases, wordGlosses} from './glosses';
import {compoundParts, derivationBases, irregularBase, spellingKey} from './english';
import {AFFIX_WORDS, ENGLISH_GRAMMAR, ENGLISH_PRONOUNS, FUNCTION_WORDS} from './functionWords';

const PRONOUN_CLITICS = new Set(['nya', 'ku', 'mu']);
const TRANSITIVE = new Set(['meN-', '-kan', '-i', 'memper-']);
const OBJECT_NYA = ['it', 'him', 'them', 'her'];

export interface IdToken {
  lower: string;
  kind: TokenKind;
  number: string | null;
  root: string | null;
  affixes: readonly string[];
  /** English lemmas the dictionary gives, with a weight (first glosses weigh most) */
  gloss: ReadonlyMap<string, number>;
  /** English grammatical words this token or its affixes may stand for */
  grammar: ReadonlySet<string>;
  /** English words the token's affixes may stand for, most likely first */
  affixWords: readonly string[];
  /** glosses of two words or more, as lowercase words (sengaja → make a point of) */
  phrases: readonly (readonly string[])[];
  cognate: string | null;
}

export interface EnToken {
  lower: string;
  kind: TokenKind;
  number: string | null;
  /** lemma candidates of every part (I've → i, have; don't → do, not) */
  lemmas: readonly string[];
  /** Indonesian words and roots the dictionary gives for it */
  idWords: ReadonlySet<string>;
  /** the English lemma the corpus model is keyed by */
  modelKey: string;
  /** an article, preposition or auxiliary: the dictionary's inverse is too loose for it */
  grammar: boolean;
  cognate: string | null;
}

export type TokenKind = 'word' | 'number' | 'punct';

const QUOTES: Record<string, string> = {'“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'"};
const DASHES = /^[–—‐-]$/;

function kindOf(token: string): TokenKind {
  if (/^\p{Nd}/u.test(token)) return 'number';
  return /[\p{L}\p{N}_]/u.test(token) ? 'word' : 'punct';
}

/** 2,3 and 2.3, 190.000 and 190,000, 05.30 and 5:30 share a key: the digit groups without leading zeros. */
export function numberKey(token: string): string | null {
  if (!/^\p{Nd}+(?:[.,:]\p{Nd}+)*$/u.test(token)) return null;
  return token
    .split(/[.,:]/)
    .map((g) => g.replace(/^0+(?=\d)/, ''))
    .join('|');
}

export function punctuationKey(token: string): string {
  if (DASHES.test(token)) return '-';
  return QUOTES[token] ?? token;
}

const CONTRACTIONS: Record<string, string[]> = {
  "n't": ['not'],
  "'ve": ['have'],
  "'ll": ['will'],
  "'re": ['be'],
  "'m": ['be'],
  "'d": ['would', 'have'],
};

function englishParts(lower: string): string[] {
  const w = lower.replace(/’/g, "'");
  if (w === "can't") return ['can', 'not'];
  if (w === "won't") return ['will', 'not'];
  if (w === "let's") return ['let', 'us'];
  // never = not + ever: tidak/belum pernah.
  if (w === 'never') return ['never', 'not', 'ever'];
  for (const [end, extra] of Object.entries(CONTRACTIONS))
    if (w.endsWith(end) && w.length > end.length) return [w.slice(0, -end.length), ...extra];
  if (w.endsWith("'s")) return [w.slice(0, -2)];
  return [w];
}

// The Indonesian words the dictionary gives for an English word, with their likely roots. Cheaper than
// the lexicon's indonesianWordsFor, which analyses every translation: a text's first alignment pays
// for each distinct English word once, and the stems' over-generation rarely meets a real token.
function reverseWords(lexicon: Lexicon, word: string): Set<string> {
  const out = new Set<string>();
  for (const {lemma} of englishLemmas(word)) {
    const translations = englishTranslations(lexicon, lemma);
    if (translations.length === 0) continue;
    for (const translation of translations.slice(0, 8))
      for (const token of translation.split(/\s+/)) {
        if (!/^[\p{L}-]+$/u.test(token)) continue;
        out.add(token);
        // A pronoun's or grammar word's translations are not derived words: their "stems" are other
        // words (you → kalian → kali: time).
        if (!ENGLISH_GRAMMAR.has(word) && !ENGLISH_PRONOUNS.has(word))
          for (const stem of indonesianStems(token)) out.add(stem);
      }
    break;
  }
  return out;
}

/**
 * Every English form whose dictionary translations the evidence of an English token reads (its parts'
 * lemma candidates, and those of their derivation bases): a term glossed by none of them leaves the
 * token's evidence as it was. Keep in step with enToken's look-ups below.
 */
export function reverseLookupForms(token: string): Set<string> {
  const out = new Set<string>();
  for (const part of englishParts(token.toLowerCase())) {
    for (const {lemma} of englishLemmas(part)) out.add(lemma);
    for (const base of derivationBases(stemEnglish(part))) for (const {lemma} of englishLemmas(base)) out.add(lemma);
  }
  return out;
}

export interface EvidenceTables {
  id(token: string): IdToken;
  en(token: string): EnToken;
}

export function createEvidence(lexicon: Lexicon, extras: ExtraDictionaries = {}): EvidenceTables {
  const ids = new Map<string, IdToken>();
  const ens = new Map<string, EnToken>();
  const idToken = (token: string): IdToken => {
    const kind = kindOf(token);
    const lower = kind === 'punct' ? punctuationKey(token) : token.toLowerCase();
    if (kind !== 'word')
      return {
        lower,
        kind,
        number: numberKey(token),
        root: null,
        affixes: [],
        gloss: new Map(),
        grammar: new Set(),
        affixWords: [],
        phrases: [],
        cognate: null,
      };
    let found = lookupWord(lexicon, lower, 'id');
    // A loanword the lexicon lacks, with a pronoun clitic after a hyphen (cache-nya: its cache), is the
    // loanword itself to the English side, and its clitic a pronoun.
    const split = found.root === null ? hyphenClitic(lower) : null;
    const loan = split && split.base.length >= 2 && PRONOUN_CLITICS.has(split.clitic) ? split.base : null;
    if (loan) found = {...found, root: loan, affixes: [`-${split!.clitic}`]};
    const gloss = wordGlosses(lexicon, lower, found, extras);
    const grammar = new Set<string>(FUNCTION_WORDS[lower] ?? (found.root ? (FUNCTION_WORDS[found.root] ?? []) : []));
    // A word the dictionary lists itself (setelah: after, saatnya: it's time) has a meaning of its own:
    // its se- is no article and its -nya no possessive.
    // (A classifier's own gloss says when its se- is the article: sepucuk: a (letter).)
    const ownMeaning =
      indonesianGlosses(lexicon, lower).length > 0 && !found.glosses.some((g) => /^(a|an|one)\b/.test(g));
    // On a transitive verb (mengajarkannya, membelinya) -nya is first the object: teach it, bought them.
    const verbObject = found.affixes.includes('-nya') && found.affixes.some((a) => TRANSITIVE.has(a));
    const rendered = found.affixes.flatMap((affix) => AFFIX_WORDS[affix] ?? []);
    const affixWords = ownMeaning ? [] : [...new Set([...(verbObject ? OBJECT_NYA : []), ...rendered])];
    // "Seorang warga" is "an Australian national": the se- of a classifier is the article itself,
    // chosen among the sentence's articles by position like any other word.
    if (/^se(buah|orang|ekor|pucuk|batang|lembar|helai|biji|kali|tahun|hari)$/.test(lower))
      for (const w of AFFIX_WORDS['se-']!) grammar.add(w);
    return {
      lower,
      kind,
      number: numberWordKey(lower, 'id'),
      root: found.root,
      affixes: found.affixes,
      gloss,
      grammar,
      affixWords,
      phrases: glossPhrases(found.glosses),
      // The loanword before a hyphenated clitic keeps its English spelling (cache-nya).
      cognate: loan ? cognateKey(loan, 'en') : cognateKey(normalizeWord(found.root ?? lower), 'id'),
    };
  };
  // A content word the dictionary translates (lookups are memoised per lexicon).
  const knownEnglish = (w: string) => !ENGLISH_GRAMMAR.has(w) && lookupWord(lexicon, w, 'en').glosses.length > 0;
  const enToken = (token: string): EnToken => {
    const kind = kindOf(token);
    const lower = kind === 'punct' ? punctuationKey(token) : token.toLowerCase();
    if (kind !== 'word')
      return {
        lower,
        kind,
        number: numberKey(token),
        lemmas: [],
        idWords: new Set(),
        modelKey: lower,
        grammar: false,
        cognate: null,
      };
    const parts = englishParts(lower);
    const lemmas = new Set<string>();
    // A hyphenated or closed compound (bone-dry, worn-out, streetlamp) also means what its content words mean.
    // (A capitalised word is a name far more often than a compound: Washington is not washing + ton.)
    const closed = token[0] === lower[0] ? compoundParts(lower, knownEnglish) : null;
    const pieces = lower.includes('-') ? lower.split('-') : (closed ?? []);
    for (const piece of pieces)
      if (piece.length > 2 && !ENGLISH_GRAMMAR.has(piece)) {
        lemmas.add(stemEnglish(piece));
        for (const {lemma} of englishLemmas(piece)) lemmas.add(lemma);
      }
    for (const part of parts) {
      for (const {lemma} of englishLemmas(part)) lemmas.add(lemma);
      lemmas.add(stemEnglish(part));
      for (const base of derivationBases(part)) lemmas.add(base);
      const past = irregularBase(part);
      if (past) lemmas.add(past);
      // researchers → researcher → research: derivation applies to the inflected word's lemma too.
      for (const lemma of [...lemmas]) for (const base of derivationBases(lemma)) lemmas.add(base);
      for (const lemma of [...lemmas]) lemmas.add(spellingKey(lemma));
    }
    const idWords = new Set<string>();
    for (const part of parts) for (const w of reverseWords(lexicon, part)) idWords.add(w);
    // A derived word the dictionary lacks (researchers, vaccination) borrows its base's translations.
    if (idWords.size === 0)
      for (const part of parts)
        for (const base of derivationBases(stemEnglish(part)))
          for (const w of reverseWords(lexicon, base)) idWords.add(w);
    return {
      lower,
      kind,
      number: numberWordKey(lower, 'en'),
      lemmas: [...lemmas],
      idWords,
      modelKey: stemEnglish(parts[0]!),
      grammar: ENGLISH_GRAMMAR.has(lower),
      cognate: cognateKey(parts[0]!, 'en'),
    };
  };
  return {
    id(token) {
      let t = ids.get(token);
      if (!t) {
        t = idToken(token);
        ids.set(token, t);
      }
      return t;
    },
    en(token) {
      let t = ens.get(token);
      if (!t) {
        t = enToken(token);
        ens.set(token, t);
      }
      return t;
    },
  };
}
