// Lists the most frequent Indonesian words the learner's lookup cannot gloss, to choose what the
// hand-written lexicon should cover next by how common a word is rather than by any test text:
//   npx tsx scripts/cli/lexicon-gaps.ts FREQUENCY.json [--top 6000] [--from 1] [--quiet] [--derived]
// FREQUENCY.json is a JSON array of words, most frequent first (such as @zxcvbn-ts/language-id's
// src/commonWords.json, ranked from OpenSubtitles). The list only chooses words; it is not shipped.
// A derived form counts as covered when the lookup glosses it through its root (menggunakan → guna).
// --derived lists instead the words of ranks --from..--top glossed only through a root, with the root's
// glosses: the list to review for forms whose meaning is their own (rupanya is not "its face").
// --senses lists every glossed word of ranks --from..--top with its root, affixes and glosses, and
// whether they come from the hand-written lexicon: the list to review for senses a translator uses that
// the glosses lack.
import {readFileSync} from 'node:fs';
import {lookupWord} from '../../core/language/lexicon';
import {loadLexicon} from '../../server/texts/lexiconFiles';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const t = args.indexOf('--top');
const top = t >= 0 ? Number(args[t + 1]) : 6000;
if (!file || !Number.isInteger(top) || top <= 0) {
  console.error('usage: lexicon-gaps FREQUENCY.json [--top N] [--quiet]');
  process.exit(2);
}
const ranked: unknown = JSON.parse(readFileSync(file, 'utf8'));
if (!Array.isArray(ranked) || !ranked.every((w) => typeof w === 'string'))
  throw new Error(`${file}: expected a JSON array of words`);

const f = args.indexOf('--from');
const from = f >= 0 ? Number(args[f + 1]) : 1;
const lexicon = loadLexicon();
if (args.includes('--derived')) {
  (ranked as string[]).slice(from - 1, top).forEach((word, i) => {
    const found = lookupWord(lexicon, word, 'id');
    if (found.glosses.length && found.root && found.root !== word.toLowerCase())
      console.log(`${from + i}\t${word}\t${found.root}\t${found.affixes.join(' ')}\t${found.glosses.join('; ')}`);
  });
  process.exit(0);
}
if (args.includes('--senses')) {
  (ranked as string[]).slice(from - 1, top).forEach((word, i) => {
    const found = lookupWord(lexicon, word, 'id');
    if (!found.glosses.length || !found.root) return;
    const own = lexicon.selaras.idEn.has(found.root) || lexicon.selaras.idEn.has(word.toLowerCase());
    console.log(
      `${from + i}\t${word}\t${found.root}\t${found.affixes.join(' ')}\t${own ? 'selaras' : 'freedict'}\t${found.glosses.join('; ')}`,
    );
  });
  process.exit(0);
}
const words = (ranked as string[]).slice(0, top);
const missing = words
  .map((word, rank) => ({word, rank: rank + 1}))
  .filter(({word}) => lookupWord(lexicon, word, 'id').glosses.length === 0);
const share = (100 * (words.length - missing.length)) / words.length;
console.log(
  `top ${words.length}: ${words.length - missing.length} glossed (${share.toFixed(1)} %), ${missing.length} not`,
);
if (!args.includes('--quiet')) for (const {word, rank} of missing) console.log(`${rank}\t${word}`);
