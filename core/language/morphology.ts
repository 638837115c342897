// Indonesian morphology: strips affixes to candidate roots and ranks them by what the lexicon knows.
// Pure and deterministic; the lexicon is passed in as `isKnownRoot`.

export type Affix = string;
export interface Analysis {
  root: string;
  affixes: Affix[];
}

interface Step {
  affix: Affix;
  rest: string;
  cost: number;
}
interface Candidate {
  root: string;
  affixes: Affix[];
  cost: number;
}

const VOWEL = /[aeiou]/;
const SELF_COST = 1.0; // a known word taken whole beats weak single-affix readings (masalah ≠ masa + -lah)
const UNKNOWN_SELF_COST = 50; // an unknown word is reported whole only when nothing else is known either
const MONOSYLLABLE_COST = 1.5; // roots are rarely one syllable (tangan ≠ tang + -an); menge-/penge- are the exception
const MAX_PREFIXES = 3;
const INNER_PER_COST = 0.3;

// A lone particle costs more than SELF_COST, so a known word is not split by one (sekolah ≠ seko + -lah).
const PARTICLES: Step[] = ['lah', 'kah', 'pun', 'tah'].map((s) => ({
  affix: `-${s}`,
  rest: s,
  cost: s === 'pun' ? 0.5 : 1.1,
}));
const POSSESSIVES: Step[] = [
  {affix: '-nya', rest: 'nya', cost: 0.6},
  {affix: '-ku', rest: 'ku', cost: 0.9},
  {affix: '-mu', rest: 'mu', cost: 0.9},
];
const DERIVATIONAL: Step[] = [
  {affix: '-kan', rest: 'kan', cost: 0.5}, // imperatives: berikan is beri + -kan, not ber- + ikan
  {affix: '-an', rest: 'an', cost: 0.9},
  {affix: '-i', rest: 'i', cost: 1.2},
  {affix: '-wan', rest: 'wan', cost: 0.9},
  {affix: '-wati', rest: 'wati', cost: 0.9},
];
// Cheaper when the word also has a prefix: -kan and -i then nearly always are the verb suffixes.
const SUFFIX_COST_WITH_PREFIX: Record<string, number> = {'-kan': 0.3, '-i': 0.4, '-an': 0.5};
// A prefix with -an around the same root is one circumfix, far likelier than either part alone.
const CIRCUMFIX_BONUS: Record<string, number> = {'ke-': 1.4, 'peN-': 0.7, 'per-': 0.7};
// se-…-nya (sebaiknya, sebenarnya) is a frequent pair too, though written as two affixes.
const SE_NYA_BONUS = 0.6;

// Outermost prefix + derivational suffix pairs that Indonesian does not form (after Adriani et al. 2007).
const FORBIDDEN_CONFIX = new Set([
  'ber-|-i',
  'di-|-an',
  'ke-|-i',
  'ke-|-kan',
  'meN-|-an',
  'se-|-i',
  'se-|-kan',
  'ter-|-an',
  'peN-|-i',
  'peN-|-kan',
  'ku-|-an',
  'kau-|-an',
]);
// Which prefix may sit inside which (outer → allowed inner prefixes).
const INNER_PREFIXES: Record<string, Affix[]> = {
  'di-': ['per-', 'ber-', 'ke-'],
  'meN-': ['per-', 'ber-', 'ke-'],
  'ter-': ['per-', 'ke-'],
  'ber-': ['peN-', 'ke-', 'se-'],
  'ke-': ['ber-', 'peN-', 'ter-', 'se-', 'tidak-', 'per-'],
  'peN-': ['ber-', 'per-', 'ke-'],
  'per-': ['se-', 'ke-'],
  'se-': ['peN-', 'ke-', 'per-'],
  'ku-': ['per-'],
  'kau-': ['per-'],
  'tidak-': [],
};

