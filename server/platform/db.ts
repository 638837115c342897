// The app's database handle: one per process, opened on first use.
import {openDatabase, type Database} from './openDatabase';
import {log} from './log';
import type {PrismaClient} from '../generated/prisma/client';

const holder = globalThis as typeof globalThis & {selarasDatabase?: Database};

export function getDatabase(): Database {
  if (!holder.selarasDatabase) {
    const db = openDatabase();
    holder.selarasDatabase = db;
    if (db.kind === 'embedded')
      log.info('DATABASE_URL is not set: using the embedded PGlite database', {location: db.location});
    else log.info('using PostgreSQL', {location: db.location});
  }
  return holder.selarasDatabase;
}

export function prisma(): PrismaClient {
  return getDatabase().prisma;
}
