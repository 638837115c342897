// The PostgreSQL page cache shared by app instances (server/platform/cacheHandler.mjs): two handler classes,
// each with its own pool and memory, stand in for two instances on one database. PostgreSQL only:
// on the embedded database the app keeps Next's own cache (PGlite belongs to one process).
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import pg from 'pg';
import {
  createPostgresCacheHandler,
  decodeValue,
  encodeValue,
  type PostgresCacheHandlerClass,
} from '../../server/platform/cacheHandler.mjs';
import {openDatabase} from '../../server/platform/openDatabase';
import {applyMigrations} from '../../server/platform/migrate';
import {adminUrl, createTestDatabase, postgresAvailable} from '../helpers/postgres';

const postgresUp = await postgresAvailable();
const pathTag = '_N_T_/en/read/payung-kuning';

/** A reader page as Next hands it to the handler: HTML, an RSC payload and per-segment prefetch data. */
function page(html: string) {
  return {
    kind: 'APP_PAGE' as const,
    html,
    rscData: Buffer.from(`rsc of ${html}`),
    headers: {'x-next-cache-tags': `_N_T_/layout,_N_T_/[locale]/read/[slug]/page,${pathTag}`},
    status: 200,
    postponed: undefined,
    segmentData: new Map([['/_tree', Buffer.from(`tree of ${html}`)]]),
  };
}
const pageContext = {kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false};
const setContext = {cacheControl: {revalidate: 3600, expire: undefined}, isRoutePPREnabled: false, isFallback: false};

async function htmlOf(handler: InstanceType<PostgresCacheHandlerClass>, key: string): Promise<string | null> {
  const entry = await handler.get(key, pageContext);
  return entry ? (entry.value as {html: string}).html : null;
}

test('cache values with Buffers and Maps survive the JSON round trip', () => {
  const value = decodeValue(encodeValue(page('<p lang="id">Halo</p>'))) as ReturnType<typeof page>;
  expect(value.html).toBe('<p lang="id">Halo</p>');
  expect(Buffer.isBuffer(value.rscData) && value.rscData.toString()).toBe('rsc of <p lang="id">Halo</p>');
  expect(value.segmentData.get('/_tree')?.toString()).toBe('tree of <p lang="id">Halo</p>');
});

describe.skipIf(!postgresUp)('the page cache shared by two instances (postgres)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let first: PostgresCacheHandlerClass;
  let second: PostgresCacheHandlerClass;
  const admin = new pg.Pool({connectionString: adminUrl, max: 1});

  /** Stops and restores the test database's connections, as a PostgreSQL outage would. */
  async function outage(on: boolean): Promise<void> {
    const name = new URL(database.url).pathname.slice(1);
    await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS ${on ? 'false' : 'true'}`);
    if (on) await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [name]);
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = openDatabase({DATABASE_URL: database.url});
    await applyMigrations(db.adapter);
    await db.close();
    first = createPostgresCacheHandler({connectionString: database.url});
    second = createPostgresCacheHandler({connectionString: database.url});
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await admin.end();
    await database?.drop();
  });

  test('a page one instance rendered is served by the other, bytes intact', async () => {
    await new first().set('/read/one', page('first render'), setContext);
    const entry = await new second().get('/read/one', pageContext);
    const value = entry?.value as ReturnType<typeof page>;
    expect(value.html).toBe('first render');
    expect(value.rscData.toString()).toBe('rsc of first render');
    expect(value.segmentData.get('/_tree')?.toString()).toBe('tree of first render');
    expect(entry?.cacheControl).toEqual({revalidate: 3600});
  });

  test('revalidating a path on one instance makes the other render again, even from its memory', async () => {
    await new first().set('/read/two', page('before the edit'), setContext);
    // The second instance now holds the page in memory.
    expect(await htmlOf(new second(), '/read/two')).toBe('before the edit');
    await new first().revalidateTag([pathTag]);
    expect(await htmlOf(new second(), '/read/two')).toBeNull();
    expect(await htmlOf(new first(), '/read/two')).toBeNull();
    // The next render, begun after the revalidation, is served everywhere.
    await new second().set('/read/two', page('after the edit'), setContext);
    expect(await htmlOf(new first(), '/read/two')).toBe('after the edit');
    expect(await htmlOf(new second(), '/read/two')).toBe('after the edit');
  });

  test('a render that began before a revalidation is not served, though it was stored after it', async () => {
    const slowRender = new first();
    await new Promise((r) => setTimeout(r, 5));
    await new second().revalidateTag(pathTag);
    await slowRender.set('/read/three', page('read before the edit'), setContext);
    expect(await htmlOf(new second(), '/read/three')).toBeNull();
    expect(await htmlOf(new first(), '/read/three')).toBeNull();
  });

  test('a newer render stored by one instance replaces the version the other holds in memory', async () => {
    await new first().set('/read/four', page('version 1'), setContext);
    expect(await htmlOf(new second(), '/read/four')).toBe('version 1');
    await new Promise((r) => setTimeout(r, 5));
    await new first().set('/read/four', page('version 2'), setContext);
    expect(await htmlOf(new second(), '/read/four')).toBe('version 2');
  });

  test('fetch entries answer to their own tags and the soft tags of the request', async () => {
    const data = {
      kind: 'FETCH',
      data: {headers: {}, body: '{"ok":true}', url: 'https://example.test/x', status: 200},
      revalidate: 60,
      tags: ['texts'],
    };
    await new first().set('/fetch/x', data, {fetchCache: true, tags: ['texts']});
    const context = {kind: 'FETCH', tags: ['texts'], softTags: ['_N_T_/en']};
    expect((await new second().get('/fetch/x', context))?.value).toEqual(data);
    await new first().revalidateTag('_N_T_/en');
    expect(await new second().get('/fetch/x', context)).toBeNull();
  });

  test('while PostgreSQL is unreachable the pages an instance holds are served, even revalidated ones, and a revalidation made then is applied when it is back', async () => {
    await new first().set('/read/five', page('held in memory'), setContext);
    expect(await htmlOf(new second(), '/read/five')).toBe('held in memory');
    await new first().set(
      '/other/page',
      {...page('other page'), headers: {'x-next-cache-tags': '_N_T_/en/other'}},
      setContext,
    );
    expect(await htmlOf(new second(), '/other/page')).toBe('other page');
    // Revalidated while PostgreSQL answers: never served, but kept in case it stops answering.
    await new first().revalidateTag(pathTag);
    expect(await htmlOf(new second(), '/read/five')).toBeNull();
    await outage(true);
    try {
      // No newer page can be rendered without the database: the older one beats an error page.
      expect(await htmlOf(new second(), '/read/five')).toBe('held in memory');
      expect(await htmlOf(new second(), '/other/page')).toBe('other page');
      expect(await htmlOf(new second(), '/read/never-seen')).toBeNull();
      await new second().set('/read/six', page('rendered during the outage'), setContext);
      // An editor's change stored before PostgreSQL went away: its revalidation waits.
      await new first().revalidateTag('_N_T_/en/other');
    } finally {
      await outage(false);
    }
    expect(await htmlOf(new second(), '/read/five')).toBeNull();
    expect(await htmlOf(new second(), '/read/six')).toBeNull();
    // The first instance writes its pending revalidation on its next contact with the database.
    expect(await htmlOf(new first(), '/read/nothing')).toBeNull();
    expect(await htmlOf(new second(), '/other/page')).toBeNull();
  });
});
