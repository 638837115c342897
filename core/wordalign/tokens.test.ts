import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {tokenize, tokenSpans} from './tokens';

test('tokens as tok.py splits them: numbers with separators, hyphens and apostrophes inside words', () => {
  expect(tokenize('Pada 05.30, rata-rata 190.000 orang—Moscow’s "kegiatan-kegiatan" (22/3).')).toEqual([
    'Pada',
    '05.30',
    ',',
    'rata-rata',
    '190.000',
    'orang',
    '—',
    'Moscow’s',
    '"',
    'kegiatan-kegiatan',
    '"',
    '(',
    '22',
    '/',
    '3',
    ')',
    '.',
  ]);
  expect(tokenize("COVID-19 don't 19abc 12.3.4a")).toEqual(['COVID-19', "don't", '19', 'abc', '12.3.4', 'a']);
});

test('offsets point at the tokens, and odd characters are tokens of their own, never lost', () => {
  const text = 'a\u0301b x\u001cy \ufeffz 中文 ①';
  const spans = tokenSpans(text);
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.token);
  expect(spans.map((s) => s.token)).toEqual(['a', '\u0301', 'b', 'x', 'y', '\ufeff', 'z', '中文', '①']);
  expect(tokenize('')).toEqual([]);
  expect(tokenize('   \n\t')).toEqual([]);
});

// The development set's own tokeniser, where it is at hand (beside the project, as CI has it).
const shared = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'wordalign');
const python = spawnSync('python3', ['--version']).status === 0;
test.skipIf(!python || !existsSync(path.join(shared, 'tok.py')))('identical to tok.py on every dev sentence', () => {
  const rows = readFileSync(path.join(shared, 'dev.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
  const sentences = rows.flatMap((r) => r.split('\t').slice(1, 3));
  const script = `import sys, json; sys.dont_write_bytecode = True; sys.path.insert(0, ${JSON.stringify(shared)})
from tok import tokens
print(json.dumps([tokens(s) for s in json.load(sys.stdin)]))`;
  const run = spawnSync('python3', ['-c', script], {input: JSON.stringify(sentences), encoding: 'utf8'});
  expect(run.status).toBe(0);
  expect(sentences.map(tokenize)).toEqual(JSON.parse(run.stdout));
});
