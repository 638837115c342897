// npm run memory:import FILE.tmx [FILE.tmx …] — loads the Indonesian–English units of TMX files into
// the translation memory (DATABASE_URL or the embedded default), migrating first. Idempotent.
import {readFileSync} from 'node:fs';
import {openDatabase} from '../../server/platform/openDatabase';
import {log} from '../../server/platform/log';
import {importTmxToMemory} from '../../server/memory/translationMemory';
import {applyMigrations} from '../../server/platform/migrate';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run memory:import FILE.tmx [FILE.tmx …]');
  process.exit(2);
}
const db = openDatabase();
let failed = false;
try {
  await applyMigrations(db.adapter);
  for (const file of files) {
    const result = await importTmxToMemory(db.prisma, readFileSync(file, 'utf8'));
    if (!result) failed = true;
    (result ? log.info : log.error)(result ? 'TMX loaded into the translation memory' : 'not a TMX file', {
      file,
      ...result,
    });
  }
} finally {
  await db.close();
}
process.exit(failed ? 1 : 0);
