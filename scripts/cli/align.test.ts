// The command-line contract that evaluation relies on: `npm run --silent align -- ID.txt EN.txt`.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, expect, test} from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'align-cli-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
const seed = readFileSync(path.join(root, 'content/genpi-china-influence/id.md'), 'utf8');

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

function align(...args: string[]) {
  return spawnSync('npm', ['run', '--silent', 'align', '--', ...args], {cwd: root, encoding: 'utf8'});
}

test('prints only JSON links covering every non-empty line once, in order', () => {
  const id = write(
    'id.txt',
    'Satu dua tiga.\n\nEmpat lima enam tujuh delapan.\nBaca juga: Lima tips agar laptop tidak cepat panas\n',
  );
  const en = write('en.txt', 'One two three.\nFour five six seven eight.\n');
  const run = align(id, en);
  expect(run.status).toBe(0);
  const {links} = JSON.parse(run.stdout) as {links: {id: number[]; en: number[]; score: number}[]};
  expect(links.map((l) => [l.id, l.en])).toEqual([
    [[0], [0]],
    [[1], [1]],
    [[2], []],
  ]);
  for (const l of links) expect(l.score).toBeGreaterThanOrEqual(0);
}, 60_000);

test('aligns the seed article with its shipped translation', () => {
  const body = (md: string) =>
    md
      .replace(/^---[\s\S]*?---\n/, '')
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\n/g, ' ').trim())
      .join('\n');
  const id = write('seed-id.txt', body(seed));
  const en = write('seed-en.txt', body(readFileSync(path.join(root, 'content/genpi-china-influence/en.md'), 'utf8')));
  const run = align(id, en);
  const {links} = JSON.parse(run.stdout) as {links: {id: number[]; en: number[]}[]};
  expect(links.map((l) => `${l.id}=${l.en}`)).toEqual([...Array.from({length: 12}, (_, k) => `${k}=${k}`), '12=']);
}, 60_000);

test('an empty or missing file is an error on stderr with a non-zero exit', () => {
  const id = write('ok.txt', 'Satu.\n');
  const empty = write('empty.txt', '\n\n  \n');
  for (const run of [align(id, empty), align(id, path.join(dir, 'missing.txt')), align(id)]) {
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toBe('');
  }
}, 60_000);

test('--blocks aligns books by chapters, and refuses a file that is not a list of blocks', () => {
  const blocks = (lang: 'id' | 'en', chapters: number[]) =>
    JSON.stringify(
      chapters.flatMap((c) => [
        {kind: 'heading', level: 1, text: lang === 'id' ? `Bab ${c}` : `Chapter ${c}`},
        {kind: 'paragraph', level: null, text: lang === 'id' ? `Rumah nomor ${c}.` : `House number ${c}.`},
      ]),
    );
  const run = align('--blocks', write('id.json', blocks('id', [1, 2, 3])), write('en.json', blocks('en', [1, 3])));
  expect(run.status).toBe(0);
  const {links} = JSON.parse(run.stdout) as {links: {id: number[]; en: number[]}[]};
  // Chapter 2 has no English: its heading and paragraph stay unlinked, chapter 3 still meets chapter 3.
  expect(links.map((l) => `${l.id}=${l.en}`)).toEqual(['0=0', '1=1', '2=', '3=', '4=2', '5=3']);
  for (const bad of ['[{"kind":"script","text":"x"}]', '{"kind":"paragraph"}', 'not json']) {
    const refused = align('--blocks', write('bad.json', bad), write('ok.json', blocks('en', [1])));
    expect(refused.status).not.toBe(0);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).not.toBe('');
  }
}, 60_000);
