// Splits a paragraph into the tokens the offline draft works on, keeping every character: words,
// numbers, web addresses and the spaces and punctuation between them.

export type TokenKind = 'word' | 'number' | 'url' | 'space' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  /** For words: the first word of a sentence, where a capital says nothing about names. */
  sentenceStart?: boolean;
}

const TOKEN = new RegExp(
  [
    /(?<url>(?:https?:\/\/|www\.)[^\s"“”'‘’<>()]+[^\s"“”'‘’<>().,;:!?]|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|co|id|org|net|io|go\.id|ac\.id)\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/u
      .source,
    /(?<number>\d+(?:[.,:/]\d+)*%?)/u.source,
    /(?<word>[\p{L}\p{N}]+(?:['’‐-][\p{L}\p{N}]+)*)/u.source,
    /(?<space>\s+)/u.source,
    /(?<punct>[^\s])/u.source,
  ].join('|'),
  'gu',
);

const SENTENCE_END = /^[.!?…:]$/;
const OPENING = /^["“‘'([«]$/;

export function tokenizeParagraph(paragraph: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  for (const match of paragraph.matchAll(TOKEN)) {
    const groups = match.groups ?? {};
    const kind = (['url', 'number', 'word', 'space', 'punct'] as const).find((k) => groups[k] !== undefined) ?? 'punct';
    const token: Token = {kind, text: match[0]};
    if (kind === 'word') {
      token.sentenceStart = sentenceStart;
      sentenceStart = false;
    } else if (kind === 'number' || kind === 'url') {
      sentenceStart = false;
    } else if (kind === 'punct') {
      if (SENTENCE_END.test(match[0])) sentenceStart = true;
      else if (!OPENING.test(match[0]) && !/^["”’'»)\]]$/.test(match[0])) sentenceStart = false;
    }
    tokens.push(token);
  }
  return tokens;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isAllCaps(word: string): boolean {
  return word.length >= 2 && /^[\p{Lu}\d-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

/** Indonesian number formats in English: 8.000 → 8,000, 2,5 → 2.5; years and times stay. */
export function englishNumber(text: string): string {
  if (/^\d{1,3}(\.\d{3})+(,\d+)?%?$/.test(text))
    return text
      .replace(/\./g, '\u0000')
      .replace(',', '.')
      .replace(/\u0000/g, ',');
  if (/^\d+,\d+%?$/.test(text)) return text.replace(',', '.');
  return text;
}

/** English number formats in Indonesian: 8,000 → 8.000, 2.5 → 2,5. */
export function indonesianNumber(text: string): string {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?%?$/.test(text))
    return text
      .replace(/,/g, '\u0000')
      .replace('.', ',')
      .replace(/\u0000/g, '.');
  if (/^\d+\.\d+%?$/.test(text) && !/^\d{1,2}\.\d{2}$/.test(text)) return text.replace('.', ',');
  return text;
}
