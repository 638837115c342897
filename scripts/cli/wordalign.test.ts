// The command-line contract that evaluation relies on: `npm run --silent wordalign -- PAIRS.tsv`.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, expect, test} from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'wordalign-cli-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

test('one line of Pharaoh links per input line, in order, blank and one-sided lines included', () => {
  const file = path.join(dir, 'pairs.tsv');
  writeFileSync(
    file,
    [
      'Rumah itu besar .\tThe house is big .',
      '',
      'Hanya sisi Indonesia',
      'Harga naik 2,5 persen .\tPrices rose 2.5 percent .\r',
    ].join('\n'),
  );
  const run = spawnSync('npm', ['run', '--silent', 'wordalign', '--', file], {cwd: root, encoding: 'utf8'});
  expect(run.status).toBe(0);
  const lines = run.stdout.split('\n');
  expect(lines.pop()).toBe('');
  expect(lines).toHaveLength(4);
  expect(lines[0]!.split(' ')).toEqual(expect.arrayContaining(['0-1', '2-3', '3-4']));
  expect(lines[1]).toBe('');
  expect(lines[2]).toBe('');
  expect(lines[3]!.split(' ')).toEqual(expect.arrayContaining(['2-2', '4-4']));
  for (const line of lines) expect(line).toMatch(/^(\d+-\d+( \d+-\d+)*)?$/);
});

test('a missing file is an error with a usage line, not an empty answer', () => {
  const run = spawnSync('npm', ['run', '--silent', 'wordalign', '--'], {cwd: root, encoding: 'utf8'});
  expect(run.status).not.toBe(0);
  expect(run.stderr).toContain('usage');
});
