// Text that reaches the database from a browser: PostgreSQL refuses NUL in text columns, and other
// control characters or lone surrogates are never part of a sentence a reader saw on the page.

// C0 and C1 controls except tab and line breaks, and the two noncharacters U+FFFE and U+FFFF.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when the text holds a character no saved word or sentence may hold. */
export function hasControlCharacters(text: string): boolean {
  return text.search(CONTROLS) >= 0 || text.search(LONE_SURROGATE) >= 0;
}

/** The text without control characters (each becomes a space) and with lone surrogates replaced, spaces collapsed. */
export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
}
