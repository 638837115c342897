// A content folder like content/ without the 15,000-row word book, for servers of test files about
// accounts and mail: importing the book and building its concordance is most of a start (about a
// minute on the embedded database), and those files never open it. The main browser-test server
// (tests/e2e/server.ts) loads content/ whole.
import {mkdtempSync, readdirSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const BOOK = 'kamus-saku-selaras';

/** A fresh folder of links to every entry of content/ but the word book; the caller removes it. */
export function contentWithoutBook(): string {
  const content = path.resolve(import.meta.dirname, '../../content');
  const dir = mkdtempSync(path.join(tmpdir(), 'selaras-content-'));
  for (const name of readdirSync(content))
    if (name !== BOOK) symlinkSync(path.join(content, name), path.join(dir, name));
  return dir;
}
