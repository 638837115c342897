// The Indonesian–English dictionary: FreeDict data (content/lexicon/freedict-eng-ind.json, built by
// scripts/cli/build-lexicon.ts) merged with Selaras's own glosses (content/lexicon/selaras-id-en.tsv).
// Pure: server/texts/lexiconFiles.ts reads the files and hands the data to createLexicon.
import type {Lang} from '../vocabulary';
import {englishLemmas} from './englishLemmas';
import {analyzeWord, normalizeWord, type Affix} from './morphology';

export interface Lexicon {
  readonly edition: string;
  /** FreeDict data as shipped: English → Indonesian and its inversion, keys lowercase. */
  readonly freedict: FreedictData;
  /** Hand-written glosses (Indonesian → English) and their inversion; they take precedence. */
  readonly selaras: {
    readonly idEn: ReadonlyMap<string, readonly string[]>;
    readonly enId: ReadonlyMap<string, readonly string[]>;
  };
  /** Words never split into affixes although they look derived (mereka, masalah, selatan). */
  readonly whole: ReadonlySet<string>;
  /** Two-word entries written as one word, as they are when affixed: tanggungjawab → tanggung jawab. */
  readonly compounds: ReadonlyMap<string, string>;
}

export interface LookupResult {
  word: string;
  root: string | null;
  affixes: Affix[];
  glosses: string[];
}

export interface FreedictData {
  readonly edition: string;
  readonly enId: Readonly<Record<string, readonly string[]>>;
  readonly idEn: Readonly<Record<string, readonly string[]>>;
}

const MAX_GLOSSES = 8;

function addAll(map: Map<string, string[]>, key: string, values: readonly string[]) {
  const list = map.get(key);
  if (!list) map.set(key, [...values]);
  else for (const v of values) if (!list.includes(v)) list.push(v);
}

