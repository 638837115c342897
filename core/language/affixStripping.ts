// The affix rules of Indonesian morphology: which prefixes, suffixes, particles and circumfixes can be
// stripped, how meN-/peN- nasalise, and what each reading costs. morphology.ts ranks the candidates.
import type {Affix} from './morphology';

interface Step {
  affix: Affix;
  rest: string;
  cost: number;
}
export interface Candidate {
  root: string;
  affixes: Affix[];
  cost: number;
}

const VOWEL = /[aeiou]/;
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
  // Informal -in stands for -kan or -i (nungguin: wait for, matiin: turn off); dearer than a known word.
  {affix: '-in', rest: 'in', cost: 1.5},
];
// Cheaper when the word also has a prefix: -kan and -i then nearly always are the verb suffixes.
const SUFFIX_COST_WITH_PREFIX: Record<string, number> = {'-kan': 0.3, '-i': 0.4, '-an': 0.5, '-in': 0.6};
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
  'N-|-an',
  'di-|-in',
  'ber-|-in',
  'ter-|-in',
  'ke-|-in',
  'se-|-in',
  'peN-|-in',
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
  'N-': [],
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

// Informal speech drops the me- of meN- and keeps the nasal (nulis: tulis, ngambil: ambil, nyari: cari,
// ngeliat: liat): N-, dearer than any standard prefix, so that it reads only words nothing else explains.
const INFORMAL_NASAL_COST = 1.3;

function informalNasalSteps(word: string): Step[] {
  if (!/^(ng|ny|m|n)/.test(word)) return [];
  const steps = nasalSteps(`me${word}`, 'me', 'N-', INFORMAL_NASAL_COST).filter((s) => s.rest !== word);
  // ny- also replaces c (nyari: cari, nyuci: cuci), and nge- stands before any root (ngecek, ngebut).
  if (/^ny[aeiou]/.test(word)) steps.push({affix: 'N-', rest: `c${word.slice(2)}`, cost: INFORMAL_NASAL_COST});
  if (word.startsWith('nge') && word.length > 5)
    steps.push({affix: 'N-', rest: word.slice(3), cost: INFORMAL_NASAL_COST + 0.2});
  return steps;
}

// The informal affixes read only words that look like them: two-syllable roots, and an m- or n- (far
// commoner at the start of names and plain words: maria, nanda) only with -in (mikirin, nemuin).
function informalFits(word: string, root: string, prefixes: Affix[], suffixes: Affix[]): boolean {
  const nasal = prefixes[0] === 'N-';
  const informalSuffix = suffixes.includes('-in');
  if (!nasal && !informalSuffix) return true;
  // nge- is how the nasal meets a one-syllable root (ngecek: cek), as menge- does.
  if ((syllables(root) < 2 && !(nasal && word.startsWith('nge'))) || root.length < 3 || word.length < 5) return false;
  return !nasal || /^n[gy]/.test(word) || informalSuffix;
}

function prefixSteps(word: string): Step[] {
  const steps: Step[] = [
    ...nasalSteps(word, 'me', 'meN-', 0.4),
    ...nasalSteps(word, 'pe', 'peN-', 0.6),
    ...informalNasalSteps(word),
  ];
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

/** Every way of reading `word` as affixes around a root, with a cost (lower is likelier); unranked. */
export function affixCandidates(word: string): Candidate[] {
  const out: Candidate[] = [];
  for (const {stem, suffixes, cost: suffixCost} of stripSuffixes(word)) {
    for (const {root, prefixes, cost: prefixCost} of stripPrefixes(stem, null, 0)) {
      if (prefixes.length === 0 && suffixes.length === 0) continue;
      if (root.length < 2 || !VOWEL.test(root)) continue;
      const derivational = suffixes.find((s) => DERIVATIONAL.some((d) => d.affix === s));
      if (prefixes[0] && derivational && FORBIDDEN_CONFIX.has(`${prefixes[0]}|${derivational}`)) continue;
      if (prefixes.includes('tidak-') && prefixes[0] !== 'ke-') continue;
      if (!informalFits(word, root, prefixes, suffixes)) continue;
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
