// Builds content/wordalign/thesaurus-id.json, the word aligner's Indonesian synonyms, from the
// Indonesian thesaurus for LibreOffice (Debian package mythes-id, LGPL-2.1): a word the dictionaries
// lack borrows the glosses of its synonyms (letih → lelah: tired). Keeps each headword's first
// synonyms of one word (antonyms left out), in the thesaurus's order. Deterministic.
//   npm run wordalign:thesaurus [-- --dat /usr/share/mythes/th_id_ID_v2.dat]
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content/wordalign/thesaurus-id.json');
export const MAX_SYNONYMS = 10;
const WORD = /^[a-z]+(?:-[a-z]+)*$/;

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** MyThes text (first line the encoding; "word|n" then n lines "[pos]|syn|syn…") → word → synonyms. */
export function parseMythes(text: string): Map<string, string[]> {
  const lines = text.split('\n').slice(1);
  const out = new Map<string, string[]>();
  for (let i = 0; i < lines.length; i++) {
    const head = /^(.+)\|(\d+)$/.exec(lines[i]!.trim());
    if (!head) continue;
    const word = head[1]!.toLowerCase();
    const senses = lines.slice(i + 1, i + 1 + Number(head[2]));
    i += senses.length;
    if (!WORD.test(word)) continue;
    const synonyms: string[] = [];
    for (const sense of senses) {
      const [pos, ...items] = sense.split('|');
      if (pos === '[ant]') continue;
      for (const item of items) {
        const s = item.trim().toLowerCase();
        if (WORD.test(s) && s !== word && !synonyms.includes(s)) synonyms.push(s);
      }
    }
    if (synonyms.length > 0) out.set(word, synonyms.slice(0, MAX_SYNONYMS));
  }
  return out;
}

function main() {
  const file = argValue('--dat') ?? '/usr/share/mythes/th_id_ID_v2.dat';
  const raw = readFileSync(file);
  // The file names its encoding on its first line (ISO-8859-1 for this one).
  const encoding = raw.subarray(0, 20).toString('latin1').split('\n')[0]!.trim().toUpperCase();
  const text = raw.toString(encoding === 'UTF-8' ? 'utf8' : 'latin1');
  const table = parseMythes(text);
  // One string per word, synonyms separated by spaces (half the load time of arrays).
  const idId: Record<string, string> = {};
  for (const word of [...table.keys()].sort()) idId[word] = table.get(word)!.join(' ');
  const json = {
    source: 'Indonesian thesaurus for LibreOffice (th_id_ID_v2, Debian package mythes-id), © 2017 Ali Ahmadi',
    licence: 'LGPL-2.1 — see LICENSE.md',
    idId,
  };
  writeFileSync(OUT, `${JSON.stringify(json)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${table.size} Indonesian words`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
