// Next.js's page and data cache (ISR) in PostgreSQL, so that every app instance on one database
// shares it: an editor's change that revalidates a reader page through one instance is seen
// through all of them. Next loads this file itself with a plain `import` at run time (next.config.js
// `cacheHandler`), outside the TypeScript build, hence JavaScript; cacheHandler.d.mts types it.
//
// Each instance keeps the entries it served in a small in-process LRU, and checks each one against
// the shared tables on every read (one small query): the HTML travels from PostgreSQL only when
// another instance rendered a newer version. While PostgreSQL is unreachable, the LRU still serves
// the pages it holds, even one revalidated shortly before (an older page beats an error page: no
// new version can be rendered without the database anyway), and revalidations made meanwhile are
// kept until it answers again.
import pg from 'pg';

const bufferKey = '__selarasBuffer';
const mapKey = '__selarasMap';

/** JSON for Next's cache values, which hold Buffers (RSC payloads, route bodies) and Maps (segments). */
export function encodeValue(value) {
  return JSON.stringify(value, function (key, encoded) {
    const raw = this[key];
    if (Buffer.isBuffer(raw)) return {[bufferKey]: raw.toString('base64')};
    if (raw instanceof Map) return {[mapKey]: [...raw]};
    return encoded;
  });
}

export function decodeValue(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (bufferKey in value) return Buffer.from(value[bufferKey], 'base64');
      if (mapKey in value) return new Map(value[mapKey]);
    }
    return value;
  });
}

/** The tags an entry answers to: a fetch's own tags, or the x-next-cache-tags header of a page or route (path tags included). */
function tagsOf(data, ctx) {
  if (data?.kind === 'FETCH') return [...new Set([...(ctx?.tags ?? []), ...(data.tags ?? [])])];
  const header = data?.headers?.['x-next-cache-tags'];
  return typeof header === 'string' && header ? header.split(',') : [];
}

// One JSON object per line, as server/platform/log.ts writes (that module is TypeScript, which Node cannot load here).
function log(level, msg, fields = {}) {
  const line = JSON.stringify({time: new Date().toISOString(), level, msg, ...fields});
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
}

/**
 * A cache handler class with its own pool and memory: one per process in the app, two in a test
 * standing in for two instances. `memoryBytes` bounds the LRU by the entries' encoded size.
 */
