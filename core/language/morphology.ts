// Indonesian morphology: strips affixes to candidate roots and ranks them by what the lexicon knows.
// Pure and deterministic; the lexicon is passed in as `isKnownRoot`. The affix rules are in affixStripping.ts.
import {affixCandidates, type Candidate} from './affixStripping';

export type Affix = string;
export interface Analysis {
  root: string;
  affixes: Affix[];
}

const SELF_COST = 1.0; // a known word taken whole beats weak single-affix readings (masalah ≠ masa + -lah)
const UNKNOWN_SELF_COST = 50; // an unknown word is reported whole only when nothing else is known either

const HYPHEN_CLITICS = new Set(['nya', 'ku', 'mu', 'lah', 'kah', 'pun']);

/** A clitic written after a hyphen, as after loanwords, names and acronyms: laptop-nya → laptop, nya. */
export function hyphenClitic(word: string): {base: string; clitic: string} | null {
  const dash = word.lastIndexOf('-');
  const base = word.slice(0, dash);
  const clitic = word.slice(dash + 1);
  return dash > 0 && HYPHEN_CLITICS.has(clitic) ? {base, clitic} : null;
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
  if (hyphenClitic(word))
    return selfAndAffixed(a).map((c) => ({...c, affixes: [...c.affixes, `-${b}`], cost: c.cost + 0.1}));
  // A = P + X, B = X + S  → reduplicated X inside P…S (berlari-lari, negara-negaranya, dibesar-besarkan).
  for (let len = Math.min(a.length, b.length); len >= 2; len--) {
    if (a.endsWith(b.slice(0, len)) && (a.length > len || b.length > len)) {
      // The rebuilt word (sebaiknya) may itself be derived, so taking it whole is not free.
      const rebuilt = selfAndAffixed(a.slice(0, a.length - len) + b, SELF_COST);
      out.push(...redup(rebuilt));
      // The reduplicated word may be a word of its own, affixed whole: berpura-pura = ber- + pura-pura.
      const twice = `${b.slice(0, len)}-${b.slice(0, len)}`;
      out.push(...rebuilt.filter((c) => c.root === b.slice(0, len)).map((c) => ({...c, root: twice})));
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
  // A reduplicated word known as such (pura-pura: pretend) keeps its meaning when affixed.
  const deeper =
    best.known && best.affixes.length > 0 && !hints.isWhole?.(best.root) && !best.root.includes('-')
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

/** Every affix the analyser can produce; messages/*.json explain each one (namespace Affixes). */
export const AFFIXES: readonly Affix[] = [
  'meN-',
  'di-',
  'ber-',
  'ter-',
  'peN-',
  'per-',
  'ke-',
  'se-',
  'ku-',
  'kau-',
  'N-',
  'tidak-',
  'ke-…-an',
  'per-…-an',
  'peN-…-an',
  '-kan',
  '-i',
  '-an',
  '-nya',
  '-ku',
  '-mu',
  '-lah',
  '-kah',
  '-pun',
  '-tah',
  '-wan',
  '-wati',
  '-in',
  '-s',
  '-ed',
  '-ing',
  '-ly',
  'REDUP',
];
