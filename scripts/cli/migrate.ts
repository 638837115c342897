// npm run db:migrate — applies prisma/migrations to DATABASE_URL, or to the embedded default.
import {openDatabase} from '../../server/platform/openDatabase';
import {applyMigrations} from '../../server/platform/migrate';
import {log} from '../../server/platform/log';

const db = openDatabase();
try {
  const applied = await applyMigrations(db.adapter);
  log.info(applied.length ? 'migrations applied' : 'database is up to date', {
    database: db.kind,
    location: db.location,
    applied,
  });
} finally {
  await db.close();
}
// The WebAssembly schema engine leaves a timer behind for about ten seconds: don't wait for it.
process.exit(0);
