// Speed of the word aligner: every sentence of a 1,000-paragraph text (the shipped texts' rows,
// repeated until there are 1,000 paragraphs a side) word-aligned in process, and the command line
// (`npm run --silent wordalign`) on 200 tokenised pairs, start-up included.
//   npm run bench:wordalign [-- --paragraphs 1000 --pairs 200]
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {alignGroupSentences} from '../../core/align/sentences';
import {loadLexicon} from '../../server/texts/lexiconFiles';
import {englishWordsFor} from '../../core/language/lexicon';
import {tokenize} from '../../core/wordalign/tokens';
import {readContentDir} from '../../server/texts/contentFiles';
import {loadWordAligner} from '../../server/wordalign/loadAligner';

function option(name: string, fallback: number): number {
  const k = process.argv.indexOf(name);
  return k >= 0 ? Number(process.argv[k + 1]) : fallback;
}
const paragraphs = option('--paragraphs', 1000);
const pairCount = option('--pairs', 200);

const lexicon = loadLexicon();
const dictionary = (word: string) => englishWordsFor(lexicon, word);
const rows: {id: string[]; en: string[]}[] = [];
for (const source of await readContentDir()) {
  const id = source.versions.id?.paragraphs ?? [];
  const en = source.versions.en?.paragraphs ?? [];
  for (const run of source.alignment ?? []) rows.push({id: run.id.map((k) => id[k]!), en: run.en.map((k) => en[k]!)});
}
// Sentence pairs of the text, split and linked as the reader does (that part is the reader's cost, not timed).
const pairs: [string[], string[]][] = [];
let count = 0;
for (let k = 0; count < paragraphs; k++) {
  const row = rows[k % rows.length]!;
  count += Math.max(row.id.length, 1);
  const group = alignGroupSentences(row.id, row.en, {dictionary});
  const text = (ps: string[], s: {paragraph: number; start: number; end: number}) =>
    ps[s.paragraph]!.slice(s.start, s.end);
  for (const l of group.links)
    if (l.id.length && l.en.length)
      pairs.push([
        tokenize(l.id.map((x) => text(row.id, group.id[x]!)).join(' ')),
        tokenize(l.en.map((x) => text(row.en, group.en[x]!)).join(' ')),
      ]);
}
const {aligner} = loadWordAligner();
// Wall time and this process's CPU time: on a machine shared with other work the second is the fairer figure.
function timed(work: () => void): string {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  work();
  const used = process.cpuUsage(cpu);
  return `${(performance.now() - wall).toFixed(0)} ms (CPU ${((used.user + used.system) / 1000).toFixed(0)} ms)`;
}
const cold = timed(() => {
  for (const [id, en] of pairs) aligner.align(id, en);
});
const warm = timed(() => {
  for (const [id, en] of pairs) aligner.align(id, en);
});
console.log(
  `${paragraphs} paragraphs a side, ${pairs.length} sentence pairs: ${cold} with a fresh aligner ` +
    `(dictionary look-ups included), ${warm} again`,
);

const dir = mkdtempSync(path.join(tmpdir(), 'wordalign-bench-'));
const file = path.join(dir, 'pairs.tsv');
writeFileSync(
  file,
  `${pairs
    .slice(0, pairCount)
    .map(([id, en]) => `${id.join(' ')}\t${en.join(' ')}`)
    .join('\n')}\n`,
);
const started = performance.now();
const run = spawnSync('npm', ['run', '--silent', 'wordalign', '--', file], {encoding: 'utf8'});
const cliMs = performance.now() - started;
const direct = performance.now();
spawnSync('node', ['node_modules/.cache/selaras/wordalign.mjs', file], {encoding: 'utf8'});
const directMs = performance.now() - direct;
if (run.status !== 0) throw new Error(`wordalign failed: ${run.stderr}`);
rmSync(dir, {recursive: true, force: true});
console.log(
  `npm run --silent wordalign on ${pairCount} pairs: ${cliMs.toFixed(0)} ms, start-up and bundling included ` +
    `(the bundle alone: ${directMs.toFixed(0)} ms)`,
);
