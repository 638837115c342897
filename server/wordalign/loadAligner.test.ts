import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, test, vi} from 'vitest';

const made: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true});
});

/** A content folder with the shipped word-aligner files, changed by `change`. */
function contentDir(change: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'selaras-wa-'));
  made.push(dir);
  cpSync(path.join(process.cwd(), 'content', 'wordalign'), path.join(dir, 'wordalign'), {recursive: true});
  change(path.join(dir, 'wordalign'));
  return dir;
}

async function versionWith(dir: string) {
  vi.resetModules();
  vi.stubEnv('SELARAS_CONTENT_DIR', dir);
  const {loadWordAligner, loadExtraDictionaries} = await import('./loadAligner');
  return {version: loadWordAligner().version, extras: loadExtraDictionaries()};
}

test('the shipped pivot dictionary, thesaurus and English synonyms are loaded, and a rebuilt one changes the version', async () => {
  const shipped = await versionWith(contentDir());
  expect(shipped.extras.pivot).not.toBeNull();
  expect(shipped.extras.thesaurus).not.toBeNull();
  expect(shipped.extras.englishSynonyms?.news).toContain('tidings');
  const again = await versionWith(contentDir());
  expect(again.version).toBe(shipped.version);
  const rebuilt = await versionWith(
    contentDir((dir) => writeFileSync(path.join(dir, 'thesaurus-id.json'), JSON.stringify({idId: {letih: 'lelah'}}))),
  );
  expect(rebuilt.extras.thesaurus).toEqual({letih: 'lelah'});
  expect(rebuilt.version).not.toBe(shipped.version);
  const without = await versionWith(contentDir((dir) => rmSync(path.join(dir, 'pivot-id-en.json'))));
  expect(without.extras.pivot).toBeNull();
  expect(without.version).not.toBe(shipped.version);
  const noSynonyms = await versionWith(contentDir((dir) => rmSync(path.join(dir, 'synonyms-en.json'))));
  expect(noSynonyms.extras.englishSynonyms).toBeNull();
  expect(noSynonyms.version).not.toBe(shipped.version);
});
