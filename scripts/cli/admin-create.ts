// npm run admin:create -- EMAIL PASSWORD [NAME]: creates the first admin (or makes an account one).
import {openDatabase} from '../../server/platform/openDatabase';
import {applyMigrations} from '../../server/platform/migrate';
import {ensureUser} from '../../server/accounts/people';
import {log} from '../../server/platform/log';

const [email, password, name] = process.argv.slice(2);
if (!email || !password || password.length < 8) {
  console.error('usage: npm run admin:create -- EMAIL PASSWORD [NAME]   (password: at least 8 characters)');
  process.exit(2);
}
const db = openDatabase();
try {
  await applyMigrations(db.adapter);
  const outcome = await ensureUser(db.prisma, {email, password, name: name ?? email.split('@')[0], role: 'admin'});
  log.info(`admin account ${outcome}`, {email, database: db.kind});
} finally {
  await db.close();
}
process.exit(0);