// "to use" → "use", "(formal) you" → "you": the form an English reader would look up.
function englishHeadword(gloss: string): string {
  return gloss
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*(to|a|an|the|be)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Builds a lexicon from FreeDict data and the hand-written TSV (`word<TAB>gloss; gloss[<TAB>flags]`, flags whole and abbr). */
export function createLexicon(freedict: FreedictData, selarasTsv: string): Lexicon {
  const idEn = new Map<string, string[]>();
  const whole = new Set<string>();
  const inverted: {en: string; id: string; rank: number}[] = [];
  for (const line of selarasTsv.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [word, glosses, flags] = line.split('\t').map((s) => s.trim());
    if (!word || !glosses) throw new Error(`selaras-id-en.tsv: malformed line "${line}"`);
    const id = word.toLowerCase();
    const list = glosses
      .split(';')
      .map((g) => g.trim())
      .filter(Boolean);
    // A later line adds senses after the word's earlier ones, in the reverse index too.
    const earlier = idEn.get(id)?.length ?? 0;
    addAll(idEn, id, list);
    const flagged = flags?.split(',') ?? [];
    if (flagged.includes('whole')) whole.add(id);
    // An abbreviation (dpr, sma) is never the first Indonesian word offered for an English one.
    const after = flagged.includes('abbr') ? 20 : 0;
    list.forEach((g, position) => {
      const en = englishHeadword(g);
      // A word's first gloss is its main sense; a qualified one (“go (eastern Indonesian)”) comes last.
      if (en && en.split(' ').length <= 3)
        inverted.push({en, id, rank: after + earlier + position + (g.includes('(') ? 10 : 0)});
    });
  }
  const enId = new Map<string, string[]>();
  for (const {en, id} of inverted.sort((a, b) => a.rank - b.rank)) addAll(enId, en, [id]);
  const compounds = new Map<string, string>();
  for (const key of [...idEn.keys(), ...Object.keys(freedict.idEn)]) {
    const joined = key.replace(' ', '');
    if (
      /^[a-z]+ [a-z]+$/.test(key) &&
      !compounds.has(joined) &&
      !idEn.has(joined) &&
      !Object.hasOwn(freedict.idEn, joined)
    )
      compounds.set(joined, key);
  }
  // The edition names both sources, so that word links stored under an older hand-written TSV are
  // recomputed (server/wordalign/loadAligner.ts keys them by it).
  const edition = `${freedict.edition}+selaras-${digestOf(selarasTsv)}`;
  return {edition, freedict, selaras: {idEn, enId}, whole, compounds};
}

/** FNV-1a over the text's UTF-16 code units, as 8 hex digits: a change detector, not a secure hash. */
function digestOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

// The FreeDict records are used as parsed (copying 20k entries into Maps would double start-up time).
function merged(
  own: ReadonlyMap<string, readonly string[]>,
  shipped: Readonly<Record<string, readonly string[]>>,
  key: string,
): readonly string[] {
  const mine = own.get(key);
  const theirs = Object.hasOwn(shipped, key) ? shipped[key]! : undefined;
  if (!theirs) return mine ?? [];
  if (!mine) return theirs;
  return [...mine, ...theirs.filter((t) => !mine.includes(t))];
}

/** English glosses of one exact Indonesian word or phrase (lowercase): hand-written ones replace FreeDict's; [] if unknown. */
export function indonesianGlosses(lexicon: Lexicon, idForm: string): readonly string[] {
  return (
    lexicon.selaras.idEn.get(idForm) ??
    (Object.hasOwn(lexicon.freedict.idEn, idForm) ? lexicon.freedict.idEn[idForm]! : [])
  );
}

/** Indonesian translations of one exact English word or phrase (lowercase); [] if unknown. */
export function englishTranslations(lexicon: Lexicon, enForm: string): readonly string[] {
  return merged(lexicon.selaras.enId, lexicon.freedict.enId, enForm);
}

// Per-lexicon memo tables: lookups repeat constantly while aligning and reading.
const memos = new WeakMap<Lexicon, Map<string, unknown>>();
function memo<T>(lexicon: Lexicon, key: string, compute: () => T): T {
  let table = memos.get(lexicon);
  if (!table) {
    table = new Map();
    memos.set(lexicon, table);
  }
  if (table.has(key)) return table.get(key) as T;
  const value = compute();
  table.set(key, value);
  return value;
}

// Affixes after which the root's English gloss still fits the word (memanggil, dipanggil: call).
const MEANING_KEEPING = new Set([
  'meN-',
  'di-',
  'ber-',
  '-kan',
  '-i',
  '-nya',
  '-lah',
  '-kah',
  '-pun',
  '-tah',
  '-ku',
  '-mu',
  'ku-',
  'kau-',
  'REDUP',
]);

function lookupIndonesian(lexicon: Lexicon, w: string): LookupResult {
  // mempertanggungjawabkan has the root tanggungjawab, which the dictionary spells "tanggung jawab".
  const entry = (r: string) => lexicon.compounds.get(r) ?? r;
  const known = (r: string) => lexicon.selaras.idEn.has(entry(r)) || Object.hasOwn(lexicon.freedict.idEn, entry(r));
  const analyses = analyzeWord(w, known, {
    isWhole: (r) => lexicon.whole.has(r),
    isCommon: (r) => lexicon.selaras.idEn.has(entry(r)),
  });
  const best = analyses[0];
  if (!best || !known(best.root)) return {word: w, root: null, affixes: [], glosses: []};
  // The most specific known form speaks first: the word itself, then partly stripped forms
  // (pengaruhnya → pengaruh), then the root.
  const chain = analyses
    .filter((a) => known(a.root) && a.affixes.every((x) => best.affixes.includes(x)))
    .sort((a, b) => a.affixes.length - b.affixes.length);
  const specific = chain.find((a) => indonesianGlosses(lexicon, entry(a.root)).length > 0);
  const curated = chain.find((a) => lexicon.selaras.idEn.has(entry(a.root)));
  // FreeDict's glosses of an inflected verb are often stray (memanggil → telephone) while the
  // hand-written gloss of its root is right, so that one leads when the affixes between keep the meaning.
  const rootLeads =
    !!specific && !!curated && curated.affixes.every((a) => specific.affixes.includes(a) || MEANING_KEEPING.has(a));
  const sources = rootLeads ? [curated!, specific!] : specific ? [specific] : [];
  const glosses: string[] = [];
  for (const form of sources) {
    // ketidakpastian glossed from pasti: the negation has to be said (not certain).
    const negate = form.affixes.includes('tidak-');
    for (const g of indonesianGlosses(lexicon, entry(form.root))) {
      const gloss = negate ? `not ${g}` : g;
      if (!glosses.includes(gloss)) glosses.push(gloss);
    }
  }
  return {word: w, root: entry(best.root), affixes: best.affixes, glosses: glosses.slice(0, MAX_GLOSSES)};
}

function lookupEnglish(lexicon: Lexicon, w: string): LookupResult {
  for (const {lemma, suffix} of englishLemmas(w)) {
    const ids = englishTranslations(lexicon, lemma);
    if (ids.length > 0)
      return {word: w, root: lemma, affixes: suffix ? [suffix] : [], glosses: ids.slice(0, MAX_GLOSSES)};
  }
  return {word: w, root: null, affixes: [], glosses: []};
}

export function lookupWord(lexicon: Lexicon, word: string, from: Lang): LookupResult {
  const w = normalizeWord(word);
  if (!w || /^[\d.,:/-]+$/.test(w)) return {word: w, root: null, affixes: [], glosses: []};
  const result = memo(lexicon, `${from}:${w}`, () =>
    from === 'id' ? lookupIndonesian(lexicon, w) : lookupEnglish(lexicon, w),
  );
  return {...result, affixes: [...result.affixes], glosses: [...result.glosses]};
}

const ENGLISH_STOPWORDS = new Set(
  'a an the to of in on at by for from with and or but not no be is are was were been being do does did have has had it its this that these those which who whom whose what as so if than then there their they them he she him her his we us our you your i me my one something someone somebody thing very more most some any about into up out'.split(
    ' ',
  ),
);

/** Lowercase single English content words for an Indonesian token (dictionary evidence for alignment). */
export function englishWordsFor(lexicon: Lexicon, idWord: string): string[] {
  const w = normalizeWord(idWord);
  return memo(lexicon, `ew:${w}`, () => {
    const words = new Set<string>();
    for (const gloss of lookupWord(lexicon, w, 'id').glosses) {
      for (const token of gloss.toLowerCase().match(/[a-z]+/g) ?? [])
        if (!ENGLISH_STOPWORDS.has(token)) words.add(token);
    }
    return [...words];
  }).slice();
}

/** Single Indonesian words (as written in the dictionary, plus their roots) for an English word. */
export function indonesianWordsFor(lexicon: Lexicon, enWord: string): string[] {
  const w = normalizeWord(enWord);
  return memo(lexicon, `iw:${w}`, () => {
    const words = new Set<string>();
    for (const translation of lookupWord(lexicon, w, 'en').glosses) {
      for (const token of translation.split(/\s+/)) {
        if (!/^[\p{L}-]+$/u.test(token)) continue;
        words.add(token);
        const root = lookupWord(lexicon, token, 'id').root;
        if (root) words.add(root);
      }
    }
    return [...words];
  }).slice();
}

// Hyphenated and apostrophised words stay whole, and so do web addresses (GenPI.co).
const WORD = /[\p{L}\p{N}]+(?:['’‐-][\p{L}\p{N}]+)*(?:\.[a-z]{2,3}(?![\p{L}\p{N}]))*/gu;

/** Word tokens with their UTF-16 offsets; hyphenated forms (anak-anak) stay one token. */
export function tokenizeWords(text: string): {word: string; start: number; end: number}[] {
  const out: {word: string; start: number; end: number}[] = [];
  for (const m of text.matchAll(WORD)) {
    if (/\p{L}/u.test(m[0])) out.push({word: m[0], start: m.index, end: m.index + m[0].length});
  }
  return out;
}
