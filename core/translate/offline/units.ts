// The lexical half of the Indonesian → English draft: each word, number or known expression of a
// paragraph becomes a unit with an English gloss and a word class; spaces and punctuation stay as
// glue between units. Word order is fixed afterwards (draftOrder.ts).
import {indonesianGlosses, lookupWord, type Lexicon} from '../../language/lexicon';
import {DRAFT_WORDS, PRONOUNS, type Tag} from './words';
import {ACRONYMS, DAYS, MONTHS, NAME_FIRST_IN_ENGLISH, PHRASES_ID_EN, PLACES, US_TITLES, type Place} from './phrases';
import {capitalize, isEnglishAdjective, pastParticiple, superlative} from './english';
import {englishNumber, isAllCaps, isCapitalized, tokenizeParagraph, type Token} from './tokens';

export interface Unit {
  /** Lowercase source, for the rules that look at Indonesian words. */
  id: string;
  en: string;
  tag: Tag;
  /** Indonesian word tokens the unit covers, and whether they were translated or kept as names. */
  words: number;
  status: 'translated' | 'kept' | 'untranslated';
  sentenceStart: boolean;
  /** The source starts with a capital letter. */
  capitalized: boolean;
  plural?: boolean;
  /** From -nya, -ku, -mu on a noun: "its", "my", "your". */
  possessor?: string;
  /** From -nya on a verb or preposition: "it". */
  object?: string;
  place?: Place;
  pronoun?: [string, string, string];
  calendar?: 'month' | 'day';
  value?: number;
}

export type Piece = {unit: Unit} | {glue: string};

const MAX_PHRASE_WORDS = 5;
const CLITICS: [string, Partial<Unit>][] = [
  ['nya', {possessor: 'its', object: 'it'}],
  ['ku', {possessor: 'my', object: 'me'}],
  ['mu', {possessor: 'your', object: 'you'}],
  ['lah', {}],
  ['kah', {}],
  ['pun', {}],
];
const NUMBER_WORDS: Record<string, number> = {
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  seratus: 100,
  seribu: 1000,
  ribu: 1000,
  juta: 1e6,
};

type Gloss = Pick<Unit, 'en' | 'tag'> & Partial<Unit>;

export function buildUnits(paragraph: string, lexicon: Lexicon, usContext: boolean): Piece[] {
  const tokens = splitCapitalCompounds(tokenizeParagraph(paragraph));
  const pieces: Piece[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'space' || token.kind === 'punct') pieces.push({glue: token.text});
    else if (token.kind === 'url') pieces.push({unit: unit(token, {en: token.text, tag: 'NAME'}, 0, 'kept')});
    else if (token.kind === 'number') {
      pieces.push({
        unit: unit(
          token,
          {en: englishNumber(token.text), tag: 'NUM', value: Number(token.text.replace(/\./g, '').replace(',', '.'))},
          0,
          'kept',
        ),
      });
    } else {
      const phrase = matchPhrase(tokens, i, lexicon, usContext);
      if (phrase) {
        pieces.push({unit: phrase.unit});
        i = phrase.end;
      } else {
        pieces.push({unit: wordUnit(tokens, i, lexicon)});
      }
    }
  }
  return mergePlaceCompounds(pieces);
}

// Rusia-Korea Utara: two places joined by a hyphen modify like one adjective (Russia-North Korea partnership).
function mergePlaceCompounds(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const a = out[out.length - 2];
    const dash = out[out.length - 1];
    if (
      'unit' in piece &&
      piece.unit.place &&
      a &&
      'unit' in a &&
      a.unit.place &&
      dash &&
      'glue' in dash &&
      dash.glue === '-'
    ) {
      const en = `${a.unit.place.en.replace(/^the /, '')}-${piece.unit.place.en.replace(/^the /, '')}`;
      out.splice(out.length - 2, 2, {
        unit: {
          ...a.unit,
          en,
          id: `${a.unit.id}-${piece.unit.id}`,
          words: a.unit.words + piece.unit.words,
          place: {en, adjective: en},
        },
      });
    } else out.push(piece);
  }
  return out;
}

function unit(token: Token, gloss: Gloss, words: number, status: Unit['status']): Unit {
  return {
    id: token.text.toLowerCase(),
    words,
    status,
    sentenceStart: token.sentenceStart ?? false,
    capitalized: isCapitalized(token.text),
    ...gloss,
  };
}

// "Rusia-Korea" is two names joined by a hyphen, not a reduplication.
function splitCapitalCompounds(tokens: Token[]): Token[] {
  return tokens.flatMap((t) => {
    if (t.kind !== 'word' || !t.text.includes('-')) return [t];
    const parts = t.text.split('-');
    if (!parts.every((p) => isCapitalized(p)) || parts[0].toLowerCase() === parts[1]?.toLowerCase()) return [t];
    return parts.flatMap((text, k): Token[] => [
      ...(k > 0 ? [{kind: 'punct' as const, text: '-'}] : []),
      {kind: 'word', text, sentenceStart: k === 0 ? t.sentenceStart : false},
    ]);
  });
}

