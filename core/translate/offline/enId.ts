// The English → Indonesian draft: word by word from the lexicon, with English noun phrases turned
// head-first (the North Korean troops → tentara Korea Utara, these activities → kegiatan-kegiatan ini).
import {lookupWord, type Lexicon} from '../../language/lexicon';
import {PHRASES_ID_EN, PLACES} from './phrases';
import {capitalize, isEnglishAdjective} from './english';
import {indonesianNumber, tokenizeParagraph, isCapitalized, type Token} from './tokens';

type Role = 'det' | 'poss' | 'adj' | 'noun' | 'verb' | 'name' | 'other';
interface Word {
  id: string;
  role: Role;
  plural?: boolean;
}

// Closed-class English words; "" drops the word (articles, do-support).
const FUNCTION: Record<string, [string, Role]> = {
  the: ['', 'det'],
  a: ['', 'det'],
  an: ['', 'det'],
  this: ['ini', 'det'],
  these: ['ini', 'det'],
  that: ['itu', 'det'],
  those: ['itu', 'det'],
  my: ['saya', 'poss'],
  your: ['Anda', 'poss'],
  his: ['dia', 'poss'],
  her: ['dia', 'poss'],
  its: ['nya', 'poss'],
  our: ['kami', 'poss'],
  their: ['mereka', 'poss'],
  i: ['saya', 'other'],
  me: ['saya', 'other'],
  you: ['Anda', 'other'],
  he: ['dia', 'other'],
  him: ['dia', 'other'],
  she: ['dia', 'other'],
  it: ['itu', 'other'],
  we: ['kami', 'other'],
  us: ['kami', 'other'],
  they: ['mereka', 'other'],
  them: ['mereka', 'other'],
  is: ['adalah', 'other'],
  are: ['adalah', 'other'],
  was: ['adalah', 'other'],
  were: ['adalah', 'other'],
  be: ['', 'other'],
  been: ['', 'other'],
  am: ['', 'other'],
  do: ['', 'other'],
  does: ['', 'other'],
  did: ['', 'other'],
  has: ['telah', 'other'],
  have: ['telah', 'other'],
  had: ['telah', 'other'],
  will: ['akan', 'other'],
  would: ['akan', 'other'],
  can: ['dapat', 'other'],
  could: ['dapat', 'other'],
  must: ['harus', 'other'],
  should: ['sebaiknya', 'other'],
  may: ['mungkin', 'other'],
  might: ['mungkin', 'other'],
  not: ['tidak', 'other'],
  no: ['tidak ada', 'other'],
  of: ['', 'other'],
  to: ['ke', 'other'],
  in: ['di', 'other'],
  on: ['pada', 'other'],
  at: ['di', 'other'],
  for: ['untuk', 'other'],
  with: ['dengan', 'other'],
  by: ['oleh', 'other'],
  from: ['dari', 'other'],
  about: ['tentang', 'other'],
  into: ['ke dalam', 'other'],
  between: ['antara', 'other'],
  against: ['melawan', 'other'],
  and: ['dan', 'other'],
  or: ['atau', 'other'],
  but: ['tetapi', 'other'],
  because: ['karena', 'other'],
  if: ['jika', 'other'],
  when: ['ketika', 'other'],
  while: ['sementara', 'other'],
  after: ['setelah', 'other'],
  before: ['sebelum', 'other'],
  which: ['yang', 'other'],
  who: ['yang', 'other'],
  very: ['sangat', 'other'],
  more: ['lebih', 'other'],
  most: ['paling', 'other'],
  also: ['juga', 'other'],
  only: ['hanya', 'other'],
  all: ['semua', 'other'],
  some: ['beberapa', 'other'],
  many: ['banyak', 'other'],
  there: ['ada', 'other'],
  so: ['jadi', 'other'],
};
const AFTER_TO_IS_VERB = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'must',
  'should',
  'may',
  'might',
  'not',
  'i',
  'we',
  'they',
  'you',
]);

let enPhrases: Map<string, string> | undefined;
// English → Indonesian for the expressions and places the Indonesian → English draft knows.
function phraseTable(): Map<string, string> {
  if (enPhrases) return enPhrases;
  enPhrases = new Map();
  for (const [id, {en}] of PHRASES_ID_EN) if (!enPhrases.has(en.toLowerCase())) enPhrases.set(en.toLowerCase(), id);
  for (const [id, place] of PLACES) {
    const name = id.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    for (const en of [place.en.replace(/^the /, ''), place.adjective])
      if (en !== '*' && !enPhrases.has(en.toLowerCase())) enPhrases.set(en.toLowerCase(), name);
  }
  return enPhrases;
}

export function draftEnglishToIndonesian(paragraph: string, lexicon: Lexicon): string {
  const tokens = tokenizeParagraph(paragraph);
  const out: string[] = [];
  let run: Word[] = [];
  const flush = () => {
    if (run.length > 0) out.push(renderRun(run));
    run = [];
  };
  let previousWord = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') {
      if (t.kind === 'space' && run.length > 0 && tokens[i + 1]?.kind === 'word') continue;
      flush();
      out.push(t.kind === 'number' ? indonesianNumber(t.text) : t.text);
      continue;
    }
    const phrase = matchEnglishPhrase(tokens, i);
    if (phrase) {
      const tag = PHRASES_ID_EN.get(phrase.id)?.tag;
      run.push({id: phrase.id, role: PLACES.has(phrase.id.toLowerCase()) ? 'adj' : tag === 'N' ? 'noun' : 'other'});
      i = phrase.end;
      previousWord = tokens[i].text.toLowerCase();
      continue;
    }
    const word = translateWord(t, previousWord, lexicon);
    // "to" before a verb marks purpose (untuk), elsewhere direction (ke).
    if (word.id === 'ke' && tokens[i + 2]?.kind === 'word' && looksVerbal(tokens[i + 2].text.toLowerCase(), lexicon))
      word.id = 'untuk';
    run.push(word);
    previousWord = t.text.toLowerCase();
  }
  flush();
  const text = out
    .join('')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ ([,.;:!?])/g, '$1')
    .replace(/\btelah tidak\b/g, 'belum')
    .trim();
  return /^\p{Lu}/u.test(paragraph.trim()) ? capitalize(text) : text;
}

