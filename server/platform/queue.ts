// The job queue: pg-boss, keeping its jobs in the application's own database (schema "pgboss"), so
// that queued and interrupted work survives a restart and every server instance can take a share.
// On PostgreSQL it opens a small pool of its own; on the embedded database it goes through the same
// PGlite client as Prisma, since PGlite is a single connection owned by this process.
import type {PGlite} from '@electric-sql/pglite';
import PgBoss from 'pg-boss';
import type {Database} from './openDatabase';

export type Queue = PgBoss;

export interface QueueOptions {
  /** How often an idle worker asks for work; pg-boss's default is 2 s. */
  pollingIntervalSeconds?: number;
}

/** pg-boss's database interface over PGlite: statements with parameters through the extended protocol, scripts through `exec`. */
export function pgliteExecutor(client: PGlite): PgBoss.Db {
  return {
    async executeSql(text, values) {
      if (values?.length) {
        const result = await client.query(text, values);
        return {rows: result.rows};
      }
      // pg-boss installs and migrates itself with multi-statement scripts, which only the simple protocol accepts.
      const results = await client.exec(text);
      return {rows: results.at(-1)?.rows ?? []};
    },
  };
}

export async function startQueue(db: Database, options: QueueOptions = {}): Promise<Queue> {
  const common = {schema: 'pgboss', pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2};
  let boss: PgBoss;
  if (db.kind === 'postgres') {
    if (!db.url) throw new Error('the PostgreSQL database has no connection string for the job queue');
    boss = new PgBoss({...common, connectionString: db.url, max: 2});
  } else {
    if (!db.pglite) throw new Error('the embedded database has no PGlite client for the job queue');
    boss = new PgBoss({...common, db: pgliteExecutor(db.pglite)});
  }
  await boss.start();
  return boss;
}

const statelyQueues = new WeakMap<Queue, Map<string, Promise<unknown>>>();

/**
 * Creates a "stately" queue once per process (at most one job waits and one runs), for work that a
 * later request covers whatever asked before it; a database that was away is asked again next time.
 */
export function statelyQueue(queue: Queue, name: string): Promise<unknown> {
  let created = statelyQueues.get(queue);
  if (!created) {
    created = new Map();
    statelyQueues.set(queue, created);
  }
  let ready = created.get(name);
  if (!ready) {
    ready = queue.createQueue(name, {name, policy: 'stately'});
    created.set(name, ready);
    ready.catch(() => created?.delete(name));
  }
  return ready;
}
