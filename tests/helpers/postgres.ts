// Throwaway PostgreSQL databases for integration tests: each test file creates its own database and
// drops it afterwards, never touching data it did not create.
import {randomBytes} from 'node:crypto';
import pg from 'pg';

export const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({connectionString: adminUrl, connectionTimeoutMillis: 2_000});
  try {
    await client.connect();
    return true;
  } catch {
    if (process.env.CI) throw new Error(`PostgreSQL is required in CI and unreachable at ${adminUrl}`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A new database, empty or, with `template`, a copy of that database. */
export async function createTestDatabase(template?: string): Promise<{url: string; drop: () => Promise<void>}> {
  const name = `selaras_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({connectionString: adminUrl});
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({connectionString: adminUrl});
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
