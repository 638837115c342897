// Offline-draft benchmark: throughput (paragraphs per second) on the seed article and, when the
// shared alignment dev set is present, on its Indonesian side, with the share of Indonesian words
// translated there and chrF against the English of its 1-1 links.
//   npm run bench:translate [-- --seconds 3] [-- --dev ../shared/align/dev]
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {performance} from 'node:perf_hooks';
import {loadLexicon} from '../../core/language/lexicon';
import {draftIndonesianToEnglish} from '../../core/translate/offline/offlineEngine';

const root = path.resolve(import.meta.dirname, '../..');
const {values} = parseArgs({
  options: {
    seconds: {type: 'string', default: '2'},
    seed: {type: 'string', default: path.resolve(root, '../shared/seed/genpi-china-influence.id.txt')},
    dev: {type: 'string', default: path.resolve(root, '../shared/align/dev')},
  },
});

const started = performance.now();
const lexicon = loadLexicon();
console.log(`lexicon loaded in ${(performance.now() - started).toFixed(0)} ms`);

function throughput(label: string, paragraphs: string[]): void {
  for (const p of paragraphs.slice(0, 50)) draftIndonesianToEnglish(p, lexicon); // warm the lookup memo
  const budget = Number(values.seconds) * 1000;
  let done = 0;
  let words = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < budget) {
    for (const p of paragraphs) words += draftIndonesianToEnglish(p, lexicon).stats.words;
    done += paragraphs.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `${label}: ${(done / seconds).toFixed(0)} paragraphs/s, ${(words / seconds).toFixed(0)} words/s (${paragraphs.length} paragraphs, ${seconds.toFixed(1)} s)`,
  );
}

function share(paragraphs: string[]): {translated: number; indonesian: number; missing: Map<string, number>} {
  const missing = new Map<string, number>();
  let translated = 0;
  let indonesian = 0;
  for (const p of paragraphs) {
    const {stats} = draftIndonesianToEnglish(p, lexicon);
    translated += stats.translated;
    indonesian += stats.words - stats.kept;
    for (const w of stats.untranslated) missing.set(w.toLowerCase(), (missing.get(w.toLowerCase()) ?? 0) + 1);
  }
  return {translated, indonesian, missing};
}

// chrF (Popović 2015): character n-grams up to 6, recall weighted twice as much as precision.
function chrF(hypothesis: string, reference: string): number {
  const grams = (s: string, n: number) => {
    const text = s.replace(/\s+/g, ' ');
    const m = new Map<string, number>();
    for (let i = 0; i + n <= text.length; i++) m.set(text.slice(i, i + n), (m.get(text.slice(i, i + n)) ?? 0) + 1);
    return m;
  };
  let p = 0;
  let r = 0;
  for (let n = 1; n <= 6; n++) {
    const h = grams(hypothesis, n);
    const ref = grams(reference, n);
    let match = 0;
    for (const [g, c] of h) match += Math.min(c, ref.get(g) ?? 0);
    const hTotal = [...h.values()].reduce((a, b) => a + b, 0);
    const rTotal = [...ref.values()].reduce((a, b) => a + b, 0);
    p += hTotal ? match / hTotal : 0;
    r += rTotal ? match / rTotal : 0;
  }
  p /= 6;
  r /= 6;
  return p + r === 0 ? 0 : (5 * p * r) / (4 * p + r);
}

const seed = readFileSync(values.seed, 'utf8')
  .split('\n')
  .filter((p) => p.trim());
throughput('seed article', seed);
const seedShare = share(seed);
console.log(
  `seed article: ${((100 * seedShare.translated) / seedShare.indonesian).toFixed(1)}% of ${seedShare.indonesian} Indonesian words translated`,
);

if (existsSync(values.dev)) {
  const pairs: {id: string; en: string}[] = [];
  const all: string[] = [];
  for (const name of readdirSync(values.dev).sort()) {
    const dir = path.join(values.dev, name);
    const id = readFileSync(path.join(dir, 'ID.txt'), 'utf8').split('\n');
    const en = readFileSync(path.join(dir, 'EN.txt'), 'utf8').split('\n');
    const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as {
      links: {id: number[]; en: number[]}[];
    };
    all.push(...id.filter((p) => p.trim()));
    for (const link of gold.links)
      if (link.id.length === 1 && link.en.length === 1) pairs.push({id: id[link.id[0]], en: en[link.en[0]]});
  }
  throughput('alignment dev set', all);
  const devShare = share(all);
  const top = [...devShare.missing]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([w, n]) => `${w}×${n}`);
  console.log(
    `alignment dev set: ${((100 * devShare.translated) / devShare.indonesian).toFixed(1)}% of ${devShare.indonesian} Indonesian words translated; most frequent left: ${top.join(' ')}`,
  );
  const draft = pairs.map((p) => chrF(draftIndonesianToEnglish(p.id, lexicon).text, p.en));
  const copy = pairs.map((p) => chrF(p.id, p.en));
  const mean = (xs: number[]) => (100 * xs.reduce((a, b) => a + b, 0)) / xs.length;
  console.log(
    `alignment dev set: chrF ${mean(draft).toFixed(1)} on ${pairs.length} 1-1 pairs (copying the Indonesian scores ${mean(copy).toFixed(1)})`,
  );
}
