import pg from 'pg';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {TextSource} from '../../core/texts/content';
import {importTextSource} from '../../server/texts/importContent';
import {SEARCH_PAGE_SIZE, searchTexts, segmentsOf} from '../../server/reader/search';
import {describeOnBothDatabases} from '../helpers/databases';
import {createTestDatabase, postgresAvailable} from '../helpers/postgres';
import {openDatabase, type Database} from '../../server/platform/openDatabase';
import {applyMigrations} from '../../server/platform/migrate';

const postgresUp = await postgresAvailable();

const N = 130;
// Every paragraph mentions a house; the Indonesian side has a 2-1 merge at the start, so rows and
// paragraph numbers differ from there on.
const longText: TextSource = {
  slug: 'rumah-panjang',
  meta: {kind: 'story', originalLanguage: 'id', licence: 'CC0'},
  versions: {
    id: {
      title: 'Rumah panjang',
      provenance: 'original',
      paragraphs: Array.from({length: N}, (_, k) => `Rumah nomor ${k} berdiri di tepi sungai.`),
    },
    en: {
      title: 'The long house',
      provenance: 'human',
      paragraphs: Array.from({length: N - 1}, (_, k) => `House number ${k + 1} stands by the river.`),
    },
  },
  alignment: [{id: [0, 1], en: [0]}, ...Array.from({length: N - 2}, (_, k) => ({id: [k + 2], en: [k + 1]}))],
} as TextSource;

test('highlight segments keep the text and mark only the matches', () => {
  expect(segmentsOf('a \u0001rumah\u0002 <b>besar</b>')).toEqual([
    {text: 'a ', match: false},
    {text: 'rumah', match: true},
    {text: ' <b>besar</b>', match: false},
  ]);
});

describeOnBothDatabases('search over a long text', (db) => {
  beforeAll(async () => {
    await importTextSource(db().prisma, longText, () => []);
    await importTextSource(db().prisma, {...longText, slug: 'rumah-draft'}, () => [], 'draft');
  });

  test('results come a page at a time, each placed in its reader row with its counterpart', async () => {
    const seen = new Set<string>();
    let page = 1;
    for (; ; page++) {
      const result = await searchTexts(db().prisma, 'rumah', {page});
      if (!result.ok) throw new Error('timed out');
      expect(result.hits.length).toBeLessThanOrEqual(SEARCH_PAGE_SIZE);
      for (const hit of result.hits) {
        expect(hit.slug).toBe('rumah-panjang');
        seen.add(hit.body);
        const k = Number(/nomor (\d+)/.exec(hit.body)![1]);
        expect(hit.row).toBe(k < 2 ? 0 : k - 1);
        expect(hit.counterpart.map((c) => c.body)).toEqual([`House number ${Math.max(k, 1)} stands by the river.`]);
        expect(hit.segments.find((s) => s.match)?.text).toBe('Rumah');
      }
      if (!result.hasMore) break;
    }
    expect(page).toBe(Math.ceil(N / SEARCH_PAGE_SIZE));
    expect(seen.size).toBe(N);
    const english = await searchTexts(db().prisma, 'houses');
    const first = english.ok ? english.hits.find((h) => h.body.startsWith('House number 1 ')) : undefined;
    expect(first).toMatchObject({
      lang: 'en',
      row: 0,
      counterpart: [{lang: 'id', body: longText.versions.id!.paragraphs[0]}, {lang: 'id'}],
    });
  });

  // PGlite runs in this process and has no timer to cancel a statement with.
  test('a visitor query that runs past its statement timeout is stopped and reported', async (context) => {
    if (db().kind !== 'postgres') context.skip();
    const many = Array.from({length: 5000}, (_, k) => `Rumah ke-${k} dan rumah lain di desa.`);
    await importTextSource(
      db().prisma,
      {
        ...longText,
        slug: 'rumah-banyak',
        versions: {id: {...longText.versions.id!, paragraphs: many}},
        alignment: null,
      },
      () => [],
    );
    await expect(searchTexts(db().prisma, 'rumah', {timeoutMs: 1})).resolves.toEqual({ok: false, error: 'timeout'});
    // The timeout is local to the search's transaction: the connection goes on with no limit.
    const [{setting}] = await db().prisma.$queryRaw<
      {setting: string}[]
    >`SELECT current_setting('statement_timeout') AS setting`;
    expect(setting).toBe('0');
  });
});

// Slots are advisory locks, which only PostgreSQL shares between connections (and instances).
describe.skipIf(!postgresUp)('search slots (postgres)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = openDatabase({DATABASE_URL: database.url});
    await applyMigrations(db.adapter);
    await importTextSource(db.prisma, longText, () => []);
  });
  afterAll(async () => {
    await db.close();
    await database.drop();
  });

  test('a search waits for a free slot, and says the search is busy when none comes free in time', async () => {
    const holder = new pg.Client({connectionString: database.url});
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock(740221, 0)');
      const started = Date.now();
      expect(await searchTexts(db.prisma, 'rumah', {slots: 1, busyWaitMs: 300})).toEqual({ok: false, error: 'busy'});
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      // A second slot is free.
      expect(await searchTexts(db.prisma, 'rumah', {slots: 2, busyWaitMs: 300})).toMatchObject({ok: true});
      // The slot comes free while the search waits: it runs.
      const waiting = searchTexts(db.prisma, 'rumah', {slots: 1, busyWaitMs: 5_000});
      await new Promise((resolve) => setTimeout(resolve, 300));
      await holder.query('COMMIT');
      const result = await waiting;
      expect(result.ok && result.hits.length).toBe(SEARCH_PAGE_SIZE);
    } finally {
      await holder.end();
    }
  });
});
