// Prints the lexicon's coverage of each content text's Indonesian version, then overall:
// the share of running word tokens (names and numbers excluded) that get at least one gloss.
//   npm run --silent coverage:lexicon [-- --missing] [-- extra.txt …]
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parseVersion} from '../../core/texts/content';
import {loadLexicon, measureCoverage} from '../../core/language/lexicon';

const args = process.argv.slice(2);
const showMissing = args.includes('--missing');
const contentDir = path.join(process.cwd(), 'content');
const texts: {name: string; text: string}[] = [];
for (const slug of readdirSync(contentDir).sort()) {
  const file = path.join(contentDir, slug, 'id.md');
  if (!existsSync(file)) continue;
  const version = parseVersion(readFileSync(file, 'utf8'), file);
  texts.push({name: slug, text: [version.title, ...version.paragraphs].join('\n\n')});
}
for (const file of args.filter((a) => !a.startsWith('--')))
  texts.push({name: path.basename(file), text: readFileSync(file, 'utf8')});

const lexicon = loadLexicon();
const percent = (covered: number, tokens: number) => (tokens === 0 ? '—' : `${((100 * covered) / tokens).toFixed(1)}%`);
let tokens = 0;
let covered = 0;
const missing = new Map<string, number>();
for (const {name, text} of texts) {
  const c = measureCoverage(lexicon, text);
  tokens += c.tokens;
  covered += c.covered;
  for (const w of c.missing) missing.set(w, (missing.get(w) ?? 0) + 1);
  console.log(
    `${name.padEnd(32)} ${String(c.covered).padStart(6)} / ${String(c.tokens).padEnd(6)} ${percent(c.covered, c.tokens)}`,
  );
}
console.log(
  `${'overall'.padEnd(32)} ${String(covered).padStart(6)} / ${String(tokens).padEnd(6)} ${percent(covered, tokens)}`,
);
if (showMissing) {
  const list = [...missing].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  console.log(`\nmissing (${list.length} words): ${list.map(([w, n]) => (n > 1 ? `${w} ×${n}` : w)).join(', ')}`);
}
