// Hostile input for property tests: a seeded generator (runs are repeatable) of the strings that break
// parsers — random bytes, invalid UTF-8, NUL, zero-width and bidirectional controls, lone surrogates,
// deep markup, huge bodies — and random integers including negative, huge and non-finite ones.
export type Random = () => number;

/** mulberry32: small, fast, good enough to explore inputs. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const pieces = [
  '\u0000',
  '\u200B',
  '\u200C',
  '\u200D',
  '\uFEFF',
  '\u202E',
  '\u202B',
  '\u2066',
  '\u2067',
  '\u2069',
  '\u061C',
  '\u00AD',
  '\uD800',
  '\uDFFF',
  '\uFFFD',
  '\uFFFF',
  '\r',
  '\r\n',
  '\n\n',
  '\t',
  ' ',
  '\u00A0',
  '\u3000',
  '\u2028',
  '\u2029',
  'e\u0301',
  '👩‍👩‍👧',
  'ا',
  'א',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '&lt;',
  '&#0;',
  '&amp;',
  '---',
  'title:',
  ': ',
  '- ',
  '1,2=1',
  '=',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '\\',
  '%',
  '%00',
  '%E0%A4%A',
  '$',
  '${',
  '`',
  '*',
  '#',
  'menggunakan',
  'Pyongyang',
  'ber-',
  '-nya',
  'word',
  '0',
  '-1',
  '1e309',
  'NaN',
  '9'.repeat(30),
];

/** A short hostile string built from the pieces above and random code points. */
export function hostileString(random: Random, maxPieces = 40): string {
  const n = Math.floor(random() * maxPieces);
  let out = '';
  for (let i = 0; i < n; i++) {
    const r = random();
    if (r < 0.6) out += pick(random, pieces);
    else if (r < 0.85) out += String.fromCharCode(Math.floor(random() * 0x10000));
    else out += String.fromCodePoint(Math.floor(random() * 0x10ffff));
  }
  return out;
}

/** Random bytes, often not valid UTF-8. */
export function randomBytes(random: Random, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
  return bytes;
}

/** Byte sequences that are never valid UTF-8: overlong forms, lone continuation bytes, surrogates, truncation. */
export const invalidUtf8 = [
  Uint8Array.from([0xc0, 0xaf]),
  Uint8Array.from([0x80]),
  Uint8Array.from([0xed, 0xa0, 0x80]),
  Uint8Array.from([0xf8, 0x88, 0x80, 0x80, 0x80]),
  Uint8Array.from([0xe2, 0x82]),
  Uint8Array.from([0xff, 0xfe, 0x00]),
];

/** Large inputs that stress time and memory rather than decoding. */
export const bigInputs = {
  nestedMarkup: (depth = 100_000) => `${'<b>'.repeat(depth)}x${'</b>'.repeat(depth)}`,
  paragraphs: (count = 100_000) => Array.from({length: count}, (_, i) => `Paragraf ${i}.`).join('\n\n'),
  tenMegabytes: () => 'a'.repeat(10 * 1024 * 1024),
};

export function hostileInteger(random: Random): number {
  return pick(random, [
    -1,
    -(2 ** 31),
    2 ** 31,
    2 ** 53,
    Number.MAX_SAFE_INTEGER,
    1e308,
    Infinity,
    -Infinity,
    NaN,
    0.5,
    -0,
    Math.floor(random() * 20) - 5,
  ]);
}
