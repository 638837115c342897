// AER, precision and recall of the word aligner on the development set, overall and per genre, with
// eflomal's figures beside them; the odd and even rows are also reported apart, since weights were
// tuned on the odd rows only; `--half even` scores the held-back half alone, so that its per-genre
// figures can be read too. `--blind` scores tests/wordalign/blind.tsv instead: 40 pairs written and
// annotated on 2026-12-07 by a session that never saw the aligner, its lexicon or its output (its
// README); its even rows stay unread while improving the aligner, so that one figure stays blind.
// tests/wordalign/blind2-*.tsv and blind3-*.tsv (fiction and essays, `--dev FILE`) are four more such
// sets, of 20 pairs each; `--unread` scores the even rows of all five together, `--read` their odd rows.
//   npm run eval:wordalign [-- --dev ../shared/wordalign/dev.tsv | --blind | --unread | --read] [--rows] [--half odd|even]
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {tokenize} from '../../core/wordalign/tokens';
import {addCounts} from '../../core/counts';
import {aerFigures, type AerCounts, countAer, NO_COUNTS, parsePharaoh} from '../../core/wordalign/scoring';
import {loadWordAligner} from '../../server/wordalign/loadAligner';

const EFLOMAL: Record<string, number> = {
  all: 0.259,
  news: 0.308,
  fiction: 0.285,
  essay: 0.266,
  travel: 0.264,
  technical: 0.136,
};
const k = process.argv.indexOf('--dev');
const sharedDev = path.resolve(process.cwd(), '..', 'shared', 'wordalign', 'dev.tsv');
const devFile = process.argv.includes('--blind')
  ? path.resolve(import.meta.dirname, '../../tests/wordalign/blind.tsv')
  : k >= 0
    ? path.resolve(process.argv[k + 1]!)
    : sharedDev;
// eflomal's figures are the shared development set's: beside another set's they would mislead.
const showRows = process.argv.includes('--rows');
const h = process.argv.indexOf('--half');
const half = h >= 0 ? process.argv[h + 1] : undefined;
if (half !== undefined && half !== 'odd' && half !== 'even') throw new Error('--half takes odd or even');
const dataRows = (file: string) => readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean);
// --unread pools the rows nobody reads of every blind set (their even rows), --read the others: the
// honest figure for unseen text, per genre, and the figure rules may be chosen on.
const pooled = process.argv.includes('--unread') ? 1 : process.argv.includes('--read') ? 0 : -1;
const blindDir = path.resolve(import.meta.dirname, '../../tests/wordalign');
const reference = devFile === sharedDev && pooled < 0 ? EFLOMAL : {};
const rows =
  pooled < 0
    ? dataRows(devFile)
    : ['blind.tsv', 'blind2-fiction.tsv', 'blind2-essay.tsv', 'blind3-fiction.tsv', 'blind3-essay.tsv'].flatMap(
        (name) => dataRows(path.join(blindDir, name)).filter((_, n) => n % 2 === pooled),
      );
const {aligner} = loadWordAligner();
const groups = new Map<string, AerCounts>();
const pairsIn = new Map<string, number>();
const add = (name: string, c: AerCounts) => {
  groups.set(name, addCounts(groups.get(name) ?? NO_COUNTS, c));
  pairsIn.set(name, (pairsIn.get(name) ?? 0) + 1);
};
const started = performance.now();
rows.forEach((row, n) => {
  // Data rows are numbered from 1: the odd ones are n = 0, 2, 4 …
  if (half !== undefined && (n % 2 === 0) !== (half === 'odd')) return;
  const [genre, id, en, sure, possible] = row.split('\t') as [string, string, string, string, string];
  const links = aligner.align(tokenize(id), tokenize(en));
  const proposed = new Set(links.map((l) => `${l.id}-${l.en}`));
  const S = parsePharaoh(sure);
  const c = countAer(proposed, S, parsePharaoh(possible));
  add('all', c);
  add(genre, c);
  if (pooled < 0) add(n % 2 === 0 ? 'odd rows (tuning)' : 'even rows (held back)', c);
  if (showRows) {
    const f = aerFigures(c);
    const idt = tokenize(id);
    const ent = tokenize(en);
    const P = parsePharaoh(possible);
    const wrong = [...proposed].filter((l) => !S.has(l) && !P.has(l));
    const missed = [...S].filter((l) => !proposed.has(l));
    const word = (l: string) => {
      const [i, j] = l.split('-').map(Number) as [number, number];
      return `${idt[i]}=${ent[j]}`;
    };
    console.log(`#${n + 1} ${genre} AER ${f.aer.toFixed(3)}`);
    console.log(`   wrong: ${wrong.map(word).join('  ')}`);
    console.log(`   missed: ${missed.map(word).join('  ')}`);
  }
});
const ms = performance.now() - started;
const pct = (x: number) => x.toFixed(3);
console.log(
  `${'set'.padEnd(22)} ${'pairs'.padStart(5)} ${'AER'.padStart(6)} ${'prec'.padStart(6)} ${'recall'.padStart(6)}  eflomal AER`,
);
for (const [name, c] of groups) {
  const f = aerFigures(c);
  console.log(
    `${name.padEnd(22)} ${String(pairsIn.get(name)).padStart(5)} ${pct(f.aer).padStart(6)} ${pct(f.precision).padStart(6)} ${pct(f.recall).padStart(6)}  ${half ? '' : (reference[name]?.toFixed(3) ?? '')}`,
  );
}
console.log(`(${pairsIn.get('all')} pairs aligned in ${ms.toFixed(0)} ms, look-ups included)`);