function nasalSteps(word: string, head: 'me' | 'pe', affix: Affix, cost: number): Step[] {
  if (!word.startsWith(head)) return [];
  const s = word.slice(head.length);
  const out: Step[] = [];
  const add = (rest: string, extra = 0) => out.push({affix, rest, cost: cost + extra});
  // mengecat → cat: menge- is how meN- meets a one-syllable root, so that root pays no penalty here.
  if (s.startsWith('nge') && syllables(s.slice(3)) === 1) add(s.slice(3), 0.3 - MONOSYLLABLE_COST);
  if (s.startsWith('ng')) {
    const r = s.slice(2);
    if (VOWEL.test(r[0] ?? '')) {
      add(r);
      add(`k${r}`, 0.1);
    } // mengisi: isi before kisi
    else if (/^(g|h|kh|k)/.test(r)) add(r);
  } else if (s.startsWith('ny')) {
    const r = s.slice(2);
    if (VOWEL.test(r[0] ?? '')) add(`s${r}`);
    add(s, 0.2); // menyanyi → nyanyi
  } else if (s.startsWith('m')) {
    const r = s.slice(1);
    if (VOWEL.test(r[0] ?? '')) add(`p${r}`);
    if (/^[bfvp]/.test(r)) add(r); // mempunyai, memperhatikan keep their p
    add(s, 0.2); // memakan → makan
  } else if (s.startsWith('n')) {
    const r = s.slice(1);
    if (VOWEL.test(r[0] ?? '')) add(`t${r}`);
    if (/^(d|c|j|z|sy|t|s)/.test(r)) add(r, r.startsWith('t') || (r.startsWith('s') && !r.startsWith('sy')) ? 0.4 : 0);
    add(s, 0.2); // menanti → nanti
  } else if (/^[lrwy]/.test(s)) {
    add(s, head === 'pe' && s.startsWith('r') ? 0.2 : 0); // pe + r is per- more often than peN- (perundingan)
  }
  return out;
}

function prefixSteps(word: string): Step[] {
  const steps: Step[] = [...nasalSteps(word, 'me', 'meN-', 0.4), ...nasalSteps(word, 'pe', 'peN-', 0.6)];
  const simple = (p: string, affix: Affix, cost: number) => {
    if (word.startsWith(p)) steps.push({affix, rest: word.slice(p.length), cost});
  };
  simple('di', 'di-', 0.5);
  simple('ber', 'ber-', 0.6);
  simple('ter', 'ter-', 0.8);
  simple('per', 'per-', 0.7);
  simple('ke', 'ke-', 1.2);
  simple('se', 'se-', 1.1);
  simple('kau', 'kau-', 1.0);
  simple('ku', 'ku-', 1.5);
  simple('tidak', 'tidak-', 0.8);
  simple('tak', 'tidak-', 1.0);
  // be-/te-/pe- before r (berenang, terasa) or a first syllable in -er (bekerja, pekerja); bel-/pel-/tel- + ajar, anjur.
  if (/^be(r|[^aeiou]er)/.test(word)) steps.push({affix: 'ber-', rest: word.slice(2), cost: 0.7});
  if (/^te(r|[^aeiou]er)/.test(word)) steps.push({affix: 'ter-', rest: word.slice(2), cost: 0.9});
  if (word.startsWith('per')) steps.push({affix: 'per-', rest: word.slice(2), cost: 0.7}); // perundingan: per- + runding
  if (/^pe[^aeiou]/.test(word)) steps.push({affix: 'peN-', rest: word.slice(2), cost: 1.0}); // petani, pedagang
  if (word.startsWith('belajar')) steps.push({affix: 'ber-', rest: word.slice(3), cost: 0.5});
  if (word.startsWith('pelajar'))
    steps.push({affix: 'peN-', rest: word.slice(3), cost: 0.5}, {affix: 'per-', rest: word.slice(3), cost: 0.5});
  if (word.startsWith('telanjur')) steps.push({affix: 'ter-', rest: word.slice(3), cost: 0.5});
  return steps;
}

