import type {Lang} from '../vocabulary';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test, vi} from 'vitest';
import {parseVersion} from '../texts/content';
import {loadLexicon} from '../language/lexicon';
import {Analyser, FeatureNumbers} from './analysis';
import {quickDictionary} from './dictionary';
import {ALL_EVIDENCE, PARAGRAPH_MODEL} from './model';

const root = path.resolve(import.meta.dirname, '../..');
const seed = (lang: Lang) =>
  parseVersion(readFileSync(path.join(root, `content/genpi-china-influence/${lang}.md`), 'utf8'), lang).paragraphs;
const dictionary = quickDictionary(loadLexicon());

/** A feature space built by a fresh copy of the module, after it has analysed `before`. */
async function spaceAfter(before: [string[], string[]] | null, id: string[], en: string[]) {
  vi.resetModules();
  const {buildFeatureSpace} = await import('./features');
  if (before) buildFeatureSpace(before[0], before[1], ALL_EVIDENCE, PARAGRAPH_MODEL.featureWeights, dictionary);
  return buildFeatureSpace(id, en, ALL_EVIDENCE, PARAGRAPH_MODEL.featureWeights, dictionary);
}

test('a document gets the same vectors whatever the process analysed before it', async () => {
  const id = seed('id');
  const en = seed('en');
  // Another text sharing most words, in another order, numbers the process-wide features differently.
  const other: [string[], string[]] = [
    [...id].reverse().map((p) => p.split(' ').reverse().join(' ')),
    [...en].reverse(),
  ];
  const fresh = await spaceAfter(null, id.slice(2, 10), en.slice(2, 10));
  const afterOther = await spaceAfter(other, id.slice(2, 10), en.slice(2, 10));
  expect(afterOther).toEqual(fresh);
  expect(fresh.dimensions).toBeGreaterThan(50);
});

test('a paragraph is analysed once, and a full cache starts again instead of growing', () => {
  const analyser = new Analyser('id', new FeatureNumbers(), dictionary, 3);
  const [a, b, c, d] = seed('id');
  const first = analyser.paragraph(a);
  expect(analyser.paragraph(a)).toBe(first);
  for (const p of [b, c, d]) analyser.paragraph(p);
  expect(analyser.paragraphCount).toBeLessThanOrEqual(3);
  const again = analyser.paragraph(a);
  expect(again).not.toBe(first);
  expect(again).toEqual(first);
});

test('an Indonesian word carries its dictionary translations; an English word its own stem', () => {
  const features = new FeatureNumbers();
  const idAnalyser = new Analyser('id', features, dictionary, 10);
  const enAnalyser = new Analyser('en', features, dictionary, 10);
  const id = idAnalyser.paragraph('Mereka menggunakan komputer.');
  const en = enAnalyser.paragraph('They use computers.');
  expect(id.tokens).toHaveLength(4); // three words and the full stop
  const use = enAnalyser.tokens[en.tokens[1]];
  expect(Array.from(idAnalyser.tokens[id.tokens[1]].glosses ?? [])).toContain(use.ids[use.ids.length - 1]);
  // The same cognate key for komputer and computers, and the same full stop.
  const shared = (a: number, b: number) =>
    Array.from(idAnalyser.tokens[id.tokens[a]].ids).filter((f) => enAnalyser.tokens[en.tokens[b]].ids.includes(f));
  expect(shared(2, 2)).toHaveLength(1);
  expect(shared(3, 3)).toHaveLength(1);
  expect(en.length).toBe('Theyusecomputers.'.length);
  expect(en.boilerplate).toBe(0);
});
