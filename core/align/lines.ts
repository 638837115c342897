// The command-line format: one paragraph per line, empty lines ignored and not numbered.

export function paragraphsFromLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
