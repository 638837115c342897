// npm run import [DIR] [--replace SLUG]… — loads content/ (or DIR) into the database (DATABASE_URL or
// the embedded default), migrating it first. Idempotent: unchanged texts are skipped, changed ones
// replaced, none duplicated. A changed file of a text editors have changed is a conflict: the
// editors' version stays, unless --replace names the text (their changes and history are then lost).
import {parseArgs} from 'node:util';
import {openDatabase} from '../../server/platform/openDatabase';
import {migrateAndLoadContent} from '../../server/texts/prepareDatabase';

const {values, positionals} = parseArgs({options: {replace: {type: 'string', multiple: true}}, allowPositionals: true});
const db = openDatabase();
let ok = false;
try {
  ok = await migrateAndLoadContent(db, positionals[0], new Set(values.replace ?? []));
} finally {
  await db.close();
}
// The WebAssembly schema engine leaves a timer behind for about ten seconds: don't wait for it.
process.exit(ok ? 0 : 1);
