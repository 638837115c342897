// A long text enters the concordance a chunk of pairs a transaction (so that readers' queries get in
// between on the embedded database's one connection): the tally must match the pairs stored however
// the build ends, and a build cut short must be started again from nothing by the next refresh.
import {expect, test} from 'vitest';
import {refreshConcordance} from '../../server/concordance/refresh';
import {replaceSourcePairs, termNamer, type NewPair} from '../../server/concordance/pairStore';
import {loadLexicon} from '../../server/texts/lexiconFiles';
import type {PrismaClient} from '../../server/generated/prisma/client';
import {storeBook} from '../helpers/book';
import {describeOnBothDatabases} from '../helpers/databases';

/** The tally as stored, and as counted afresh from the terms: they must be equal. */
async function tallies(prisma: PrismaClient) {
  const stored = await prisma.$queryRaw<{n: bigint; total: bigint}[]>`
    SELECT count(*) AS n, coalesce(sum(count), 0)::bigint AS total FROM "ConcordanceTally"`;
  const counted = await prisma.$queryRaw<{n: bigint; total: bigint}[]>`
    SELECT count(*) AS n, coalesce(sum(c), 0)::bigint AS total
    FROM (SELECT count(*) AS c FROM "ConcordanceTerm" GROUP BY lang, term, translation) t`;
  return {stored: stored[0], counted: counted[0]};
}

describeOnBothDatabases('building the concordance of a long text in chunks', (db) => {
  test('a 450-row book is stored whole, its tally counted right; a build cut short is redone', async () => {
    const prisma = db().prisma;
    const textId = await storeBook(prisma, {slug: 'long-book', chapters: 3, perChapter: 150});
    const first = await refreshConcordance(prisma);
    expect(first.texts).toBe(1);
    // Three sentences a paragraph: well over one chunk of pairs.
    expect(first.pairs).toBeGreaterThan(1250);
    expect(await prisma.concordancePair.count({where: {textId}})).toBe(first.pairs);
    const whole = await tallies(prisma);
    expect(whole.stored).toEqual(whole.counted);

    // A rebuild that fails midway: the stamp is gone, the tally still matches what is stored.
    const pairs = await prisma.concordancePair.findMany({
      where: {textId},
      select: {textId: true, row: true, idText: true, enText: true, links: true},
      orderBy: {id: 'asc'},
    });
    // Pair 1,200 carries a word whose naming fails: the chunks before its own (250 pairs each) are stored.
    pairs[1200] = {...pairs[1200]!, idText: `${pairs[1200]!.idText} gagalkan`};
    const namer = termNamer(loadLexicon());
    const failing = (word: string, lang: 'id' | 'en') => {
      if (word === 'gagalkan') throw new Error('cut short');
      return namer(word, lang);
    };
    await expect(
      replaceSourcePairs(prisma, {textId}, `text:${textId}`, 'cut', pairs as NewPair[], failing),
    ).rejects.toThrow('cut short');
    expect(await prisma.concordanceSource.findUnique({where: {key: `text:${textId}`}})).toBeNull();
    const stored = await prisma.concordancePair.count({where: {textId}});
    expect(stored).toBe(1000);
    const cut = await tallies(prisma);
    expect(cut.stored).toEqual(cut.counted);

    // The next refresh sees no stamp and builds the text again, whole.
    const again = await refreshConcordance(prisma);
    expect(again).toMatchObject({texts: 1, pairs: first.pairs});
    expect(await prisma.concordancePair.count({where: {textId}})).toBe(first.pairs);
    expect(await tallies(prisma)).toEqual(whole);
  }, 120_000);
});
