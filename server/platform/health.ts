// Database reachability and migration state, for the health endpoint and operators.
import {readdir} from 'node:fs/promises';
import path from 'node:path';
import type {PrismaClient} from '../generated/prisma/client';

export interface Health {
  ok: boolean;
  database: {reachable: boolean; kind: string; error?: string};
  migrations: {expected: number; applied: number; pending: string[]; failed: string[]} | null;
}

export async function checkHealth(prisma: PrismaClient, kind: string): Promise<Health> {
  const expected = (await readdir(path.join(process.cwd(), 'prisma', 'migrations'), {withFileTypes: true}))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  try {
    const rows = await prisma.$queryRaw<
      {migration_name: string; finished_at: Date | null; rolled_back_at: Date | null}[]
    >`
      SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`;
    const done = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
    const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
    const pending = expected.filter((name) => !done.has(name));
    return {
      ok: pending.length === 0 && failed.length === 0,
      database: {reachable: true, kind},
      migrations: {expected: expected.length, applied: done.size, pending, failed},
    };
  } catch (error) {
    return {
      ok: false,
      database: {reachable: false, kind, error: (error as Error).message.split('\n').at(-1) ?? 'unreachable'},
      migrations: null,
    };
  }
}
