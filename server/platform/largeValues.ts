// Statements whose parameters or results are megabytes (an import job's submission), run on the
// database driver rather than through Prisma. Prisma's client and its driver adapters keep the
// arguments of their last 100 queries in memory for their debug logs (@prisma/debug), whether or not
// debugging is on: a 6-million-character submission stayed on the heap twice over (25 MB) after it
// was stored, through the whole import, on top of the job's own copy; a book's paragraphs (a thousand
// to a statement) stayed there too until a hundred other queries had run.
import {randomBytes} from 'node:crypto';
import pg from 'pg';
import type {PGlite} from '@electric-sql/pglite';
import type {Prisma, PrismaClient} from '../generated/prisma/client';

type Driver = {pglite: PGlite} | {url: string};
// One map for the process: Next's server build can hold this module several times (a copy in each chunk
// that imports it), and the copy that opened the client is not always the one that stores with it.
const registry = Symbol.for('selaras.databaseDrivers');
const scope = globalThis as {[registry]?: WeakMap<PrismaClient, Driver>};
scope[registry] ??= new WeakMap();
const drivers = scope[registry];

/** Called by openDatabase for each client it makes: the driver beneath it. */
export function registerDriver(prisma: PrismaClient, driver: Driver): void {
  drivers.set(prisma, driver);
}

/** Runs one statement ($1, $2 … parameters); its rows. */
export type Query = <Row>(sql: string, params: unknown[]) => Promise<Row[]>;

/** The same statements in a Prisma transaction (the content import's, and clients opened elsewhere). */
export const throughPrisma =
  (tx: Prisma.TransactionClient): Query =>
  <Row>(sql: string, params: unknown[]) =>
    tx.$queryRawUnsafe<Row[]>(sql, ...params);

/** An id for a row written here, where Prisma's cuid() default does not run. */
export const rowId = () => randomBytes(12).toString('hex');

/** Runs `work` in one transaction on the driver beneath `prisma` (through Prisma for a client it did not open). */
export async function withLargeValues<T>(prisma: PrismaClient, work: (query: Query) => Promise<T>): Promise<T> {
  const driver = drivers.get(prisma);
  if (!driver) return prisma.$transaction((tx) => work(throughPrisma(tx)));
  if ('pglite' in driver)
    return driver.pglite.transaction((tx) =>
      work(async <Row>(sql: string, params: unknown[]) => (await tx.query<Row>(sql, params)).rows),
    );
  // A connection of its own: imports are rare, and the pool stays Prisma's.
  const client = new pg.Client({connectionString: driver.url, connectionTimeoutMillis: 5_000});
  await client.connect();
  try {
    await client.query('BEGIN');
    const result = await work(
      async <Row>(sql: string, params: unknown[]) => (await client.query(sql, params)).rows as Row[],
    );
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
