// Runs the paragraph aligner over a directory of cases (CASE/ID.txt, CASE/EN.txt, CASE/gold.json) and
// prints strict and lax F1 (micro, as ../shared/align/score.py) and the time spent aligning.
//   npm run eval:align [-- DIR] [--without length,dictionary] [--ablation] [--out PRED_DIR]
//                      [--dictionary quick|full|none] [--model '{"skip":3}'] [--search '{"fullCells":0}']
//                      [--per-doc] [--by-score]
// --dictionary: quick (the command line's, core/align/dictionary.ts), full (the lexicon's analyser,
// englishWordsFor) or none.
import type {Run, ScoredRun} from '../../core/vocabulary';
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {paragraphsFromLines} from '../../core/align/lines';
import {EVIDENCE, type EvidenceName} from '../../core/align/model';
import {quickDictionary} from '../../core/align/dictionary';
import type {Dictionary} from '../../core/align/analysis';
import {alignParagraphs, type AlignOptions} from '../../core/align/paragraphs';
import {addCounts} from '../../core/counts';
import {countLinks, laxF1, NO_COUNTS, strictF1, type LinkCounts} from '../../core/align/scoring';
import {englishWordsFor} from '../../core/language/lexicon';
import {loadLexicon} from '../../server/texts/lexiconFiles';

interface Case {
  name: string;
  id: string[];
  en: string[];
  gold: Run[];
}
interface Result {
  counts: LinkCounts;
  seconds: number;
  byType: Map<string, [number, number]>;
  calibration: number[][];
}

function option(name: string): string | undefined {
  const k = process.argv.indexOf(name);
  return k >= 0 ? process.argv[k + 1] : undefined;
}

function readCases(dir: string): Case[] {
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, 'gold.json')))
    .sort()
    .map((name) => ({
      name,
      id: paragraphsFromLines(readFileSync(path.join(dir, name, 'ID.txt'), 'utf8')),
      en: paragraphsFromLines(readFileSync(path.join(dir, name, 'EN.txt'), 'utf8')),
      gold: (JSON.parse(readFileSync(path.join(dir, name, 'gold.json'), 'utf8')) as {links: Run[]}).links,
    }));
}

const shapeOf = (l: Run) => `${l.id.length}-${l.en.length}`;

function evaluate(cases: Case[], options: AlignOptions, outDir?: string, perDoc = false): Result {
  let counts = NO_COUNTS;
  let seconds = 0;
  const byType = new Map<string, [number, number]>();
  const calibration = Array.from({length: 10}, () => [0, 0]);
  for (const c of cases) {
    const start = performance.now();
    const links: ScoredRun[] = alignParagraphs(c.id, c.en, options);
    seconds += (performance.now() - start) / 1000;
    const doc = countLinks(c.gold, links);
    counts = addCounts(counts, doc);
    const predicted = new Set(links.map((l) => `${l.id}=${l.en}`));
    const gold = new Set(c.gold.map((l) => `${l.id}=${l.en}`));
    for (const l of c.gold) {
      const t = byType.get(shapeOf(l)) ?? [0, 0];
      t[0]++;
      if (predicted.has(`${l.id}=${l.en}`)) t[1]++;
      byType.set(shapeOf(l), t);
    }
    for (const l of links) {
      const bin = calibration[Math.min(9, Math.floor(l.score * 10))];
      bin[0]++;
      if (gold.has(`${l.id}=${l.en}`)) bin[1]++;
    }
    if (perDoc && strictF1(doc) < 1)
      console.log(`  ${c.name.padEnd(48)} strict=${strictF1(doc).toFixed(3)} lax=${laxF1(doc).toFixed(3)}`);
    if (outDir) {
      mkdirSync(path.join(outDir, c.name), {recursive: true});
      writeFileSync(path.join(outDir, c.name, 'pred.json'), `${JSON.stringify({links})}\n`);
    }
  }
  return {counts, seconds, byType, calibration};
}

function main() {
  const args = process.argv.slice(2);
  const dir =
    args[0] && !args[0].startsWith('--') ? args[0] : path.resolve(import.meta.dirname, '../../../shared/align/dev');
  const cases = readCases(dir);
  if (cases.length === 0) {
    console.error(`no cases (CASE/gold.json) in ${dir}`);
    process.exit(1);
  }
  const lexiconStart = performance.now();
  const kind = option('--dictionary') ?? 'quick';
  const lexicon = kind === 'none' ? null : loadLexicon();
  const dictionaries: Record<string, (() => Dictionary) | undefined> = {
    quick: () => quickDictionary(lexicon!),
    full: () => (w) => englishWordsFor(lexicon!, w),
    none: undefined,
  };
  if (!(kind in dictionaries)) throw new Error(`--dictionary must be quick, full or none, not ${kind}`);
  const base: AlignOptions = {
    dictionary: dictionaries[kind]?.(),
    model: option('--model') ? JSON.parse(option('--model')!) : undefined,
    search: option('--search') ? JSON.parse(option('--search')!) : undefined,
  };
  const without = (option('--without') ?? '').split(',').filter(Boolean) as EvidenceName[];
  const run = (off: EvidenceName[]) =>
    evaluate(cases, {...base, evidence: Object.fromEntries(off.map((e) => [e, false]))});
  const paragraphs = cases.reduce((s, c) => s + c.id.length + c.en.length, 0);
  console.log(
    `${cases.length} cases, ${paragraphs} paragraphs, ${dir}, dictionary: ${kind}${lexicon ? ` (lexicon loaded in ${((performance.now() - lexiconStart) / 1000).toFixed(2)} s)` : ''}`,
  );

  const main = evaluate(
    cases,
    {...base, evidence: Object.fromEntries(without.map((e) => [e, false]))},
    option('--out'),
    args.includes('--per-doc'),
  );
  const {counts, seconds} = main;
  console.log(
    `strict F1 ${strictF1(counts).toFixed(3)}  lax F1 ${laxF1(counts).toFixed(3)}  links ${counts.pred} (gold ${counts.gold})  time ${seconds.toFixed(2)} s`,
  );
  console.log(
    'strict recall by gold link type: ' +
      [...main.byType]
        .sort()
        .map(([t, [n, hit]]) => `${t} ${(hit / n).toFixed(3)} (n=${n})`)
        .join(', '),
  );
  if (args.includes('--by-score')) {
    console.log(
      'precision by score: ' +
        main.calibration
          .map(([n, hit], k) => (n ? `${k / 10}–${(k + 1) / 10}: ${(hit / n).toFixed(2)} (n=${n})` : ''))
          .filter(Boolean)
          .join(', '),
    );
  }
  if (args.includes('--ablation')) {
    console.log('\n| evidence switched off | strict F1 | lax F1 | Δ strict |\n| --- | --- | --- | --- |');
    console.log(`| (none) | ${strictF1(counts).toFixed(3)} | ${laxF1(counts).toFixed(3)} | — |`);
    for (const e of EVIDENCE) {
      const r = run([...without, e]).counts;
      console.log(
        `| ${e} | ${strictF1(r).toFixed(3)} | ${laxF1(r).toFixed(3)} | ${(strictF1(r) - strictF1(counts)).toFixed(3)} |`,
      );
    }
    const lengthOnly = run(EVIDENCE.filter((e) => e !== 'length')).counts;
    console.log(
      `| all but length (length only) | ${strictF1(lengthOnly).toFixed(3)} | ${laxF1(lengthOnly).toFixed(3)} | ${(strictF1(lengthOnly) - strictF1(counts)).toFixed(3)} |`,
    );
  }
}

main();
