// Builds content/lexicon/freedict-eng-ind.json from Debian's dict-freedict-eng-ind package.
// Deterministic: same package in, byte-identical JSON out (keys sorted, translations in dictionary order).
//   npm run lexicon:build [-- --dict /path/freedict-eng-ind]
import {readFileSync, writeFileSync} from 'node:fs';
import {gunzipSync} from 'node:zlib';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content/lexicon/freedict-eng-ind.json');
// Longer multi-word translations are sentences ("aku cinta padamu"), useless for word lookup.
const MAX_PHRASE_WORDS = 4;

function decodeB64Number(s: string): number {
  let n = 0;
  for (const c of s) n = n * 64 + B64.indexOf(c);
  return n;
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface Entry {
  headword: string;
  pos: string;
  translations: string[];
}

// The dictd text of one entry: "headword /ipa/ <pos>", then per sense an optional "N. " marker with
// the comma-separated translations on the same line, then English definition lines. Several definitions
// of one sense are numbered too, but indented (" 3.") or dangling at the end of the line before ("x 2.").
export function parseEntry(headword: string, text: string): Entry {
  const lines = text.split('\n');
  const pos = /<([^>]+)>\s*$/.exec(lines[0] ?? '')?.[1] ?? '';
  const translations: string[] = [];
  let expectTranslation = true;
  for (const raw of lines.slice(1)) {
    if (/^\s+\d+\.\s*$/.test(raw)) continue;
    const numbered = /^\d+\.\s*(.*)$/.exec(raw);
    let line = numbered ? numbered[1] : raw;
    if (numbered) expectTranslation = true;
    if (!expectTranslation || line.trim() === '') continue;
    expectTranslation = false;
    line = line.replace(/\s+\d+\.\s*$/, '');
    for (const t of line.split(/[,/]/)) {
      const clean = t
        .replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, '$1') // wiki links: [[target|label]] → label
        .replace(/\([^)]*\)|[!?]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (clean && clean.split(' ').length <= MAX_PHRASE_WORDS && !/[.…]{2,}|\.\.\./.test(clean))
        translations.push(clean);
    }
  }
  return {headword, pos, translations};
}

function buildFromDict(base: string) {
  const index = readFileSync(`${base}.index`, 'utf8');
  const data = gunzipSync(readFileSync(`${base}.dict.dz`));
  const enId = new Map<string, Set<string>>();
  let edition = '';
  for (const row of index.split('\n')) {
    const [headword, off, len] = row.split('\t');
    if (!headword || off === undefined || len === undefined) continue;
    const text = data.subarray(decodeB64Number(off), decodeB64Number(off) + decodeB64Number(len)).toString('utf8');
    if (headword.startsWith('00database')) {
      edition ||= /Edition:\s*(\S+)/.exec(text)?.[1] ?? '';
      continue;
    }
    const entry = parseEntry(headword, text);
    if (entry.pos === 'phraseologicalUnit' || entry.translations.length === 0) continue;
    const key = headword.toLowerCase();
    const set = enId.get(key) ?? new Set<string>();
    for (const t of entry.translations) set.add(t.toLowerCase());
    enId.set(key, set);
  }
  return {edition, enId};
}

function sortedRecord<T>(map: Map<string, T>, values: (v: T) => string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const key of [...map.keys()].sort()) out[key] = values(map.get(key)!);
  return out;
}

// The inversion lists likelier glosses first: English headwords that give the Indonesian word as an
// early translation, then shorter (so commoner) English words: besar → big, great, large, …, gargantuan.
function invert(enId: Map<string, Set<string>>): Map<string, Map<string, number>> {
  const idEn = new Map<string, Map<string, number>>();
  for (const [en, ids] of enId) {
    [...ids].forEach((id, position) => {
      const ranks = idEn.get(id) ?? new Map<string, number>();
      ranks.set(en, Math.min(ranks.get(en) ?? Infinity, position));
      idEn.set(id, ranks);
    });
  }
  return idEn;
}

function byRank(ranks: Map<string, number>): string[] {
  return [...ranks]
    .sort(([a, ra], [b, rb]) => ra - rb || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(([en]) => en);
}

function main() {
  const base = argValue('--dict') ?? '/usr/share/dictd/freedict-eng-ind';
  const {edition, enId} = buildFromDict(base);
  // The Indonesian side is the inversion: each Indonesian translation points back to its English headwords.
  const idEn = invert(enId);
  const json = {
    source: 'FreeDict English-Bahasa Indonesia (FreeDict+WikDict), Debian package dict-freedict-eng-ind',
    edition,
    licence: 'CC BY-SA 3.0 — see LICENSE.md',
    enId: sortedRecord(enId, (ids) => [...ids]),
    idEn: sortedRecord(idEn, byRank),
  };
  writeFileSync(OUT, `${JSON.stringify(json)}\n`);
  console.log(
    `wrote ${path.relative(process.cwd(), OUT)}: ${enId.size} English headwords, ${idEn.size} Indonesian entries (edition ${edition})`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
