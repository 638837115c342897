// The UI strings the browser tests look for, read from messages/*.json, so that a reworded message
// changes the app and its tests together.
import {readFileSync} from 'node:fs';
import path from 'node:path';

type Locale = 'en' | 'id';
type Tree = {[key: string]: string | Tree};

const root = path.join(import.meta.dirname, '..', '..', 'messages');
const trees: Record<Locale, Tree> = {
  en: JSON.parse(readFileSync(path.join(root, 'en.json'), 'utf8')),
  id: JSON.parse(readFileSync(path.join(root, 'id.json'), 'utf8')),
};

/** The message at a dotted path, in one locale; throws for a path that does not exist. */
export function message(locale: Locale, key: string): string {
  let node: string | Tree | undefined = trees[locale];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`messages/${locale}.json has no string at ${key}`);
  return node;
}

/**
 * A table of UI strings per locale: `keys` names each entry's message, `extra` adds what is not one
 * message as it stands (a pattern, or a message with its values filled in).
 */
export function uiStrings<K extends string, E extends Record<string, string | RegExp>>(
  keys: Record<K, string>,
  extra: Record<Locale, E> = {en: {} as E, id: {} as E},
): Record<Locale, Record<K, string> & E> {
  const table = (locale: Locale) => ({
    ...(Object.fromEntries(Object.entries<string>(keys).map(([name, key]) => [name, message(locale, key)])) as Record<
      K,
      string
    >),
    ...extra[locale],
  });
  return {en: table('en'), id: table('id')};
}