// Vowel letters, not vowel groups: main, siap and dua have two syllables; a final ai/au/oi is one (pakai).
function syllables(root: string): number {
  return (root.match(/[aeiou]/g)?.length ?? 0) - (/[^aeiou](ai|au|oi)$/.test(root) ? 1 : 0);
}

function stripSuffixes(word: string): {stem: string; suffixes: Affix[]; cost: number}[] {
  const out = [{stem: word, suffixes: [] as Affix[], cost: 0}];
  for (const group of [PARTICLES, POSSESSIVES, DERIVATIONAL]) {
    for (const state of [...out]) {
      // A later group may only strip inside what the earlier groups left (particle, then possessive, then derivational).
      for (const step of group) {
        if (state.stem.endsWith(step.rest) && state.stem.length - step.rest.length >= 2) {
          out.push({
            stem: state.stem.slice(0, -step.rest.length),
            suffixes: [step.affix, ...state.suffixes],
            cost: state.cost + step.cost,
          });
        }
      }
    }
  }
  return out;
}

function stripPrefixes(
  stem: string,
  outer: Affix | null,
  depth: number,
): {root: string; prefixes: Affix[]; cost: number}[] {
  const out = [{root: stem, prefixes: [] as Affix[], cost: 0}];
  if (depth >= MAX_PREFIXES) return out;
  for (const step of prefixSteps(stem)) {
    if (outer && !INNER_PREFIXES[outer]?.includes(step.affix)) continue;
    if (step.rest.length < 2 || !VOWEL.test(step.rest)) continue;
    // memper-/diper- behave as one prefix (memperbaiki, dipertanyakan).
    const cost = step.affix === 'per-' && (outer === 'meN-' || outer === 'di-') ? INNER_PER_COST : step.cost;
    for (const inner of stripPrefixes(step.rest, step.affix, depth + 1)) {
      out.push({root: inner.root, prefixes: [step.affix, ...inner.prefixes], cost: cost + inner.cost});
    }
  }
  return out;
}

// Paired prefix and suffix form one circumfix: ke-…-an, per-…-an, peN-…-an.
function mergeCircumfix(prefixes: Affix[], suffixes: Affix[]): {affixes: Affix[]; bonus: number} {
  const an = suffixes.indexOf('-an');
  const at = an < 0 ? -1 : prefixes.findIndex((p) => p in CIRCUMFIX_BONUS);
  if (at < 0) return {affixes: [...prefixes, ...suffixes], bonus: 0};
  const prefix = prefixes[at]!;
  const merged = prefixes.map((p, i) => (i === at ? `${prefix.slice(0, -1)}-…-an` : p));
  return {affixes: [...merged, ...suffixes.filter((_, i) => i !== an)], bonus: CIRCUMFIX_BONUS[prefix]!};
}

function affixCandidates(word: string): Candidate[] {
  const out: Candidate[] = [];
  for (const {stem, suffixes, cost: suffixCost} of stripSuffixes(word)) {
    for (const {root, prefixes, cost: prefixCost} of stripPrefixes(stem, null, 0)) {
      if (prefixes.length === 0 && suffixes.length === 0) continue;
      if (root.length < 2 || !VOWEL.test(root)) continue;
      const derivational = suffixes.find((s) => DERIVATIONAL.some((d) => d.affix === s));
      if (prefixes[0] && derivational && FORBIDDEN_CONFIX.has(`${prefixes[0]}|${derivational}`)) continue;
      if (prefixes.includes('tidak-') && prefixes[0] !== 'ke-') continue;
      let cost = prefixCost + suffixCost;
      if (prefixes.length > 0)
        for (const s of suffixes)
          cost += (SUFFIX_COST_WITH_PREFIX[s] ?? 0) - (DERIVATIONAL.find((d) => d.affix === s)?.cost ?? 0);
      if (syllables(root) < 2) cost += MONOSYLLABLE_COST;
      const {affixes, bonus} = mergeCircumfix(prefixes, suffixes);
      const seNya = prefixes[0] === 'se-' && suffixes.includes('-nya') ? SE_NYA_BONUS : 0;
      out.push({root, affixes, cost: cost - bonus - seNya});
    }
  }
  return out;
}