function matchEnglishPhrase(tokens: Token[], start: number): {id: string; end: number} | null {
  const table = phraseTable();
  const words = [tokens[start].text];
  const ends = [start];
  for (let j = start + 1; j + 1 < tokens.length && words.length < 4; j += 2) {
    if (tokens[j].kind !== 'space' || tokens[j + 1].kind !== 'word') break;
    words.push(tokens[j + 1].text);
    ends.push(j + 1);
  }
  for (let n = words.length; n >= 2; n--) {
    const id = table.get(words.slice(0, n).join(' ').toLowerCase());
    if (id) return {id, end: ends[n - 1]};
  }
  return null;
}

function translateWord(token: Token, previous: string, lexicon: Lexicon): Word {
  const text = token.text;
  const lower = text.toLowerCase();
  if (/^\p{Lu}{2,}$/u.test(text)) return {id: ACRONYMS_EN[text] ?? text, role: 'adj'};
  const fn = FUNCTION[lower];
  if (fn) return {id: fn[0], role: fn[1]};
  const place = phraseTable().get(lower);
  if (place && isCapitalized(text)) return {id: place, role: 'adj'};
  const verbal = AFTER_TO_IS_VERB.has(previous) || /(ed|ing)$/.test(lower);
  const found = lookupEnglish(lexicon, lower);
  if (!found) return {id: text, role: isCapitalized(text) ? 'name' : 'noun'};
  // A capital inside a sentence is a name unless the word is known (a UI label such as Settings).
  const label = isCapitalized(text) && !token.sentenceStart;
  const verbForm = verbal ? found.glosses.find((g) => /^(me|ber)/.test(g)) : undefined;
  let id = verbForm ?? found.glosses[0];
  if (found.plural && !verbal && !id.includes(' ')) id = `${id}-${id}`;
  if (label) id = capitalize(id);
  return {
    id,
    role: verbal ? 'verb' : isEnglishAdjective(found.lemma) && !found.plural ? 'adj' : 'noun',
    plural: found.plural,
  };
}

const ACRONYMS_EN: Record<string, string> = {US: 'AS', USA: 'AS', UN: 'PBB', EU: 'UE', UK: 'Inggris'};

function looksVerbal(word: string, lexicon: Lexicon): boolean {
  return !FUNCTION[word] && (lookupEnglish(lexicon, word)?.glosses.some((g) => /^(me|ber)/.test(g)) ?? false);
}

function lookupEnglish(lexicon: Lexicon, word: string): {glosses: string[]; lemma: string; plural: boolean} | null {
  const stem = word.slice(0, -3);
  const candidates = /ing$/.test(word) ? [`${stem}e`, stem, stem.replace(/(.)\1$/, '$1')] : [];
  const exact = lookupWord(lexicon, word, 'en');
  // Only an exact entry beats the -ing stems: the lemmatizer reads "using" as "us" + -ing.
  if (exact.glosses.length > 0 && exact.root && (candidates.length === 0 || exact.root === word)) {
    return {glosses: exact.glosses, lemma: exact.root, plural: exact.affixes.includes('-s')};
  }
  for (const candidate of candidates) {
    const found = lookupWord(lexicon, candidate, 'en');
    if (found.glosses.length > 0 && found.root === candidate)
      return {glosses: found.glosses, lemma: candidate, plural: false};
  }
  return null;
}

// English puts determiners, possessors and modifiers before the noun; Indonesian after it, in mirror order.
function renderRun(run: Word[]): string {
  const out: string[] = [];
  for (let i = 0; i < run.length; i++) {
    let j = i;
    const det: Word[] = [];
    while (j < run.length && (run[j].role === 'det' || run[j].role === 'poss')) det.push(run[j++]);
    const modifiers: Word[] = [];
    // A noun modifies the next one (press conference) unless it is plural (activities help).
    while (
      j < run.length &&
      (run[j].role === 'adj' || (run[j].role === 'noun' && !run[j].plural && run[j + 1]?.role === 'noun'))
    )
      modifiers.push(run[j++]);
    if (j < run.length && run[j].role === 'noun' && (det.length > 0 || modifiers.length > 0)) {
      const possessive = det.filter((d) => d.role === 'poss').map((d) => d.id);
      const head = possessive.includes('nya') ? `${run[j].id}nya` : run[j].id;
      out.push(
        head,
        ...modifiers.reverse().map((m) => m.id),
        ...possessive.filter((p) => p !== 'nya'),
        ...det.filter((d) => d.role === 'det').map((d) => d.id),
      );
      i = j;
    } else if (run[i].id === 'adalah' && !['det', 'poss', 'noun', 'name'].includes(run[i + 1]?.role ?? '')) {
    } else {
      out.push(run[i].id);
    }
  }
  return out.filter(Boolean).join(' ');
}