export function createPostgresCacheHandler({connectionString, memoryBytes = 50 * 1024 * 1024, poolSize = 5}) {
  let pool;
  const memory = new Map(); // key → {lastModified, value, cacheControl, size}, oldest first
  let memoryUsed = 0;
  const pendingTags = new Map(); // tag → revalidation time not yet written to PostgreSQL
  let unreachableSince = null;

  function database() {
    if (!connectionString) throw new Error('the PostgreSQL cache handler needs DATABASE_URL');
    if (!pool) {
      pool = new pg.Pool({connectionString, max: poolSize, connectionTimeoutMillis: 2_000, idleTimeoutMillis: 30_000});
      // Idle connections die when PostgreSQL stops; the next query opens a new one.
      pool.on('error', (error) => log('warn', 'cache store connection lost', {error: error.message}));
    }
    return pool;
  }

  function reachable() {
    if (unreachableSince === null) return;
    log('info', 'cache store reachable again', {unreachableForMs: Date.now() - unreachableSince});
    unreachableSince = null;
  }

  function unreachable(operation, error) {
    // One line per outage, not one per request.
    if (unreachableSince !== null) return;
    unreachableSince = Date.now();
    log('error', 'cache store unreachable: serving what this instance holds', {operation, error: error.message});
  }

  function remember(key, entry) {
    forget(key);
    if (entry.size > memoryBytes / 4) return; // a few huge pages would evict everything else
    memory.set(key, entry);
    memoryUsed += entry.size;
    for (const [oldest, old] of memory) {
      if (memoryUsed <= memoryBytes) break;
      memory.delete(oldest);
      memoryUsed -= old.size;
    }
  }

  function forget(key) {
    const old = memory.get(key);
    if (!old) return;
    memory.delete(key);
    memoryUsed -= old.size;
  }

  // Revalidations made while PostgreSQL was unreachable are written before anything else is read.
  async function flushPendingTags() {
    if (pendingTags.size === 0) return;
    const tags = [...pendingTags.keys()];
    const times = tags.map((tag) => pendingTags.get(tag));
    await database().query(
      `INSERT INTO "NextCacheTag" (tag, "expiredAt") SELECT * FROM unnest($1::text[], $2::bigint[])
       ON CONFLICT (tag) DO UPDATE SET "expiredAt" = GREATEST("NextCacheTag"."expiredAt", EXCLUDED."expiredAt")`,
      [tags, times],
    );
    for (const [i, tag] of tags.entries()) if (pendingTags.get(tag) === times[i]) pendingTags.delete(tag);
  }

  return class PostgresCacheHandler {
    // Next makes a handler per request: its start is the moment the render's data can be older than.
    constructor() {
      this.startedAt = Date.now();
    }

    async get(key, ctx) {
      const local = memory.get(key);
      const queryTags = ctx?.kind === 'FETCH' ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
      let row;
      try {
        await flushPendingTags();
        // The value only when this instance does not hold the same version already.
        const result = await database().query(
          `SELECT e."lastModified", e."cacheControl",
                  CASE WHEN e."lastModified" = $3 THEN NULL ELSE e.value END AS value,
                  (SELECT max(t."expiredAt") FROM "NextCacheTag" t WHERE t.tag = ANY(e.tags || $2::text[])) AS "revalidatedAt"
           FROM "NextCacheEntry" e WHERE e.key = $1`,
          [key, queryTags, local?.lastModified ?? -1],
        );
        reachable();
        row = result.rows[0];
      } catch (error) {
        unreachable('get', error);
        return local ? {lastModified: local.lastModified, value: local.value, cacheControl: local.cacheControl} : null;
      }
      if (!row) {
        forget(key);
        return null;
      }
      const lastModified = Number(row.lastModified);
      // Revalidated after the request that rendered it began: it may hold data from before the change.
      // A copy in memory stays there, for an outage only, until a new render replaces it.
      if (row.revalidatedAt !== null && Number(row.revalidatedAt) >= lastModified) return null;
      let entry = local;
      if (row.value === null && local) {
        // The version this instance holds: the most recently used moves to the end of the LRU.
        memory.delete(key);
        memory.set(key, local);
      } else {
        entry = {
          lastModified,
          value: decodeValue(row.value),
          cacheControl: row.cacheControl ?? undefined,
          size: row.value.length,
        };
        remember(key, entry);
      }
      return {lastModified, value: entry.value, cacheControl: entry.cacheControl};
    }

    async set(key, data, ctx) {
      const text = encodeValue(data);
      const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl;
      const entry = {lastModified: this.startedAt, value: data, cacheControl, size: text.length};
      try {
        await flushPendingTags();
        // A render that began earlier than the stored one never replaces it.
        await database().query(
          `INSERT INTO "NextCacheEntry" (key, value, tags, "lastModified", "cacheControl") VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, tags = EXCLUDED.tags, "lastModified" = EXCLUDED."lastModified", "cacheControl" = EXCLUDED."cacheControl"
           WHERE "NextCacheEntry"."lastModified" <= EXCLUDED."lastModified"`,
          [
            key,
            text,
            tagsOf(data, ctx),
            this.startedAt,
            cacheControl === undefined ? null : JSON.stringify(cacheControl),
          ],
        );
        reachable();
        remember(key, entry);
      } catch (error) {
        // Not kept in memory either: PostgreSQL cannot tell whether it was revalidated meanwhile.
        unreachable('set', error);
      }
    }

    // Every revalidation expires at once, including revalidateTag(tag, profile): a reader gets the
    // new text on the next request rather than one request later. Selaras uses revalidatePath only.
    async revalidateTag(tags) {
      const list = typeof tags === 'string' ? [tags] : tags;
      if (list.length === 0) return;
      const now = Date.now();
      for (const tag of list) pendingTags.set(tag, now);
      try {
        await flushPendingTags();
        reachable();
      } catch (error) {
        unreachable('revalidateTag', error);
      }
    }

    resetRequestCache() {}

    /** For tests and shutdown: closes this handler class's pool. */
    static async close() {
      await pool?.end();
      pool = undefined;
    }
  };
}

export default createPostgresCacheHandler({connectionString: process.env.DATABASE_URL});
