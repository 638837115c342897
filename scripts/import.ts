// npm run import [DIR] — loads content/ (or DIR) into the database (DATABASE_URL or the embedded
// default), migrating it first. Idempotent: unchanged texts are skipped, changed ones replaced, none duplicated.
import {openDatabase} from '../server/database';
import {readContentDir} from '../server/contentFiles';
import {importAll} from '../server/import';
import {recordImportedTexts} from '../server/memory';
import {applyMigrations} from '../server/migrate';
import {log} from '../server/log';
import {storeLexicon} from '../server/lexiconStore';
import {alignForImport} from '../server/aligner';

const db = openDatabase();
let failed = false;
try {
  await applyMigrations(db.adapter);
  const texts = await importAll(db.prisma, await readContentDir(process.argv[2]), alignForImport);
  failed = Object.values(texts).some((outcome) => outcome.startsWith('failed'));
  (failed ? log.error : log.info)('content imported', {database: db.kind, texts});
  log.info('lexicon stored', {lexicon: await storeLexicon(db.prisma)});
  log.info('translation memory updated', {added: await recordImportedTexts(db.prisma, texts)});
} finally {
  await db.close();
}
process.exit(failed ? 1 : 0);