// Hyphenated forms: full (anak-anak), affixed (berlari-lari, kemerah-merahan, tolong-menolong),
// rhyming (sayur-mayur, lauk-pauk) and vowel-changing (bolak-balik) reduplication; else a compound.
function hyphenCandidates(word: string): Candidate[] {
  const parts = word.split('-');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return [];
  const [a, b] = parts as [string, string];
  const redup = (cands: Candidate[], extra = 0) =>
    cands.map((c) => ({...c, affixes: [...c.affixes, 'REDUP'], cost: c.cost + extra}));
  const selfAndAffixed = (w: string, selfCost = 0): Candidate[] => [
    {root: w, affixes: [], cost: selfCost},
    ...affixCandidates(w),
  ];
  const out: Candidate[] = [];
  if (a === b) return redup(selfAndAffixed(a));
  // A = P + X, B = X + S  → reduplicated X inside P…S (berlari-lari, negara-negaranya, dibesar-besarkan).
  for (let len = Math.min(a.length, b.length); len >= 2; len--) {
    if (a.endsWith(b.slice(0, len)) && (a.length > len || b.length > len)) {
      // The rebuilt word (sebaiknya) may itself be derived, so taking it whole is not free.
      out.push(...redup(selfAndAffixed(a.slice(0, a.length - len) + b, SELF_COST)));
      break;
    }
  }
  // tolong-menolong, surat-menyurat: B is A with an affix.
  out.push(...redup(affixCandidates(b).filter((c) => c.root === a)));
  // Imitative reduplication: only one consonant or vowels differ.
  if (a.length === b.length && a.length >= 3) {
    const diffs = [...a].filter((ch, i) => ch !== b[i]).length;
    const consonantsOnly = (s: string) => s.replace(/[aeiou]/g, '');
    if (a.slice(1) === b.slice(1)) out.push(...redup(selfAndAffixed(a), 0.3));
    else if (consonantsOnly(a) === consonantsOnly(b) && diffs <= 2)
      out.push(...redup(selfAndAffixed(b), 0.3), ...redup(selfAndAffixed(a), 0.4));
  }
  // Compounds like "pasca-perang" or "Korea-Amerika": the head is the first part.
  out.push(
    ...selfAndAffixed(a).map((c) => ({...c, cost: c.cost + 2})),
    ...selfAndAffixed(b).map((c) => ({...c, cost: c.cost + 2.5})),
  );
  return out;
}

export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑–]/g, '-')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Optional knowledge beyond "is this a word": both sharpen the ranking. */
export interface RootHints {
  /** A word that looks derived but is a root of its own (mereka, masalah): never split. */
  isWhole?: (word: string) => boolean;
  /** A common root (from the hand-written core vocabulary): preferred when readings tie (meminta → minta, not pinta). */
  isCommon?: (root: string) => boolean;
}

const COMMON_ROOT_BONUS = 0.3;

export function analyzeWord(word: string, isKnownRoot: (root: string) => boolean, hints: RootHints = {}): Analysis[] {
  const w = normalizeWord(word);
  if (!w) return [];
  const whole = hints.isWhole?.(w) ?? false;
  const known = whole || isKnownRoot(w);
  const selfCost = whole ? 0 : known ? SELF_COST : UNKNOWN_SELF_COST;
  const candidates: Candidate[] = [
    {root: w, affixes: [], cost: selfCost},
    ...(w.includes('-') ? hyphenCandidates(w) : affixCandidates(w)),
  ];
  const scored = new Map<string, Candidate & {known: boolean}>();
  for (const c of candidates) {
    const key = `${c.root}|${c.affixes.join(' ')}`;
    const prev = scored.get(key);
    const cost = c.affixes.length > 0 && hints.isCommon?.(c.root) ? c.cost - COMMON_ROOT_BONUS : c.cost;
    if (!prev || cost < prev.cost) scored.set(key, {...c, cost, known: c.root === w ? known : isKnownRoot(c.root)});
  }
  const ranked = [...scored.values()].sort(
    (x, y) =>
      Number(y.known) - Number(x.known) ||
      x.cost - y.cost ||
      y.root.length - x.root.length ||
      (x.root < y.root ? -1 : 1),
  );
  const best = ranked[0]!;
  const deeper =
    best.known && best.affixes.length > 0 && !hints.isWhole?.(best.root)
      ? deeperAnalysis(best, isKnownRoot, hints)
      : null;
  return [...(deeper ? [deeper] : []), ...ranked].map(({root, affixes}) => ({root, affixes}));
}

