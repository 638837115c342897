// Runs a suite on both databases the app supports: an in-memory PGlite and a fresh PostgreSQL database.
import {createHash} from 'node:crypto';
import {readFile, rename, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe} from 'vitest';
import {openDatabase, openMemoryDatabase, type Database} from '../../server/platform/openDatabase';
import {applyMigrations, readMigrationList} from '../../server/platform/migrate';
import pg from 'pg';
import {adminUrl, createTestDatabase, postgresAvailable} from './postgres';

const postgresUp = await postgresAvailable();

/** Names what a migrated database holds: the migrations, and for a dump the PGlite that made it. */
async function migrationsHash(): Promise<string> {
  const root = path.resolve(import.meta.dirname, '../..');
  return createHash('sha256')
    .update(JSON.stringify((await readMigrationList()).migrationDirectories))
    .update(await readFile(path.join(root, 'node_modules/@electric-sql/pglite/package.json')))
    .digest('hex')
    .slice(0, 16);
}

/**
 * A freshly migrated in-memory PGlite, dumped once for these migrations and this PGlite and kept in
 * the temporary folder: restoring the dump takes about a third of the time migrating takes (the schema
 * engine's WebAssembly and every migration), and some thirty files start with one. Migrating from
 * nothing is still done in every run: here when the dump is made, by the files that migrate a database
 * of their own (tests/integration/mail.test.ts and others), and by every server the browser tests start.
 */
async function migratedSnapshot(): Promise<Blob> {
  const file = path.join(tmpdir(), `selaras-test-pglite-${await migrationsHash()}.tar`);
  const kept = await readFile(file).catch(() => null);
  if (kept) return new Blob([kept]);
  const db = openMemoryDatabase();
  await applyMigrations(db.adapter);
  const dump = await db.pglite!.dumpDataDir('none');
  await db.close();
  // Written aside and renamed, so that a file running beside this one never reads half a dump.
  const partial = `${file}.${process.pid}`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, file);
  return dump;
}

/**
 * A throwaway PostgreSQL database copied from a migrated template (CREATE DATABASE … TEMPLATE), which
 * takes a fraction of migrating one. The template, named after the migrations, is made once, under an
 * advisory lock for files running side by side, and kept on the server for later runs; a fresh
 * database is migrated by tests/integration/migrate.test.ts and the files that create their own.
 */
async function migratedPostgresDatabase(): Promise<{url: string; drop: () => Promise<void>}> {
  const template = `selaras_template_${await migrationsHash()}`;
  const admin = new pg.Client({connectionString: adminUrl});
  await admin.connect();
  try {
    // A session lock: ending the connection releases it, whatever happens in between.
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (found.rowCount === 0) {
      const building = await createTestDatabase();
      const db = openDatabase({DATABASE_URL: building.url});
      await applyMigrations(db.adapter);
      await db.close();
      const name = new URL(building.url).pathname.slice(1);
      // Copying and renaming need a database nobody is connected to.
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      await admin.query(`ALTER DATABASE ${name} RENAME TO ${template}`);
    }
    return await createTestDatabase(template);
  } finally {
    await admin.end();
  }
}

export function describeOnBothDatabases(name: string, suite: (get: () => Database) => void): void {
  for (const kind of ['embedded', 'postgres'] as const) {
    describe.skipIf(kind === 'postgres' && !postgresUp)(`${name} (${kind})`, () => {
      let db: Database | undefined;
      let drop: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        if (kind === 'postgres') {
          const created = await migratedPostgresDatabase();
          drop = created.drop;
          db = openDatabase({DATABASE_URL: created.url});
        } else {
          db = openMemoryDatabase(await migratedSnapshot());
        }
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
