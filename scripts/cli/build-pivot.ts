// Builds content/wordalign/pivot-id-en.json, the word aligner's second dictionary: Indonesian → English
// glosses found through a third language, from Debian's FreeDict/WikDict packages (CC BY-SA 3.0)
// dict-freedict-{fin,pol,ell}-ind and dict-freedict-{fin,pol,ell}-eng. An Indonesian word that a Finnish,
// Polish or Greek headword translates takes that headword's English translations; each gloss keeps how
// many of the three languages give it (a gloss two of them agree on is rarely a stray sense).
// Deterministic: same packages in, byte-identical JSON out.
//   npm run wordalign:pivot [-- --dir /usr/share/dictd]
import {readFileSync, writeFileSync} from 'node:fs';
import {gunzipSync} from 'node:zlib';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseEntry} from './build-lexicon';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content/wordalign/pivot-id-en.json');
const PIVOTS = ['fin', 'pol', 'ell'];
// A headword's first translations are its main senses; later ones drift (Polish "zły": bad, evil, angry, …).
const MAX_ENGLISH = 6;

function decode(s: string): number {
  let n = 0;
  for (const c of s) n = n * 64 + B64.indexOf(c);
  return n;
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** headword (lowercase) → translations in dictionary order; names and set phrases left out. */
export function readDict(base: string): {edition: string; entries: Map<string, string[]>} {
  const index = readFileSync(`${base}.index`, 'utf8');
  const data = gunzipSync(readFileSync(`${base}.dict.dz`));
  const entries = new Map<string, string[]>();
  let edition = '';
  for (const row of index.split('\n')) {
    const [headword, off, len] = row.split('\t');
    if (!headword || off === undefined || len === undefined) continue;
    const text = data.subarray(decode(off), decode(off) + decode(len)).toString('utf8');
    if (headword.startsWith('00database')) {
      edition ||= /Edition:\s*(\S+)/.exec(text)?.[1] ?? '';
      continue;
    }
    const entry = parseEntry(headword, text);
    if (entry.pos === 'phraseologicalUnit' || entry.pos === 'pn') continue;
    const key = headword.toLowerCase();
    const list = entries.get(key) ?? [];
    for (const t of entry.translations.flatMap((t) => t.split(';'))) {
      const clean = t.toLowerCase().replace(/\s+/g, ' ').trim();
      if (clean && !list.includes(clean)) list.push(clean);
    }
    entries.set(key, list);
  }
  return {edition, entries};
}

export function pivot(
  pairs: {xId: Map<string, string[]>; xEn: Map<string, string[]>}[],
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const {xId, xEn} of pairs) {
    const seen = new Map<string, Set<string>>();
    for (const [x, ids] of xId) {
      const ens = (xEn.get(x) ?? []).filter((e) => e.split(' ').length <= 3).slice(0, MAX_ENGLISH);
      for (const id of ids) {
        if (!/^[a-z]+(?:-[a-z]+)*(?: [a-z]+(?:-[a-z]+)*)?$/.test(id)) continue;
        const glosses = seen.get(id) ?? new Set<string>();
        for (const en of ens) glosses.add(en);
        seen.set(id, glosses);
      }
    }
    // One language counts once per gloss, however many of its headwords lead there.
    for (const [id, glosses] of seen) {
      const votes = out.get(id) ?? new Map<string, number>();
      for (const en of glosses) votes.set(en, (votes.get(en) ?? 0) + 1);
      out.set(id, votes);
    }
  }
  return out;
}

function main() {
  const dir = argValue('--dir') ?? '/usr/share/dictd';
  const editions: string[] = [];
  const pairs = PIVOTS.map((x) => {
    const xId = readDict(path.join(dir, `freedict-${x}-ind`));
    const xEn = readDict(path.join(dir, `freedict-${x}-eng`));
    editions.push(`${x}-ind ${xId.edition}`, `${x}-eng ${xEn.edition}`);
    return {xId: xId.entries, xEn: xEn.entries};
  });
  const table = pivot(pairs);
  // One string per word, "gloss|votes;…" (parsed when a word is looked up: half the load time of arrays).
  const idEn: Record<string, string> = {};
  for (const id of [...table.keys()].sort()) {
    // Most agreed first, then shorter (commoner) glosses, then alphabetically: a stable order.
    idEn[id] = [...table.get(id)!]
      .sort(([a, va], [b, vb]) => vb - va || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
      .map(([gloss, votes]) => `${gloss}|${votes}`)
      .join(';');
  }
  const json = {
    source: `FreeDict/WikDict via Finnish, Polish and Greek (Debian dict-freedict-*): ${editions.join(', ')}`,
    licence: 'CC BY-SA 3.0 — see content/lexicon/LICENSE.md',
    idEn,
  };
  writeFileSync(OUT, `${JSON.stringify(json)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${table.size} Indonesian entries`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
