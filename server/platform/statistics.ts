// PostgreSQL's planner chooses how to run a query from table statistics, which its autovacuum daemon
// refreshes as tables change. The embedded database (PGlite) runs no such daemon, so its tables never
// had any: the planner took the shipped texts' 31,000 paragraphs for a handful and, for every search,
// read each text version's paragraphs one by one instead of asking the full-text index (1.1–1.5 s a
// search; 0.36–0.5 s once analysed, December 8). So the embedded database is analysed after the
// changes that fill it: loading content/ at start and storing an imported text.
import type {PrismaClient} from '../generated/prisma/client';
import type {Database} from './openDatabase';

export async function refreshStatistics(prisma: PrismaClient, kind: Database['kind']): Promise<void> {
  if (kind === 'embedded') await prisma.$executeRawUnsafe('ANALYZE');
}