const isPrefix = (a: Affix) => a.endsWith('-') && !a.startsWith('-');
const isSuffix = (a: Affix) => a.startsWith('-');

// A known root that is itself a derived word yields to its own root when that analysis would win on
// its own: keberhasilan → berhasil → hasil, berlari-lari → berlari → lari.
function deeperAnalysis(best: Candidate, isKnownRoot: (root: string) => boolean, hints: RootHints): Candidate | null {
  const inner = analyzeWord(best.root, isKnownRoot, hints)[0];
  if (!inner || inner.affixes.length === 0 || !isKnownRoot(inner.root)) return null;
  const outer = best.affixes;
  const affixes = [
    ...outer.filter((a) => isPrefix(a) || a.includes('…')),
    ...inner.affixes.filter((a) => !isSuffix(a) && a !== 'REDUP'),
    ...inner.affixes.filter(isSuffix),
    ...outer.filter(isSuffix),
    ...(outer.includes('REDUP') || inner.affixes.includes('REDUP') ? ['REDUP'] : []),
  ];
  return {root: inner.root, affixes, cost: best.cost};
}

// What each affix does, for the reader's word panel in either UI language.
const AFFIX_MEANINGS: Record<Affix, {en: string; id: string}> = {
  'meN-': {
    en: 'active verb: the subject does the action (menulis “to write”)',
    id: 'verba aktif: subjek melakukan tindakan (menulis)',
  },
  'di-': {
    en: 'passive verb: the action is done to the subject (ditulis “is written”)',
    id: 'verba pasif: subjek dikenai tindakan (ditulis)',
  },
  'ber-': {
    en: 'intransitive verb: to have, use, be in a state or do (berlari “to run”, bersepeda “to ride a bike”)',
    id: 'verba intransitif: mempunyai, memakai, berada dalam keadaan atau melakukan (berlari, bersepeda)',
  },
  'ter-': {
    en: 'accidental or completed state, ability, or superlative (tertulis “written”, terbesar “biggest”)',
    id: 'keadaan tak sengaja atau selesai, dapat di-, atau paling (tertulis, terbesar)',
  },
  'peN-': {en: 'noun for the doer or tool of an action (penulis “writer”)', id: 'nomina pelaku atau alat (penulis)'},
  'per-': {
    en: 'causative verb stem: to make more so (perbaiki “repair”, from baik “good”)',
    id: 'pembentuk verba kausatif: membuat jadi lebih (perbaiki, dari baik)',
  },
  'ke-': {
    en: 'ordinal or collective number, or a noun (kedua “second; both”, ketua “chair”)',
    id: 'bilangan tingkat atau kumpulan, atau nomina (kedua, ketua)',
  },
  'se-': {
    en: 'one, the same as, or as … as (sebuah “a”, serumah “in the same house”, setinggi “as tall as”)',
    id: 'satu, sama, atau se- … (sebuah, serumah, setinggi)',
  },
  'ku-': {en: 'I (as the doer, before a verb: kubaca “I read”)', id: 'aku sebagai pelaku (kubaca)'},
  'kau-': {en: 'you (as the doer, before a verb: kaubaca “you read”)', id: 'engkau sebagai pelaku (kaubaca)'},
  'tidak-': {
    en: 'not, un- (inside ke-…-an: ketidakpastian “uncertainty”)',
    id: 'tidak (di dalam ke-…-an: ketidakpastian)',
  },
  'ke-…-an': {
    en: 'abstract noun: state, quality or place (kebudayaan “culture”, kedutaan “embassy”); or adversity (kehujanan “caught in the rain”)',
    id: 'nomina abstrak: keadaan, hal atau tempat (kebudayaan, kedutaan); atau tertimpa (kehujanan)',
  },
  'per-…-an': {
    en: 'noun of a process, result or place (pertemuan “meeting”, perbatasan “border”)',
    id: 'nomina proses, hasil atau tempat (pertemuan, perbatasan)',
  },
  'peN-…-an': {
    en: 'noun of the process or act (penggunaan “use”, pembangunan “development”)',
    id: 'nomina proses atau perbuatan (penggunaan, pembangunan)',
  },
  '-kan': {
    en: 'causative or benefactive verb: to make, put, or do for (gunakan “use”, bukakan “open for someone”)',
    id: 'verba kausatif atau benefaktif: menjadikan, menempatkan, melakukan untuk (gunakan, bukakan)',
  },
  '-i': {
    en: 'locative or repeated action verb: to do to, at or repeatedly (datangi “visit”, pukuli “beat repeatedly”)',
    id: 'verba lokatif atau berulang (datangi, pukuli)',
  },
  '-an': {
    en: 'noun of the result, object or thing (tulisan “writing”, makanan “food”); with numbers: by the (ribuan “thousands”)',
    id: 'nomina hasil, objek atau benda (tulisan, makanan); dengan bilangan: ber- (ribuan)',
  },
  '-nya': {
    en: 'his, her, its, their; or “the” (rumahnya “his/her house; the house”)',
    id: 'milik dia atau mereka; atau penentu (rumahnya)',
  },
  '-ku': {en: 'my (rumahku “my house”)', id: 'milikku (rumahku)'},
  '-mu': {en: 'your (rumahmu “your house”)', id: 'milikmu (rumahmu)'},
  '-lah': {en: 'emphasis or polite command (bacalah “do read”)', id: 'penegas atau perintah halus (bacalah)'},
  '-kah': {en: 'question marker (apakah “whether; is it …?”)', id: 'penanda pertanyaan (apakah)'},
  '-pun': {en: 'also, even, -ever (siapa pun “whoever”)', id: 'juga, bahkan, -pun (siapa pun)'},
  '-tah': {en: 'rhetorical question marker (literary)', id: 'penanda pertanyaan retoris (sastra)'},
  '-wan': {en: 'person associated with (wartawan “journalist”)', id: 'orang yang berkaitan dengan (wartawan)'},
  '-wati': {
    en: 'woman associated with (karyawati “female employee”)',
    id: 'perempuan yang berkaitan dengan (karyawati)',
  },
  // English inflections, reported by lookups from English.
  '-s': {
    en: 'English plural or third person singular (countries, uses)',
    id: 'akhiran bahasa Inggris: jamak atau orang ketiga tunggal (countries, uses)',
  },
  '-ed': {en: 'English past tense or participle (used)', id: 'akhiran bahasa Inggris: bentuk lampau (used)'},
  '-ing': {en: 'English -ing form (using)', id: 'akhiran bahasa Inggris: bentuk -ing (using)'},
  '-ly': {en: 'English adverb (quickly)', id: 'akhiran bahasa Inggris: adverbia (quickly)'},
  REDUP: {
    en: 'reduplication: plural, variety, repetition or intensity (anak-anak “children”, berlari-lari “run about”)',
    id: 'pengulangan: jamak, ragam, berulang atau intensitas (anak-anak, berlari-lari)',
  },
};

/** A short explanation of an affix in the UI language; an unknown affix is returned as written. */
export function describeAffix(affix: Affix, uiLocale: 'en' | 'id'): string {
  return AFFIX_MEANINGS[affix]?.[uiLocale] ?? affix;
}

/** Every affix the analyser can produce, for UIs that list them. */
export const AFFIXES: readonly Affix[] = Object.keys(AFFIX_MEANINGS);
