// npm run import [DIR] — loads content/ (or DIR) into the database (DATABASE_URL or the embedded
// default), migrating it first. Idempotent: unchanged texts are skipped, changed ones replaced, none duplicated.
import {openDatabase} from '../server/database';
import {migrateAndLoadContent} from '../server/loadContent';

const db = openDatabase();
let ok = false;
try {
  ok = await migrateAndLoadContent(db, process.argv[2]);
} finally {
  await db.close();
}
// The WebAssembly schema engine leaves a timer behind for about ten seconds: don't wait for it.
process.exit(ok ? 0 : 1);
