// Migrations that convert data, run on data: the migrations before one are applied to an empty
// database, rows are written as the app wrote them then, and the migration must carry them over.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {PGlite} from '@electric-sql/pglite';
import {pg_trgm} from '@electric-sql/pglite/contrib/pg_trgm';
import {afterAll, expect, test} from 'vitest';
import {migrationsDir} from '../../server/platform/migrate';

const folders = readdirSync(migrationsDir)
  .filter((name) => /^\d{14}_/.test(name))
  .sort();
const sql = (folder: string) => readFileSync(path.join(migrationsDir, folder, 'migration.sql'), 'utf8');

const db = new PGlite({extensions: {pg_trgm}});
afterAll(() => db.close());

async function migrateUpTo(last: string) {
  for (const folder of folders.filter((f) => f < last)) await db.exec(sql(folder));
}

test('accounts waiting for confirmation become pending sign-ups with their password and latest invitation', async () => {
  const pending = '20261207100000_pending_sign_ups';
  await migrateUpTo(pending);
  await db.exec(`
    INSERT INTO "User" (id, name, email, "emailVerified", role, "updatedAt") VALUES
      ('waiting', 'Waiting', 'waiting@example.org', false, 'learner', now()),
      ('confirmed', 'Confirmed', 'confirmed@example.org', true, 'learner', now()),
      ('no-password', 'No password', 'nopassword@example.org', false, 'learner', now());
    INSERT INTO "Account" (id, "accountId", "providerId", "userId", password, "updatedAt") VALUES
      ('a1', 'waiting', 'credential', 'waiting', 'hash-of-waiting', now()),
      ('a2', 'confirmed', 'credential', 'confirmed', 'hash-of-confirmed', now());
    INSERT INTO "AddressConfirmation" (id, "tokenHash", "userId", "inviteToken", "expiresAt", "createdAt") VALUES
      ('c1', 't1', 'waiting', 'old-invite', now() + interval '1 day', now() - interval '2 hours'),
      ('c2', 't2', 'waiting', 'new-invite', now() + interval '1 day', now() - interval '1 hour'),
      ('c3', 't3', 'confirmed', null, now() + interval '1 day', now()),
      ('c4', 't4', 'no-password', null, now() + interval '1 day', now());
  `);
  await db.exec(sql(pending));
  const signUps = await db.query(
    `SELECT id, "userId", "passwordHash", name, "inviteToken", "clientTag" FROM "PendingSignUp" ORDER BY id`,
  );
  expect(signUps.rows).toEqual([
    {
      id: 'migrated-waiting',
      userId: 'waiting',
      passwordHash: 'hash-of-waiting',
      name: 'Waiting',
      inviteToken: 'new-invite',
      clientTag: 'migrated',
    },
  ]);
  // The waiting account's links still confirm it, through its sign-up; links of the others are gone.
  const links = await db.query(`SELECT id, "signUpId" FROM "AddressConfirmation" ORDER BY id`);
  expect(links.rows).toEqual([
    {id: 'c1', signUpId: 'migrated-waiting'},
    {id: 'c2', signUpId: 'migrated-waiting'},
  ]);
  // Nobody's account or password was touched.
  expect((await db.query(`SELECT count(*)::int AS n FROM "User"`)).rows).toEqual([{n: 3}]);
  expect((await db.query(`SELECT password FROM "Account" ORDER BY id`)).rows).toEqual([
    {password: 'hash-of-waiting'},
    {password: 'hash-of-confirmed'},
  ]);
  // The migrations up to the next test's apply on top.
  for (const folder of folders.filter((f) => f > pending && f < chunks)) await db.exec(sql(folder));
});

const chunks = '20261207140000_import_submission_chunks';

test('import jobs still waiting keep their submission, as one piece; ended jobs have none', async () => {
  await db.exec(`
    INSERT INTO "User" (id, name, email, "emailVerified", role, "updatedAt") VALUES
      ('editor', 'Editor', 'editor@example.org', true, 'editor', now());
    INSERT INTO "TextImportJob" (id, "createdById", status, submission, "updatedAt") VALUES
      ('queued', 'editor', 'queued', '{"meta":{},"id":"Satu.","en":"One.","tmx":null}', now()),
      ('ended', 'editor', 'done', null, now());
  `);
  await db.exec(sql(chunks));
  expect((await db.query(`SELECT "jobId", "index", "text" FROM "TextImportChunk"`)).rows).toEqual([
    {jobId: 'queued', index: 0, text: '{"meta":{},"id":"Satu.","en":"One.","tmx":null}'},
  ]);
  expect((await db.query(`SELECT id FROM "TextImportJob" ORDER BY id`)).rows).toEqual([{id: 'ended'}, {id: 'queued'}]);
  // The rest of the migrations apply on top.
  for (const folder of folders.filter((f) => f > chunks)) await db.exec(sql(folder));
});
