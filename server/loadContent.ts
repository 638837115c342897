// What `npm start` and `npm run import` both do to a database: migrate it, load content/, store the
// lexicon and feed confirmed links to the translation memory. Every step is idempotent.
import type {Database} from './database';
import {readContentDir} from './contentFiles';
import {importAll} from './import';
import {recordImportedTexts} from './memory';
import {applyMigrations} from './migrate';
import {log} from './log';
import {storeLexicon} from './lexiconStore';
import {alignForImport} from './aligner';

/** Returns whether every text imported. */
export async function migrateAndLoadContent(db: Database, dir?: string): Promise<boolean> {
  const applied = await applyMigrations(db.adapter);
  log.info('database migrated', {database: db.kind, applied});
  const texts = await importAll(db.prisma, await readContentDir(dir), alignForImport);
  const ok = !Object.values(texts).some((outcome) => outcome.startsWith('failed'));
  (ok ? log.info : log.error)('content imported', {database: db.kind, texts});
  log.info('lexicon stored', {lexicon: await storeLexicon(db.prisma)});
  log.info('translation memory updated', {added: await recordImportedTexts(db.prisma, texts)});
  return ok;
}
