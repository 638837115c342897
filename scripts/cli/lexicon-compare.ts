// What a change to the hand-written lexicon does to the learner's lookup: every word whose root or
// glosses differ between two versions of content/lexicon/selaras-id-en.tsv, among the most frequent
// words of a ranked list and every headword of either version. Read it before committing new roots:
// a new root can take over other words' analyses (pasak would turn memasak into "peg").
//   npx tsx scripts/cli/lexicon-compare.ts BEFORE.tsv FREQUENCY.json [--top 30000]
// BEFORE.tsv is the older TSV (git show HEAD:content/lexicon/selaras-id-en.tsv > /tmp/before.tsv);
// the newer one is content/lexicon's. Headwords the change added are not listed, only changed lookups.
import {readFileSync} from 'node:fs';
import {createLexicon, lookupWord} from '../../core/language/lexicon';
import {loadLexicon} from '../../server/texts/lexiconFiles';

const args = process.argv.slice(2);
const [beforeFile, rankedFile] = args.filter((a) => !a.startsWith('--'));
const t = args.indexOf('--top');
const top = t >= 0 ? Number(args[t + 1]) : 30_000;
if (!beforeFile || !rankedFile || !Number.isInteger(top) || top <= 0) {
  console.error('usage: lexicon-compare BEFORE.tsv FREQUENCY.json [--top N]');
  process.exit(2);
}
const after = loadLexicon();
// The same FreeDict data under the older hand-written glosses.
const {freedict} = after;
const before = createLexicon(freedict, readFileSync(beforeFile, 'utf8'));

const ranked = (JSON.parse(readFileSync(rankedFile, 'utf8')) as string[]).slice(0, top);
const words = new Set([...ranked, ...before.selaras.idEn.keys(), ...Object.keys(freedict.idEn)]);
const show = (r: ReturnType<typeof lookupWord>) =>
  `${r.root ?? '-'} [${r.affixes.join(' ')}] ${r.glosses.slice(0, 4).join('; ')}`;
let changed = 0;
for (const word of words) {
  if (word.includes(' ')) continue;
  const a = lookupWord(before, word, 'id');
  const b = lookupWord(after, word, 'id');
  if (a.glosses.length === 0 || after.selaras.idEn.has(word)) continue;
  if (a.root === b.root && a.glosses.join('|') === b.glosses.join('|')) continue;
  changed++;
  const rank = ranked.indexOf(word);
  console.log(`${rank >= 0 ? rank + 1 : '-'}\t${word}\n\tbefore: ${show(a)}\n\tafter:  ${show(b)}`);
}
console.log(`${changed} lookups changed among ${words.size} words`);
