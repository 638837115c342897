// A long text enters the concordance a chunk of pairs a transaction (so that readers' queries get in
// between on the embedded database's one connection): the tally must match the pairs stored however
// the build ends, and a build cut short must be started again from nothing by the next refresh.
import {expect, test} from 'vitest';
import {refreshConcordance} from '../../server/concordance/refresh';
import {searchConcordance} from '../../server/concordance/search';
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

  test('an edit rebuilds the pairs of the rows it changed, a merge renumbers the rows after it, the tally follows', async () => {
    const prisma = db().prisma;
    const text = await prisma.text.findUniqueOrThrow({where: {slug: 'long-book'}, select: {id: true}});
    const before = await prisma.concordancePair.findMany({
      where: {textId: text.id},
      select: {id: true, row: true},
      orderBy: {id: 'asc'},
    });
    const rowOf = (rows: {id: number; row: number | null}[]) => new Map(rows.map((p) => [p.id, p.row]));
    // An editor changes one paragraph of row 10 (as the editor does: a new body, a new revision).
    const link = await prisma.alignmentLink.findFirstOrThrow({where: {textId: text.id, position: 10}});
    const version = await prisma.textVersion.findFirstOrThrow({where: {textId: text.id, lang: 'en'}});
    const [paragraph] = await prisma.paragraph.findMany({
      where: {versionId: version.id},
      orderBy: {position: 'asc'},
      skip: link.enStart,
      take: 1,
    });
    await prisma.paragraph.update({
      where: {id: paragraph!.id},
      data: {body: 'A zeppelin rose over the island. It was gone by noon.'},
    });
    await prisma.text.update({where: {id: text.id}, data: {revision: {increment: 1}}});
    const edited = await refreshConcordance(prisma);
    expect(edited.texts).toBe(1);
    expect(edited.pairs).toBeGreaterThan(0);
    expect(edited.pairs).toBeLessThan(5);
    const after = await prisma.concordancePair.findMany({where: {textId: text.id}, select: {id: true, row: true}});
    // Every pair of another row is the same pair, at the same row.
    const kept = after.filter((p) => p.row !== 10);
    expect(kept.length).toBe(before.filter((p) => p.row !== 10).length);
    expect(kept.every((p) => rowOf(before).get(p.id) === p.row)).toBe(true);
    const boat = await searchConcordance(prisma, {q: 'zeppelin', from: 'en'});
    expect(boat.ok && boat.result.pairs.some((p) => p.source.kind === 'text' && p.source.row === 10)).toBe(true);
    let tally = await tallies(prisma);
    expect(tally.stored).toEqual(tally.counted);

    // Rows 20 and 21 merged: the pairs of the rows after them move up a row and stay the same pairs.
    const [a, b] = await prisma.alignmentLink.findMany({
      where: {textId: text.id, position: {in: [20, 21]}},
      orderBy: {position: 'asc'},
    });
    await prisma.$transaction([
      prisma.alignmentLink.update({where: {id: a!.id}, data: {idEnd: b!.idEnd, enEnd: b!.enEnd}}),
      prisma.alignmentLink.delete({where: {id: b!.id}}),
      prisma.alignmentLink.updateMany({where: {textId: text.id, position: {gt: 21}}, data: {position: {decrement: 1}}}),
      prisma.text.update({where: {id: text.id}, data: {revision: {increment: 1}}}),
    ]);
    const beforeMerge = rowOf(after);
    const merged = await refreshConcordance(prisma);
    expect(merged.texts).toBe(1);
    const now = await prisma.concordancePair.findMany({where: {textId: text.id}, select: {id: true, row: true}});
    const later = now.filter((p) => (p.row ?? 0) > 20);
    expect(later.length).toBeGreaterThan(1000);
    expect(later.every((p) => beforeMerge.get(p.id) === (p.row ?? 0) + 1)).toBe(true);
    tally = await tallies(prisma);
    expect(tally.stored).toEqual(tally.counted);
    // Built from nothing, the concordance would hold exactly these pairs.
    const rebuilt = await prisma.concordancePair.findMany({
      where: {textId: text.id},
      select: {row: true, idText: true, enText: true, links: true},
      orderBy: [{row: 'asc'}, {id: 'asc'}],
    });
    await prisma.concordanceSource.deleteMany({where: {key: `text:${text.id}`}});
    await prisma.$executeRaw`UPDATE "ConcordancePair" SET "rowHash" = NULL WHERE "textId" = ${text.id}`;
    expect(await refreshConcordance(prisma)).toMatchObject({texts: 1});
    expect(
      await prisma.concordancePair.findMany({
        where: {textId: text.id},
        select: {row: true, idText: true, enText: true, links: true},
        orderBy: [{row: 'asc'}, {id: 'asc'}],
      }),
    ).toEqual(rebuilt);
  }, 120_000);
});
