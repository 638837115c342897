// Run by `npm start` (scripts/cli/start.ts) in a process of its own before the server starts:
// migrates the database, imports content/ and creates the start-up accounts, then exits. The schema
// engine's WebAssembly and the embedded database stay in this process and go with it, instead of
// staying in the supervisor's memory (400 MB) for as long as the server runs.
import {openDatabase} from '../../server/platform/openDatabase';
import {migrateAndLoadContent} from '../../server/texts/prepareDatabase';
import {ensureStartupAccounts} from '../../server/accounts/startupAccounts';
import {log} from '../../server/platform/log';

const db = openDatabase();
if (db.kind === 'embedded')
  log.info('DATABASE_URL is not set: using the embedded PGlite database', {location: db.location});
try {
  await migrateAndLoadContent(db);
  await ensureStartupAccounts(db);
} finally {
  // PGlite allows one process at a time: the server opens it after this process has ended.
  await db.close();
}
// The WebAssembly schema engine leaves a timer behind for a while: don't wait for it.
process.exit(0);
