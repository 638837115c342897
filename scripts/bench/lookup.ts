// Microseconds per lookupWord over every running word of the content texts (and the seed article):
// the first pass (cold: analysis and memo fill) and a warm pass, as p50 / p99.
//   npm run bench:lookup
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {loadLexicon, lookupWord, tokenizeWords} from '../../core/language/lexicon';
import {percentile} from './percentile';

const contentDir = path.join(process.cwd(), 'content');
const files = readdirSync(contentDir)
  .map((slug) => path.join(contentDir, slug, 'id.md'))
  .filter((file) => existsSync(file));
const words = files.flatMap((file) => tokenizeWords(readFileSync(file, 'utf8')).map((t) => t.word));

const loadStart = performance.now();
const lexicon = loadLexicon();
const loadMs = performance.now() - loadStart;

function timePass(): number[] {
  return words.map((word) => {
    const start = performance.now();
    lookupWord(lexicon, word, 'id');
    return (performance.now() - start) * 1000;
  });
}

const at = (sorted: number[], p: number) => percentile(sorted, p).toFixed(1);

const cold = timePass().sort((a, b) => a - b);
const warm = timePass().sort((a, b) => a - b);
console.log(
  `${words.length} words from ${files.length} texts, ${new Set(words.map((w) => w.toLowerCase())).size} distinct; lexicon loaded in ${loadMs.toFixed(0)} ms`,
);
console.log(`cold  p50 ${at(cold, 50)} µs  p99 ${at(cold, 99)} µs  max ${at(cold, 100)} µs`);
console.log(`warm  p50 ${at(warm, 50)} µs  p99 ${at(warm, 99)} µs  max ${at(warm, 100)} µs`);
