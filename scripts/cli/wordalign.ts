// Word links for tokenised sentence pairs: npm run --silent wordalign -- PAIRS.tsv
// Each input line is `Indonesian tokens<TAB>English tokens` (tokens separated by single spaces, as
// tokenize() splits them); each output line holds that pair's links as Pharaoh `i-j` (Indonesian first).
import {readFileSync} from 'node:fs';
import {loadWordAligner} from '../../server/wordalign/loadAligner';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run --silent wordalign -- PAIRS.tsv');
  process.exit(2);
}
const {aligner} = loadWordAligner();
const lines = readFileSync(file === '-' ? 0 : file, 'utf8').split('\n');
if (lines.at(-1) === '') lines.pop();
const out = lines.map((line) => {
  const [id = '', en = ''] = line.replace(/\r$/, '').split('\t');
  const split = (s: string) => s.split(' ').filter(Boolean);
  return aligner
    .align(split(id), split(en))
    .map((l) => `${l.id}-${l.en}`)
    .join(' ');
});
process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
