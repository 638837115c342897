// Asks PostgreSQL `SELECT 1` every second through a connection of its own and records whether it
// answers (server/platform/databaseStatus.ts), so that requests during an outage get a clear 503 and the app
// knows within a second when it is back. Two failures in a row make an outage: one slow probe on a
// busy machine does not turn pages away.
import pg from 'pg';
import {databaseOutage, setDatabaseOutage} from './databaseStatus';
import {log} from './log';

const holder = globalThis as typeof globalThis & {selarasDatabaseWatch?: NodeJS.Timeout};

export function watchDatabase(connectionString: string, intervalMs = 1_000): void {
  if (holder.selarasDatabaseWatch) return;
  const pool = new pg.Pool({
    connectionString,
    max: 1,
    connectionTimeoutMillis: 2_000,
    query_timeout: 2_000,
    idleTimeoutMillis: 60_000,
  });
  // The held connection dies with the server; the next probe reports the outage.
  pool.on('error', () => {});
  let failures = 0;
  let probing = false;
  holder.selarasDatabaseWatch = setInterval(async () => {
    if (probing) return;
    probing = true;
    try {
      await pool.query('SELECT 1');
      failures = 0;
      const outage = databaseOutage();
      if (outage) {
        setDatabaseOutage(null);
        log.info('database reachable again', {unreachableForMs: Date.now() - outage.since});
      }
    } catch (error) {
      failures++;
      if (failures >= 2 && !databaseOutage()) {
        const message = (error as Error).message;
        setDatabaseOutage({since: Date.now(), error: message});
        log.error('database unreachable: pages that need it answer 503 until it is back', {error: message});
      }
    } finally {
      probing = false;
    }
  }, intervalMs);
  holder.selarasDatabaseWatch.unref();
}
