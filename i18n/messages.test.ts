import {expect, test} from 'vitest';
import en from '../messages/en.json';
import id from '../messages/id.json';

type Messages = {[key: string]: string | Messages};

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : keys(value, `${prefix}${key}.`),
  );
}

test('the English and Indonesian UI strings have exactly the same keys', () => {
  expect(keys(id as Messages).sort()).toEqual(keys(en as Messages).sort());
});

test('no UI string is left empty or untranslated placeholder text', () => {
  for (const messages of [en, id] as Messages[]) {
    for (const key of keys(messages)) {
      const value = key.split('.').reduce<string | Messages>((m, k) => (m as Messages)[k], messages);
      expect(value, key).toMatch(/\S/);
      expect(value, key).not.toMatch(/TODO|FIXME/);
    }
  }
});
