import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, expect, test} from 'vitest';
import {EnvError} from '../../server/platform/env';
import {openDatabase} from '../../server/platform/openDatabase';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'selaras-embedded-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});

const sharedBuffers = async (env: Record<string, string>) => {
  const db = openDatabase({SELARAS_DATA_DIR: freshDir(), ...env});
  try {
    return (await db.pglite!.query<{shared_buffers: string}>('SHOW shared_buffers')).rows[0]!.shared_buffers;
  } finally {
    await db.close();
  }
};

test('the embedded database keeps 32 MB of shared buffers in the server, or what SELARAS_EMBEDDED_SHARED_BUFFERS says', async () => {
  expect(await sharedBuffers({})).toBe('32MB');
  expect(await sharedBuffers({SELARAS_EMBEDDED_SHARED_BUFFERS: '24MB'})).toBe('24MB');
  expect(() => openDatabase({SELARAS_DATA_DIR: freshDir(), SELARAS_EMBEDDED_SHARED_BUFFERS: 'lots'})).toThrow(EnvError);
});
