// The README's table of the editor's keys, drawn from the same keymap as the handler and the page's
// help (messages/en.json gives the words), so that the three cannot drift apart.
import {keymap} from './keymap';

export function keysTable(help: Record<string, string>): string {
  const rows = keymap.map((g) => {
    const keys = g.shown
      .split(' ')
      .map((k) => `\`${k}\``)
      .join(' ');
    return `| ${keys} | ${help[g.help] ?? g.help} |`;
  });
  return ['| key | action |', '|---|---|', ...rows].join('\n');
}

export const KEYS_START = '<!-- keys: drawn from keymap.ts by `npm run docs:keys` -->';
export const KEYS_END = '<!-- /keys -->';

/** The README with its keys table replaced by `table`. */
export function withKeysTable(readme: string, table: string): string {
  const start = readme.indexOf(KEYS_START);
  const end = readme.indexOf(KEYS_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${KEYS_START} … ${KEYS_END} block`);
  return `${readme.slice(0, start + KEYS_START.length)}\n${table}\n${readme.slice(end)}`;
}
