// Splits a paragraph into the tokens alignment evidence is made of. Tokens come from one native
// regular expression per paragraph and are classified once per distinct token: the aligner runs as a
// short-lived command, where code that the JIT has not optimised yet dominates a hand-written scanner.

export type TokenKind = 'code' | 'number' | 'word' | 'punct';

// Latin (with diacritics), Greek, Cyrillic, kana, CJK and Hangul letters.
const L = String.raw`A-Za-z\u00C0-\u024F\u0370-\u04FF\u1E00-\u1FFF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF`;
const WORD = `[${L}]+(?:['’][${L}]+)*`;
const PLAIN = new RegExp(String.raw`${WORD}|\d+|[?!:;()"“”„«»%$€£#]`, 'g');
// URLs, e-mail addresses, paths, identifiers and file names survive translation unchanged.
const CODE = String.raw`(?:https?://|www\.)[^\s"“”<>()]+|[\w.%+-]+@[\w-]+\.[\w.]+|~?[\w.-]*/[\w./~-]*\w|\w+_\w+|[\w-]{2,}\.[a-z]{2,4}\b`;
const WITH_CODE = new RegExp(`${CODE}|${PLAIN.source}`, 'g');
const MAYBE_CODE = /[/@_]|www\.|\w\.[a-z]/;

const WORD_ONLY = new RegExp(`^${WORD}$`);
const PUNCT_ONLY = /^[?!:;()"“”„«»%$€£#]$/;
const QUOTES = '"“”„«»';

/** The tokens of a text as written (case kept); classify each distinct one with `tokenKind`. */
export function tokenStrings(text: string): string[] {
  return text.match(MAYBE_CODE.test(text) ? WITH_CODE : PLAIN) ?? [];
}

export function tokenKind(token: string): TokenKind {
  const c = token.charCodeAt(0);
  if (c >= 48 && c <= 57 && /^\d+$/.test(token)) return 'number';
  if (WORD_ONLY.test(token)) return 'word';
  if (PUNCT_ONLY.test(token)) return 'punct';
  return 'code';
}

/** The form a token is compared in: lowercase, numbers without leading zeros, one kind of quote. */
export function normalToken(token: string, kind: TokenKind): string {
  if (kind === 'number') return token.replace(/^0+(?=\d)/, '');
  if (kind === 'punct') return QUOTES.includes(token) ? '"' : token;
  return token.toLowerCase();
}
