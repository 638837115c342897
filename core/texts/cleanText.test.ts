import {expect, test} from 'vitest';
import {cleanText, hasControlCharacters} from './cleanText';

test('NUL, other controls and lone surrogates are found and cleaned; ordinary text is kept', () => {
  expect(hasControlCharacters('Beijing sejauh ini tetap bungkam.')).toBe(false);
  expect(hasControlCharacters('kata\u0000')).toBe(true);
  expect(hasControlCharacters('a\u001Bb')).toBe(true);
  expect(hasControlCharacters('a\uD800b')).toBe(true);
  expect(cleanText('  Beijing\u0000sejauh\u0007 ini\n tetap\uD800 bungkam. ')).toBe(
    'Beijing sejauh ini tetap\uFFFD bungkam.',
  );
  expect(cleanText('Dia berkata: “ya”.')).toBe('Dia berkata: “ya”.');
});
