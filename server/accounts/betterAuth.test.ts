import {mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, test} from 'vitest';
import {resolveAuthSecret} from './betterAuth';

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'selaras-secret-'));
  dirs.push(dir);
  return path.join(dir, 'pglite');
};

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

test('on PostgreSQL the secret must come from the environment', () => {
  expect(() => resolveAuthSecret({DATABASE_URL: 'postgres://db/selaras'})).toThrow(/BETTER_AUTH_SECRET must be set/);
  const secret = 'k'.repeat(20) + 'q'.repeat(20);
  expect(resolveAuthSecret({DATABASE_URL: 'postgres://db/selaras', BETTER_AUTH_SECRET: ` ${secret}\n`})).toBe(secret);
});

test('a short secret is refused rather than used', () => {
  expect(() => resolveAuthSecret({DATABASE_URL: 'postgres://db/selaras', BETTER_AUTH_SECRET: 'changeme'})).toThrow(
    /too short/,
  );
  expect(() => resolveAuthSecret({SELARAS_DATA_DIR: dataDir(), BETTER_AUTH_SECRET: 'changeme'})).toThrow(/too short/);
});

test('on the embedded default a random secret is generated once, kept private in the data folder, and reused', () => {
  const dir = dataDir();
  const first = resolveAuthSecret({SELARAS_DATA_DIR: dir});
  expect(first.length).toBeGreaterThanOrEqual(40);
  const file = path.join(dir, 'selaras-auth-secret');
  expect(readFileSync(file, 'utf8')).toBe(first);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(resolveAuthSecret({SELARAS_DATA_DIR: dir})).toBe(first);
  // Another installation gets another secret: nothing is built into the code.
  expect(resolveAuthSecret({SELARAS_DATA_DIR: dataDir()})).not.toBe(first);
});
