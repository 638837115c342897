// What counts as one word when the reader finds the word under a tap: the same rule as the
// lexicon's tokenizer, in a module without file access so that it can ship to the browser.
export const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’‐-][\p{L}\p{N}]+)*(?:\.[a-z]{2,3}(?![\p{L}\p{N}]))*/gu;
