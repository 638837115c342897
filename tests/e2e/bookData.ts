// The 10,000 × 10,000-paragraph book of tests/helpers/book.ts on a migrated embedded database, stored
// once per run of the browser tests and copied for each file that starts a server on it (book.test.ts,
// bookEditor.test.ts): storing it takes most of a minute. The copy holds it as a draft; a file that
// wants it published, or more beside it, says so in `prepare`.
import {cpSync, existsSync, mkdtempSync, renameSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {inject} from 'vitest';
import {type Database, openDatabase} from '../../server/platform/openDatabase';
import {applyMigrations} from '../../server/platform/migrate';
import {storeBook} from '../helpers/book';

export const BOOK_SLUG = 'kenari';

/** A data folder of the caller's own (to remove when done) holding the book as a draft, then `prepare`d. */
export async function bookDataDir(prefix: string, prepare?: (db: Database) => Promise<void>): Promise<string> {
  const template = path.join(inject('scratchDir'), 'book');
  if (!existsSync(template)) {
    const building = `${template}.building`;
    const db = openDatabase({SELARAS_DATA_DIR: building});
    await applyMigrations(db.adapter);
    await storeBook(db.prisma, {slug: BOOK_SLUG, chapters: 50, perChapter: 200, status: 'draft'});
    await db.close();
    renameSync(building, template);
  }
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(template, dir, {recursive: true});
  if (prepare) {
    const db = openDatabase({SELARAS_DATA_DIR: dir});
    try {
      await prepare(db);
    } finally {
      await db.close();
    }
  }
  return dir;
}
