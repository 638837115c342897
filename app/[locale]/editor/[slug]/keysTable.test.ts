import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import en from '@/messages/en.json';
import {keysTable, withKeysTable} from './keysTable';

test("the README's table of keys is the keymap's (npm run docs:keys redraws it)", () => {
  const readme = readFileSync(path.join(import.meta.dirname, '../../../../README.md'), 'utf8');
  expect(withKeysTable(readme, keysTable(en.Editor.keys))).toBe(readme);
});
