// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the existing
// migrations to prisma/schema.prisma. Runs on an in-memory PGlite: no server, no native engine.
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {PGlite} from '@electric-sql/pglite';
import {pg_trgm} from '@electric-sql/pglite/contrib/pg_trgm';
import {PrismaPGlite} from 'pglite-prisma-adapter';
import {openMemoryDatabase} from '../../server/platform/openDatabase';
import {diffSchemaFromMigrations, migrationsDir} from '../../server/platform/migrate';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration -- name_in_snake_case');
  process.exit(2);
}
const db = openMemoryDatabase();
// The adapter's own shadow database is a bare PGlite, in which the first migration's
// CREATE EXTENSION pg_trgm fails: replay the migrations in one that has the extension.
Object.assign(db.adapter, {connectToShadowDb: () => new PrismaPGlite(new PGlite({extensions: {pg_trgm}})).connect()});
const sql = await diffSchemaFromMigrations(db.adapter);
await db.close();
if (!sql.trim() || sql.includes('This is an empty migration')) {
  console.error('The schema matches the migrations: nothing to write.');
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
await mkdir(dir, {recursive: true});
await writeFile(path.join(dir, 'migration.sql'), sql);
console.log(
  `Wrote ${path.relative(process.cwd(), dir)}/migration.sql — add raw SQL (indexes Prisma cannot express) by hand if needed.`,
);
