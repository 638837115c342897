import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {tokenizeWords} from './lexicon';
import {WORD_PATTERN} from './wordPattern';

test('the browser finds the same words as the lexicon tokenizer', () => {
  for (const lang of ['id', 'en']) {
    const text = readFileSync(
      path.join(import.meta.dirname, '..', '..', 'content', 'genpi-china-influence', `${lang}.md`),
      'utf8',
    );
    const browser = [...text.matchAll(WORD_PATTERN)].filter((m) => /\p{L}/u.test(m[0])).map((m) => [m.index, m[0]]);
    expect(browser).toEqual(tokenizeWords(text).map((t) => [t.start, t.word]));
  }
});
