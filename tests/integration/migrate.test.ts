import {expect, test} from 'vitest';
import {TRIGRAM_CLASSES} from '../../core/texts/memoryClasses';
import {openDatabase} from '../../server/platform/openDatabase';
import {applyMigrations, readMigrationList} from '../../server/platform/migrate';
import {createTestDatabase, postgresAvailable} from '../helpers/postgres';
import {describeOnBothDatabases} from '../helpers/databases';

describeOnBothDatabases('migrations', (db) => {
  test('a migrated database is left alone and records each migration by folder name', async () => {
    expect(await applyMigrations(db().adapter)).toEqual([]);
    const rows = await db().prisma.$queryRaw<
      {migration_name: string; finished_at: Date | null; rolled_back_at: Date | null}[]
    >`
      SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name`;
    const folders = (await readMigrationList()).migrationDirectories.map((d) => d.path);
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    expect(rows.every((r) => r.finished_at && !r.rolled_back_at)).toBe(true);
  });

  test('full-text indexes exist, and one trigram index per memory size class', async () => {
    const rows = await db().prisma.$queryRaw<
      {indexname: string}[]
    >`SELECT indexname FROM pg_indexes WHERE indexname LIKE '%trgm%' OR indexname LIKE '%_body_%'`;
    // The single trigram index over every memory source is gone: the size-class indexes replace it.
    expect(rows.map((r) => r.indexname).sort()).toEqual([
      'Paragraph_body_english_idx',
      'Paragraph_body_indonesian_idx',
    ]);
    const trigram = await db().prisma.$queryRaw<
      {indexdef: string}[]
    >`SELECT indexdef FROM pg_indexes WHERE tablename = 'MemoryEntry' AND indexdef LIKE '%gin_trgm_ops%'`;
    // Each index's predicate must be exactly its class in core/texts/memoryClasses.ts, or lookups of that class fall back to no index.
    const predicates = trigram.map((r) =>
      [...r.indexdef.matchAll(/"sourceTrigrams" [<>]=? (\d+)/g)].map((m) => Number(m[1])),
    );
    const expected = TRIGRAM_CLASSES.map((c) => (c.to === null ? [c.from] : [c.from, c.to]));
    expect(predicates.sort((a, b) => a[0] - b[0])).toEqual(expected);
  });
});

test.skipIf(!(await postgresAvailable()))(
  'a fresh PostgreSQL database migrates, the same way prisma migrate deploy records it',
  async () => {
    const {url, drop} = await createTestDatabase();
    const db = openDatabase({DATABASE_URL: url});
    try {
      const applied = await applyMigrations(db.adapter);
      expect(applied.length).toBeGreaterThan(0);
      const [row] = await db.prisma.$queryRaw<{checksum: string; applied_steps_count: number; logs: string | null}[]>`
      SELECT checksum, applied_steps_count, logs FROM _prisma_migrations ORDER BY started_at LIMIT 1`;
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
    } finally {
      await db.close();
      await drop();
    }
  },
);
