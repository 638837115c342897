// Runs a suite on both databases the app supports: an in-memory PGlite and a fresh PostgreSQL database.
import {afterAll, beforeAll, describe} from 'vitest';
import {openDatabase, openMemoryDatabase, type Database} from '../../server/platform/openDatabase';
import {applyMigrations} from '../../server/platform/migrate';
import {createTestDatabase, postgresAvailable} from './postgres';

const postgresUp = await postgresAvailable();

export function describeOnBothDatabases(name: string, suite: (get: () => Database) => void): void {
  for (const kind of ['embedded', 'postgres'] as const) {
    describe.skipIf(kind === 'postgres' && !postgresUp)(`${name} (${kind})`, () => {
      let db: Database | undefined;
      let drop: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        if (kind === 'postgres') {
          const created = await createTestDatabase();
          drop = created.drop;
          db = openDatabase({DATABASE_URL: created.url});
        } else {
          db = openMemoryDatabase();
        }
        await applyMigrations(db.adapter);
      });
      afterAll(async () => {
        await db?.close();
        await drop?.();
      });
      suite(() => {
        if (!db) throw new Error('database not opened');
        return db;
      });
    });
  }
}
