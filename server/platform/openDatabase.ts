// The database choice: PostgreSQL through node-postgres when DATABASE_URL is set, otherwise the
// embedded default, PGlite (PostgreSQL compiled to WebAssembly) persisted in a folder of the project.
import path from 'node:path';
import {mkdirSync} from 'node:fs';
import {PGlite} from '@electric-sql/pglite';
import {pg_trgm} from '@electric-sql/pglite/contrib/pg_trgm';
import {PrismaPg} from '@prisma/adapter-pg';
import {PrismaPGlite} from 'pglite-prisma-adapter';
import type {SqlMigrationAwareDriverAdapterFactory} from '@prisma/driver-adapter-utils';
import {PrismaClient} from '../generated/prisma/client';
import {type RawEnv, readEnv} from './env';
import {registerDriver} from './largeValues';

export interface Database {
  kind: 'postgres' | 'embedded';
  /** Where the data lives, without credentials: host/database or the PGlite folder. */
  location: string;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  prisma: PrismaClient;
  /** PostgreSQL's connection string, for the job queue's own pool. */
  url?: string;
  /** The embedded database's client, shared with the job queue (PGlite is one connection, one process). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export function embeddedDataDir(raw: RawEnv = process.env): string {
  const dir = readEnv(raw).SELARAS_DATA_DIR;
  return path.resolve(/*turbopackIgnore: true*/ dir ?? path.join(process.cwd(), 'data', 'pglite'));
}

export function openDatabase(raw: RawEnv = process.env): Database {
  const env = readEnv(raw);
  const url = env.DATABASE_URL;
  if (url) {
    const adapter = new PrismaPg({
      connectionString: url,
      max: env.DATABASE_POOL_SIZE,
      connectionTimeoutMillis: 5_000,
    });
    const prisma = new PrismaClient({adapter});
    registerDriver(prisma, {url});
    const parsed = new URL(url);
    return {
      kind: 'postgres',
      location: `${parsed.host}${parsed.pathname}`,
      url,
      adapter,
      prisma,
      close: () => prisma.$disconnect(),
    };
  }
  const dir = embeddedDataDir(raw);
  mkdirSync(dir, {recursive: true});
  return openPGlite(new PGlite(dir, {extensions: {pg_trgm}, startParams: embeddedStartParams(raw)}), dir);
}

/**
 * PGlite's PostgreSQL keeps its shared buffers in the server's own memory (WebAssembly, which never
 * shrinks), on top of the operating system's cache of the same files: 32 MB instead of PostgreSQL's
 * 128 MB took 110 MB off the server's peak while importing a 10,000-paragraph book, no slower.
 */
function embeddedStartParams(raw: RawEnv): string[] {
  return [...PGlite.defaultStartParams, '-c', `shared_buffers=${readEnv(raw).SELARAS_EMBEDDED_SHARED_BUFFERS}`];
}

/**
 * An in-memory PGlite, for tests and throwaway work; from `snapshot` (a dumpDataDir of another one) when
 * given, so that tests restore a migrated database instead of migrating each one.
 */
export function openMemoryDatabase(snapshot?: Blob): Database {
  return openPGlite(new PGlite({extensions: {pg_trgm}, loadDataDir: snapshot}), 'memory');
}

function openPGlite(client: PGlite, location: string): Database {
  const adapter = new PrismaPGlite(client);
  const prisma = new PrismaClient({adapter});
  registerDriver(prisma, {pglite: client});
  return {
    kind: 'embedded',
    location,
    adapter,
    prisma,
    pglite: client,
    close: async () => {
      await prisma.$disconnect();
      await client.close();
    },
  };
}
