// A published text's concordance pairs, brought up to date row by row: an edit rebuilds the pairs of
// the rows it changed (core/concordance/rowPlan.ts), renumbers those after a merge or a split, and
// leaves the rest of a 10,000-row book alone. The tally follows in the same transactions.
import {setImmediate as yieldToOthers} from 'node:timers/promises';
import type {Rehash, RowPlan} from '../../core/concordance/rowPlan';
import type {TermOf} from '../../core/concordance/pairTerms';
import type {PrismaClient} from '../generated/prisma/client';
import {CHUNK, insertPairs, type NewPair, type Tx, writeStamp} from './pairStore';

const LONG = {timeout: 300_000, maxWait: 30_000};

/** Takes pairs out of the tally and the concordance (their terms go with them). */
async function dropPairs(tx: Tx, ids: readonly number[]): Promise<void> {
  if (!ids.length) return;
  await tx.$executeRaw`
    UPDATE "ConcordanceTally" c SET count = c.count - gone.n
    FROM (SELECT lang, term, translation, count(*)::int AS n FROM "ConcordanceTerm"
          WHERE "pairId" = ANY(${ids}::int[]) GROUP BY lang, term, translation) gone
    WHERE c.lang = gone.lang AND c.term = gone.term AND c.translation = gone.translation`;
  await tx.$executeRaw`DELETE FROM "ConcordanceTally" WHERE count <= 0`;
  await tx.$executeRaw`DELETE FROM "ConcordancePair" WHERE id = ANY(${ids}::int[])`;
}

/**
 * Applies a plan: the stamp and the dropped pairs go and the kept ones are renumbered (or rehashed) in one
 * transaction, the built rows come a chunk a transaction (a row's pairs always in one), the stamp last.
 * A refresh cut short leaves no stamp; the next one matches what was stored and carries on.
 */
export async function updateTextPairs(
  prisma: PrismaClient,
  key: string,
  stamp: string,
  plan: RowPlan,
  built: readonly (readonly NewPair[])[],
  termOf: TermOf,
  rehash: Rehash = {ids: [], hashes: []},
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.concordanceSource.deleteMany({where: {key}});
    await dropPairs(tx, plan.drop);
    if (plan.renumber.ids.length)
      await tx.$executeRaw`
        UPDATE "ConcordancePair" p SET row = u.row
        FROM unnest(${plan.renumber.ids}::int[], ${plan.renumber.rows}::int[]) AS u(id, row)
        WHERE p.id = u.id`;
    // Pairs that came out as they were stay, under their row's new hash (keepUnchanged).
    if (rehash.ids.length)
      await tx.$executeRaw`
        UPDATE "ConcordancePair" p SET "rowHash" = u.hash
        FROM unnest(${rehash.ids}::int[], ${rehash.hashes}::text[]) AS u(id, hash)
        WHERE p.id = u.id`;
  }, LONG);
  let chunk: NewPair[] = [];
  let inserted = 0;
  const flush = async () => {
    if (!chunk.length) return;
    const pairs = chunk;
    chunk = [];
    await yieldToOthers();
    await prisma.$transaction((tx) => insertPairs(tx, pairs, termOf), LONG);
    inserted += pairs.length;
  };
  for (const rowPairs of built) {
    if (chunk.length && chunk.length + rowPairs.length > CHUNK) await flush();
    chunk.push(...rowPairs);
  }
  await flush();
  await writeStamp(prisma, key, stamp, plan.kept + inserted);
}
