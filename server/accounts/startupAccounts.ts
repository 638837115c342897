// Accounts made at start: the first admin from the environment, and on the embedded default only,
// a demo editor so that the editor can be tried at once. A real deployment (DATABASE_URL) never
// gets the demo account.
import {ensureUser} from './people';
import type {Database} from '../platform/openDatabase';
import {type RawEnv, readEnv} from '../platform/env';
import {log} from '../platform/log';

export const demoEditor = {email: 'editor@selaras.local', password: 'selaras-demo', name: 'Demo editor'} as const;

export async function ensureStartupAccounts(db: Database, raw: RawEnv = process.env): Promise<void> {
  const env = readEnv(raw);
  if (env.SELARAS_ADMIN_EMAIL && env.SELARAS_ADMIN_PASSWORD) {
    const outcome = await ensureUser(db.prisma, {
      email: env.SELARAS_ADMIN_EMAIL,
      password: env.SELARAS_ADMIN_PASSWORD,
      name: 'Admin',
      role: 'admin',
    });
    log.info(`admin account from SELARAS_ADMIN_EMAIL ${outcome}`, {email: env.SELARAS_ADMIN_EMAIL});
  }
  if (db.kind === 'embedded') {
    await ensureUser(db.prisma, {...demoEditor, role: 'editor'});
    log.warn('embedded database: demo editor account available (never created with DATABASE_URL)', {
      email: demoEditor.email,
      password: demoEditor.password,
    });
  }
}
