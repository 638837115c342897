// The embedded database has no autovacuum daemon to gather the planner's statistics: loading content
// analyses it (server/platform/statistics.ts), so that a search asks the full-text index.
import path from 'node:path';
import {afterAll, expect, test} from 'vitest';
import {openMemoryDatabase} from '../../server/platform/openDatabase';
import {migrateAndLoadContent} from '../../server/texts/prepareDatabase';

const db = openMemoryDatabase();
afterAll(() => db.close());

const estimatedParagraphs = async () =>
  Number(
    (
      await db.prisma.$queryRaw<{n: number}[]>`SELECT reltuples::float8 AS n FROM pg_class WHERE relname = 'Paragraph'`
    )[0]!.n,
  );

test('loading content into the embedded database leaves the planner knowing how many paragraphs there are', async () => {
  const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'content');
  expect(await migrateAndLoadContent(db, fixtures)).toBe(true);
  const paragraphs = await db.prisma.paragraph.count();
  expect(paragraphs).toBeGreaterThan(0);
  // Never analysed, PostgreSQL says -1; analysed, the count itself.
  expect(await estimatedParagraphs()).toBe(paragraphs);
});
