import {execFile} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterEach, expect, test} from 'vitest';
import {sendJson, startTestServer, type TestServer} from '../../core/translate/testServer';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'selaras-translate-'));
let server: TestServer | undefined;
afterEach(async () => server?.close());

async function run(
  args: string[],
  env: Record<string, string>,
  input = 'Beijing tetap bungkam.\r\n\r\nTentara Korea Utara berada di Rusia.\n',
) {
  const file = path.join(dir, 'input.txt');
  writeFileSync(file, input);
  try {
    const {stdout, stderr} = await promisify(execFile)(tsx, ['scripts/cli/translate.ts', ...args, file], {
      cwd: root,
      env: {...process.env, ...env},
    });
    return {code: 0, stdout, stderr};
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string};
    return {code: e.code, stdout: e.stdout, stderr: e.stderr};
  }
}

test('prints one line per input line with the offline draft, blank lines kept', async () => {
  const {code, stdout, stderr} = await run(['--from', 'id', '--to', 'en'], {SELARAS_TRANSLATOR: 'offline'});
  expect({code, stderr}).toEqual({code: 0, stderr: ''});
  expect(stdout).toBe('Beijing remains silent.\n\nNorth Korean troops are in Russia.\n');
});

test('uses the configured network engine', async () => {
  server = await startTestServer((req, res) => {
    const body = req.body as {text: string[]};
    sendJson(res, 200, {
      translations: body.text.map((t) => ({detected_source_language: 'ID', text: `EN ${t}\nsecond line`})),
    });
  });
  const {code, stdout} = await run(['--from', 'id', '--to', 'en'], {
    SELARAS_TRANSLATOR: 'deepl',
    DEEPL_API_KEY: 'k:fx',
    DEEPL_API_URL: server.url,
  });
  expect(code).toBe(0);
  expect(stdout).toBe('EN Beijing tetap bungkam. second line\n\nEN Tentara Korea Utara berada di Rusia. second line\n');
  expect(server.requests).toHaveLength(1);
});

test('errors go to stderr with a non-zero exit', async () => {
  server = await startTestServer((_req, res) => sendJson(res, 403, {message: 'Authorization failure, check auth_key'}));
  const bad = await run(['--from', 'id', '--to', 'en'], {
    SELARAS_TRANSLATOR: 'deepl',
    DEEPL_API_KEY: 'wrong',
    DEEPL_API_URL: server.url,
  });
  expect(bad.code).toBe(1);
  expect(bad.stdout).toBe('');
  expect(bad.stderr).toContain('DeepL rejected the API key');
  const usage = await run(['--from', 'id', '--to', 'fr'], {});
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain('--to must be id or en');
});
