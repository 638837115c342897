// Paragraphs per second and peak memory of the paragraph aligner for growing documents, built by
// concatenating the development set's cases (../shared/align/dev) until each side has N paragraphs,
// and the end-to-end time of `npm run align` on the 6,000-paragraph one.
//   npm run bench:align [-- --sizes 1000,10000,50000] [--dev DIR]
import type {Run} from '../../core/vocabulary';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {paragraphsFromLines} from '../../core/align/lines';
import {alignParagraphs} from '../../core/align/paragraphs';
import {countLinks, laxF1, strictF1} from '../../core/align/scoring';
import {quickDictionary} from '../../core/align/dictionary';
import {loadLexicon} from '../../core/language/lexicon';

function option(name: string, fallback: string): string {
  const k = process.argv.indexOf(name);
  return k >= 0 ? process.argv[k + 1] : fallback;
}

/** Whole development cases, one after another (cycling), until each side has at least `size` paragraphs. */
function buildDocument(devDir: string, size: number) {
  const cases = readdirSync(devDir).sort();
  const id: string[] = [];
  const en: string[] = [];
  const gold: Run[] = [];
  for (let k = 0; id.length < size || en.length < size; k++) {
    const dir = path.join(devDir, cases[k % cases.length]);
    const links = (JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as {links: Run[]}).links;
    for (const l of links) gold.push({id: l.id.map((x) => x + id.length), en: l.en.map((y) => y + en.length)});
    id.push(...paragraphsFromLines(readFileSync(path.join(dir, 'ID.txt'), 'utf8')));
    en.push(...paragraphsFromLines(readFileSync(path.join(dir, 'EN.txt'), 'utf8')));
  }
  return {id, en, gold};
}

/** Runs in a fresh process so that its peak memory is the aligner's own. */
function child(dir: string) {
  const start = performance.now();
  const id = paragraphsFromLines(readFileSync(path.join(dir, 'ID.txt'), 'utf8'));
  const en = paragraphsFromLines(readFileSync(path.join(dir, 'EN.txt'), 'utf8'));
  const links = alignParagraphs(id, en, {dictionary: quickDictionary(loadLexicon())});
  const seconds = (performance.now() - start) / 1000;
  const gold = (JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as {links: Run[]}).links;
  const counts = countLinks(gold, links);
  const result = {seconds, peakMB: process.resourceUsage().maxRSS / 1024, strict: strictF1(counts), lax: laxF1(counts)};
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function main() {
  const devDir = option('--dev', path.resolve(import.meta.dirname, '../../../shared/align/dev'));
  const sizes = option('--sizes', '1000,10000,50000').split(',').map(Number);
  const work = mkdtempSync(path.join(tmpdir(), 'bench-align-'));
  try {
    console.log('| paragraphs (id × en) | align time | paragraphs/s (both sides) | peak RSS | strict F1 | lax F1 |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const size of sizes) {
      const doc = buildDocument(devDir, size);
      const dir = path.join(work, String(size));
      spawnSync('mkdir', ['-p', dir]);
      writeFileSync(path.join(dir, 'ID.txt'), `${doc.id.join('\n')}\n`);
      writeFileSync(path.join(dir, 'EN.txt'), `${doc.en.join('\n')}\n`);
      writeFileSync(path.join(dir, 'gold.json'), JSON.stringify({links: doc.gold}));
      const run = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--child', dir], {
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`benchmark of ${size} failed: ${run.stderr}`);
      const r = JSON.parse(run.stdout) as {seconds: number; peakMB: number; strict: number; lax: number};
      const rate = Math.round((doc.id.length + doc.en.length) / r.seconds);
      console.log(
        `| ${doc.id.length} × ${doc.en.length} | ${r.seconds.toFixed(2)} s | ${rate.toLocaleString('en')} | ${Math.round(r.peakMB)} MB | ${r.strict.toFixed(3)} | ${r.lax.toFixed(3)} |`,
      );
    }
    // The acceptance test: a 6,000-paragraph document through the command line, start-up included.
    const doc = buildDocument(devDir, 6000);
    const idFile = path.join(work, 'ID6000.txt');
    const enFile = path.join(work, 'EN6000.txt');
    writeFileSync(idFile, `${doc.id.join('\n')}\n`);
    writeFileSync(enFile, `${doc.en.join('\n')}\n`);
    spawnSync('npm', ['run', '--silent', 'build:cli'], {encoding: 'utf8'});
    const times: number[] = [];
    for (let k = 0; k < 3; k++) {
      const start = performance.now();
      const run = spawnSync('npm', ['run', '--silent', 'align', '--', idFile, enFile], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      if (run.status !== 0) throw new Error(`npm run align failed: ${run.stderr}`);
      times.push((performance.now() - start) / 1000);
    }
    console.log(
      `\nnpm run --silent align, ${doc.id.length} × ${doc.en.length} paragraphs, start-up included: best ${Math.min(...times).toFixed(2)} s of ${times.map((t) => t.toFixed(2)).join(', ')}`,
    );
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
}

if (process.argv.includes('--child')) child(option('--child', ''));
else main();