function matchPhrase(
  tokens: Token[],
  start: number,
  lexicon: Lexicon,
  usContext: boolean,
): {unit: Unit; end: number} | null {
  const words = [tokens[start].text];
  const ends = [start];
  for (let j = start + 1; j + 1 < tokens.length && words.length < MAX_PHRASE_WORDS; j += 2) {
    if (tokens[j].kind !== 'space' || tokens[j].text !== ' ' || tokens[j + 1].kind !== 'word') break;
    words.push(tokens[j + 1].text);
    ends.push(j + 1);
  }
  const first = tokens[start];
  for (let n = words.length; n >= 2; n--) {
    const key = words.slice(0, n).join(' ').toLowerCase();
    const capitalized = isCapitalized(words[0]);
    const place = capitalized ? PLACES.get(key) : undefined;
    const nameFirst = NAME_FIRST_IN_ENGLISH[words[0].toLowerCase()];
    let gloss: Gloss | null = null;
    if (place) gloss = {en: place.en, tag: 'PLACE', place};
    else if (usContext && US_TITLES[key]) gloss = {en: US_TITLES[key], tag: 'TITLE'};
    else if (PHRASES_ID_EN.has(key)) gloss = {...PHRASES_ID_EN.get(key)!};
    else if (n === 2 && nameFirst && capitalized && isCapitalized(words[1]) && !PLACES.has(words[1].toLowerCase())) {
      gloss = {en: `${words[1]} ${nameFirst}`, tag: 'NAME'};
    } else if (n <= 3 && !capitalized && indonesianGlosses(lexicon, key).length > 0) {
      const en = indonesianGlosses(lexicon, key)[0];
      gloss = {en, tag: isEnglishAdjective(en) ? 'ADJ' : 'N'};
    }
    if (!gloss) continue;
    if (capitalized && !first.sentenceStart && gloss.tag !== 'PLACE') gloss.en = capitalize(gloss.en);
    return {unit: {...unit(first, gloss, n, 'translated'), id: key}, end: ends[n - 1]};
  }
  return null;
}

function wordUnit(tokens: Token[], i: number, lexicon: Lexicon): Unit {
  const token = tokens[i];
  const text = token.text;
  const lower = text.toLowerCase();
  const capitalized = isCapitalized(text);
  const ordinal = /^ke-?(\d+)$/.exec(lower);
  if (ordinal) return unit(token, {en: ordinalOf(Number(ordinal[1])), tag: 'ADJ'}, 1, 'translated');
  const acronym = ACRONYMS.get(text);
  if (acronym) return unit(token, {en: acronym.en, tag: 'PLACE', place: acronym}, 1, 'translated');
  if (capitalized) {
    const place = PLACES.get(lower);
    if (place) return unit(token, {en: place.en, tag: 'PLACE', place}, 1, 'translated');
    if (MONTHS[lower]) return unit(token, {en: MONTHS[lower], tag: 'N', calendar: 'month'}, 1, 'translated');
    if (DAYS[lower] && !(lower === 'minggu' && token.sentenceStart))
      return unit(token, {en: DAYS[lower], tag: 'N', calendar: 'day'}, 1, 'translated');
    if (isAllCaps(text) || isName(tokens, i, lexicon)) return unit(token, {en: text, tag: 'NAME'}, 1, 'kept');
  }
  const gloss = glossWord(lower, lexicon);
  if (!gloss) return unit(token, {en: text, tag: 'N'}, 1, 'untranslated');
  if (capitalized && !token.sentenceStart) gloss.en = capitalize(gloss.en);
  if (NUMBER_WORDS[lower]) gloss.value = NUMBER_WORDS[lower];
  return unit(
    token,
    gloss,
    1,
    gloss.en === '' && gloss.tag !== 'PART' && gloss.tag !== 'QUANT' ? 'untranslated' : 'translated',
  );
}

// A capital inside a sentence marks a name unless the word is known and stands apart from unknown
// capitalised words (Lloyd Austin, Bank Mandiri stay; "buka Pengaturan" is translated).
function isName(tokens: Token[], i: number, lexicon: Lexicon): boolean {
  // FreeDict lists some names with themselves as gloss (liu → Liu): that is no evidence of a common word.
  const known = (t: Token | undefined) => {
    if (t?.kind !== 'word') return false;
    const lower = t.text.toLowerCase();
    const gloss = glossWord(lower, lexicon);
    return gloss !== null && gloss.en.toLowerCase() !== lower;
  };
  if (tokens[i].sentenceStart) return glossWord(tokens[i].text.toLowerCase(), lexicon) === null;
  if (!known(tokens[i])) return true;
  const neighbour = (k: number) =>
    tokens[k]?.kind === 'space' && tokens[k].text === ' ' ? tokens[k + (k > i ? 1 : -1)] : undefined;
  return [neighbour(i - 1), neighbour(i + 1)].some(
    (t) => !!t && isCapitalized(t.text) && !t.sentenceStart && !known(t) && !PLACES.has(t.text.toLowerCase()),
  );
}

function ordinalOf(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

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
