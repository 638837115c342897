// Word normalisers that let an Indonesian word meet its English counterpart without a dictionary:
// a light English stemmer and an orthographic "cognate key" shared by loanwords on both sides
// (kompleksitas / complexity → "kompl", konstruktif / constructive → "konst").

import type {Lang} from '../vocabulary';
const COGNATE_PREFIX = 5;
const MIN_COGNATE_LENGTH = 4;

/** Strips English inflection so "icons", "checked" and "checking" meet "icon", "check". */
export function stemEnglish(word: string): string {
  let w = word;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('sses') || w.endsWith('xes') || w.endsWith('zes'))
    return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) return undouble(w.slice(0, -3));
  if (w.endsWith('ed') && w.length > 4) return undouble(w.slice(0, -2));
  return w;
}

function undouble(w: string): string {
  return /([bdfgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

/**
 * Spells an English word the way Indonesian borrows it: c→k/s, ph→f, x→ks, qu→ku, y→i, v→f, z→s,
 * doubled letters single. Applied to both languages, it makes aksesibilitas and accessibility share
 * their first letters.
 */
export function spellAsIndonesian(word: string, lang: Lang, maxLength = Infinity): string {
  let out = '';
  let previous = '';
  for (let k = 0; k < word.length && out.length < maxLength; k++) {
    const c = word[k];
    const next = word[k + 1] ?? '';
    let s: string = c;
    if (lang === 'en' && c === 'p' && next === 'h') {
      s = 'f';
      k++;
    } else if (lang === 'en' && c === 't' && next === 'h') {
      s = 't';
      k++;
    } else if (lang === 'en' && c === 'c' && (next === 'h' || next === 'k')) {
      s = 'k';
      k++;
    } else if (lang === 'en' && c === 'q' && next === 'u') {
      s = 'ku';
      k++;
    } else if (lang === 'en' && c === 'c' && next === 'c' && 'eiy'.includes(word[k + 2] ?? '-')) {
      s = 'ks';
      k++;
    } else if (lang === 'en' && c === 'c') s = 'eiy'.includes(next || '-') ? 's' : 'k';
    else if (c === 'x') s = 'ks';
    else if (c === 'q') s = 'k';
    else if (c === 'y') s = 'i';
    else if (c === 'v') s = 'f';
    else if (c === 'z') s = 's';
    // Doubled letters are written once (accessibility → akses…, effective → efektif).
    for (let x = 0; x < s.length; x++) {
      if (s[x] !== previous) out += s[x];
      previous = s[x];
    }
  }
  return out;
}

/** The cognate key of a lowercase word, or null when the word is too short to be telling. */
export function cognateKey(word: string, lang: Lang): string | null {
  // Inflection only touches the end of a word, which a long word's key never reaches.
  const base = lang === 'en' && word.length < 2 * COGNATE_PREFIX ? stemEnglish(word) : word;
  const w = spellAsIndonesian(base, lang, COGNATE_PREFIX);
  return w.length < MIN_COGNATE_LENGTH ? null : w.slice(0, COGNATE_PREFIX);
}

// meN- and peN- swallow a root's first k, p, t or s: mengirim ← kirim, memilih ← pilih, menulis ←
// tulis, menyapu ← sapu. Each rule gives the roots a prefixed word may come from.
const PREFIX_RULES: [RegExp, (rest: string) => string[]][] = [
  [/^(?:di|ter|ber|be|ke|se|per)(?=[a-z]{3})/, (r) => [r]],
  [/^[mp]eng(?=[aeiou][a-z]{2})/, (r) => [r, `k${r}`]],
  [/^[mp]eng(?=[gkh][a-z]{2})/, (r) => [r]],
  [/^[mp]eny(?=[aeiou][a-z]{2})/, (r) => [`s${r}`, `ny${r}`]],
  [/^[mp]em(?=[aeiou][a-z]{2})/, (r) => [`p${r}`, `m${r}`]],
  [/^[mp]em(?=[bfpv][a-z]{2})/, (r) => [r]],
  [/^[mp]en(?=[aeiou][a-z]{2})/, (r) => [`t${r}`, `n${r}`]],
  [/^[mp]en(?=[cdjtsz][a-z]{2})/, (r) => [r]],
  [/^[mp]e(?=[lrwy][a-z]{2})/, (r) => [r]],
];
const PARTICLES = /(?<=[a-z]{3})(?:nya|lah|kah|pun|ku|mu)$/;
const SUFFIXES = /(?<=[a-z]{3})(?:kan|an|i)$/;

/** The roots a word may have once its prefix is taken off (suffixes kept): for cognate keys, which only see a word's start. */
export function withoutPrefix(word: string): string[] {
  for (const [rule, roots] of PREFIX_RULES) {
    const m = rule.exec(word);
    if (m) return roots(word.slice(m[0].length));
  }
  return [];
}

/**
 * The roots an affixed Indonesian word may come from, most specific first: dikonfigurasikan →
 * konfigurasikan, dikonfigurasi, konfigurasi. A cheap over-generation (the lexicon's analyser ranks
 * readings properly, at a hundred times the cost); a false root rarely meets a gloss or an English word.
 */
export function indonesianStems(word: string): string[] {
  const bare = word.replace(PARTICLES, '');
  const forms = [bare, bare.replace(SUFFIXES, '')];
  const out = new Set<string>();
  for (const form of forms) out.add(form);
  for (const form of forms) for (const root of withoutPrefix(form)) out.add(root);
  out.delete(word);
  return [...out].filter((f) => f.length >= 3);
}
