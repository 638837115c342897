// The tokenisation word links refer to, identical to ../shared/wordalign/tok.py: a number with inner
// separators (8.000, 3,5, 10:30), a run of word characters with inner hyphens or apostrophes
// (kegiatan-kegiatan, Moscow's), or one other non-space character.
// Python's \w is a letter, a number or "_", its \d a decimal digit, and its \s a little wider than
// JavaScript's (file and group separators, NEL) and narrower (no BOM), hence the explicit classes.

const W = String.raw`[\p{L}\p{N}_]`;
const S = String.raw`\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;
const TOKEN = new RegExp(String.raw`\p{Nd}+(?:[.,:]\p{Nd}+)*|${W}+(?:[-'\u2019]${W}+)*|[^\p{L}\p{N}_${S}]`, 'gu');

export interface TokenSpan {
  token: string;
  /** UTF-16 offsets into the text, end exclusive */
  start: number;
  end: number;
}

/** Tokens with their offsets, so that a reader can mark a word inside its sentence. */
export function tokenSpans(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({token: m[0], start: m.index, end: m.index + m[0].length});
  return out;
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}
