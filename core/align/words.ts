// Word normalisers that let an Indonesian word meet its English counterpart without a dictionary:
// a light English stemmer and an orthographic "cognate key" shared by loanwords on both sides
// (kompleksitas / complexity → "kompl", konstruktif / constructive → "konst").

const COGNATE_PREFIX = 5;
const MIN_COGNATE_LENGTH = 4;

/** Strips English inflection so "icons", "checked" and "checking" meet "icon", "check". */
export function stemEnglish(word: string): string {
  let w = word;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
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
export function spellAsIndonesian(word: string, lang: 'id' | 'en'): string {
  let w = word;
  if (lang === 'en') {
    w = w
      .replace(/ph/g, 'f')
      .replace(/th/g, 't')
      .replace(/ch/g, 'k')
      .replace(/ck/g, 'k')
      .replace(/qu/g, 'ku')
      .replace(/cc(?=[eiy])/g, 'ks')
      .replace(/c(?=[eiy])/g, 's')
      .replace(/c/g, 'k');
  }
  return w
    .replace(/x/g, 'ks')
    .replace(/q/g, 'k')
    .replace(/y/g, 'i')
    .replace(/v/g, 'f')
    .replace(/z/g, 's')
    .replace(/(.)\1+/g, '$1');
}

/** The cognate key of a lowercase word, or null when the word is too short to be telling. */
export function cognateKey(word: string, lang: 'id' | 'en'): string | null {
  const w = spellAsIndonesian(lang === 'en' ? stemEnglish(word) : word, lang);
  if (w.length < MIN_COGNATE_LENGTH || /\d/.test(w)) return null;
  return w.slice(0, COGNATE_PREFIX);
}

const ID_PREFIXES = /^(?:meng|meny|mem|men|me|di|ter|ber|peng|pem|pen|pe|ke|se)(?=[a-z]{4})/;
const ID_SUFFIXES = /(?:nya|kan|lah|kah|an)$/;

/**
 * The stems an affixed Indonesian word may hide, for cognate matching only: dikonfigurasikan →
 * konfigurasikan, konfigurasi. A real morphological analyser lives in the lexicon; this is a cheap
 * over-generation whose false keys rarely meet an English word.
 */
export function indonesianStems(word: string): string[] {
  const out: string[] = [];
  const bare = word.replace(ID_PREFIXES, '');
  if (bare !== word) out.push(bare);
  const unsuffixed = bare.replace(ID_SUFFIXES, '');
  if (unsuffixed !== bare && unsuffixed.length >= MIN_COGNATE_LENGTH) out.push(unsuffixed);
  return out;
}
