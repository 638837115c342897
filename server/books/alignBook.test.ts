// A long import is aligned whole in the aligner's child process: the same runs as chapter by chapter
// in process, a chapter in one language only left unlinked.
import {execFileSync} from 'node:child_process';
import {expect, test} from 'vitest';
import {alignByChapters} from '../../core/book/chapters';
import {sampleBlocks} from '../../core/book/testBooks';
import {cliBundle} from '../platform/cliBundle';
import {alignForImport} from '../texts/aligner';
import {alignBook} from './alignBook';

if (!cliBundle('align')) execFileSync(process.execPath, ['scripts/cli/align-cli.mjs', '--build']);

test('a book of 3,000 paragraphs and more aligns in the child exactly as in process', async () => {
  const id = sampleBlocks('id', 16, 100);
  // The English lacks chapter 5.
  const en = sampleBlocks('en', 16, 100).filter((_, k) => k < 404 || k >= 505);
  expect(id.length + en.length).toBeGreaterThanOrEqual(3_000);
  const child = await alignBook(id, en);
  const inProcess = await alignByChapters(id, en, alignForImport);
  const rounded = (runs: typeof child) =>
    runs.map((r) => ({id: r.id, en: r.en, score: Math.round(r.score * 1000) / 1000}));
  expect(child).toEqual(rounded(inProcess));
  // Chapter 5's heading and paragraphs stand alone.
  const chapter5 = child.filter((r) => r.id[0] !== undefined && r.id[0] >= 404 && r.id[0] < 505);
  expect(chapter5.length).toBe(101);
  expect(chapter5.every((r) => r.en.length === 0)).toBe(true);
}, 60_000);

test('a short text aligns in process, chapters anchored', async () => {
  const runs = await alignBook(sampleBlocks('id', 2, 5), sampleBlocks('en', 2, 5));
  expect(runs.map((r) => [r.id, r.en])).toEqual(Array.from({length: 12}, (_, k) => [[k], [k]]));
});
