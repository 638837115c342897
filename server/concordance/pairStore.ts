// Writing the concordance: a source's sentence pairs are replaced as a whole, with their terms, and the
// tally of translations follows in the same transaction (subtracted for the pairs that go, added for
// those that come), so that reading it is never a count.
import {englishLemma} from '../../core/language/englishLemma';
import {lookupWord} from '../../core/language/lexicon';
import {pairTerms, type TermOf} from '../../core/concordance/pairTerms';
import {parseLinks} from '../../core/wordalign/sentencePairs';
import type {Lexicon} from '../../core/language/lexicon';
import type {Prisma, PrismaClient} from '../generated/prisma/client';

type Tx = Prisma.TransactionClient;

export interface NewPair {
  textId?: string | null;
  row?: number | null;
  memoryEntryId?: string | null;
  idText: string;
  enText: string;
  links: string;
}

// Terms are named for every token of every pair indexed and every pair a phrase search looks at.
const named = new WeakMap<Lexicon, Map<string, string | null>>();
const MAX_NAMED = 200_000;

/** Changes whenever words are filed under other terms, so that every source is indexed again. */
export const TERMS_VERSION = 't2';

/**
 * The term a word is filed under: an Indonesian word's root as the lexicon finds it, an English word's
 * lemma as WordNet gives it (used, using → use), else the word itself (lowercase).
 */
export function termNamer(lexicon: Lexicon): TermOf {
  let cache = named.get(lexicon);
  if (!cache) {
    cache = new Map();
    named.set(lexicon, cache);
  }
  const memo = cache;
  return (word, lang) => {
    const key = `${lang}:${word}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let term: string | null;
    if (lang === 'en') term = englishLemma(word) || null;
    else {
      const found = lookupWord(lexicon, word, lang);
      term = found.root ?? (found.word || null);
    }
    if (memo.size >= MAX_NAMED) memo.clear();
    memo.set(key, term);
    return term;
  };
}

export type SourceScope = {textId: string} | {memory: true};

function scopeWhere(scope: SourceScope): Prisma.ConcordancePairWhereInput {
  return 'textId' in scope ? {textId: scope.textId} : {memoryEntryId: {not: null}};
}

async function subtractTallies(tx: Tx, scope: SourceScope) {
  const matching =
    'textId' in scope
      ? tx.$executeRaw`
          UPDATE "ConcordanceTally" c SET count = c.count - gone.n
          FROM (SELECT t.lang, t.term, t.translation, count(*)::int AS n
                FROM "ConcordanceTerm" t JOIN "ConcordancePair" p ON p.id = t."pairId"
                WHERE p."textId" = ${scope.textId}
                GROUP BY t.lang, t.term, t.translation) gone
          WHERE c.lang = gone.lang AND c.term = gone.term AND c.translation = gone.translation`
      : tx.$executeRaw`
          UPDATE "ConcordanceTally" c SET count = c.count - gone.n
          FROM (SELECT t.lang, t.term, t.translation, count(*)::int AS n
                FROM "ConcordanceTerm" t JOIN "ConcordancePair" p ON p.id = t."pairId"
                WHERE p."memoryEntryId" IS NOT NULL
                GROUP BY t.lang, t.term, t.translation) gone
          WHERE c.lang = gone.lang AND c.term = gone.term AND c.translation = gone.translation`;
  await matching;
  await tx.$executeRaw`DELETE FROM "ConcordanceTally" WHERE count <= 0`;
}

async function addTallies(tx: Tx, ids: number[]) {
  await tx.$executeRaw`
    INSERT INTO "ConcordanceTally" (lang, term, translation, count)
    SELECT lang, term, translation, count(*)::int FROM "ConcordanceTerm"
    WHERE "pairId" = ANY(${ids})
    GROUP BY lang, term, translation
    ON CONFLICT (lang, term, translation) DO UPDATE SET count = "ConcordanceTally".count + EXCLUDED.count`;
}

const CHUNK = 500;

/** Inserts pairs with their terms and adds them to the tally (inside the caller's transaction). */
export async function insertPairs(tx: Tx, pairs: readonly NewPair[], termOf: TermOf): Promise<void> {
  for (let k = 0; k < pairs.length; k += CHUNK) {
    const chunk = pairs.slice(k, k + CHUNK);
    const created = await tx.concordancePair.createManyAndReturn({data: [...chunk], select: {id: true}});
    const terms = created.flatMap(({id}, n) =>
      pairTerms({id: chunk[n]!.idText, en: chunk[n]!.enText, links: parseLinks(chunk[n]!.links)}, termOf).map((t) => ({
        pairId: id,
        lang: t.lang,
        // Both are index keys: a runaway token or a long unit must not break the insert.
        term: t.term.slice(0, 200),
        tokens: t.tokens,
        translation: t.translation.slice(0, 200),
      })),
    );
    for (let t = 0; t < terms.length; t += 5 * CHUNK)
      await tx.concordanceTerm.createMany({data: terms.slice(t, t + 5 * CHUNK), skipDuplicates: true});
    await addTallies(
      tx,
      created.map((c) => c.id),
    );
  }
}

/** Replaces every pair of a source (a text, or the memory) and records the stamp it was built from. */
export async function replaceSourcePairs(
  prisma: PrismaClient,
  scope: SourceScope,
  key: string,
  stamp: string,
  pairs: readonly NewPair[],
  termOf: TermOf,
): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      await subtractTallies(tx, scope);
      await tx.concordancePair.deleteMany({where: scopeWhere(scope)});
      await insertPairs(tx, pairs, termOf);
      await tx.concordanceSource.upsert({
        where: {key},
        create: {key, stamp, pairs: pairs.length},
        update: {stamp, pairs: pairs.length},
        select: {key: true},
      });
    },
    {timeout: 300_000, maxWait: 30_000},
  );
}

/** Drops a source's pairs (a text no longer published) and its stamp. */
export async function dropSource(prisma: PrismaClient, scope: SourceScope, key: string): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      await subtractTallies(tx, scope);
      await tx.concordancePair.deleteMany({where: scopeWhere(scope)});
      await tx.concordanceSource.deleteMany({where: {key}});
    },
    {timeout: 300_000, maxWait: 30_000},
  );
}

/** Counts the whole tally again from the terms: after pairs went without being subtracted. */
export async function rebuildTallies(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction([
    prisma.$executeRaw`DELETE FROM "ConcordanceTally"`,
    prisma.$executeRaw`
      INSERT INTO "ConcordanceTally" (lang, term, translation, count)
      SELECT lang, term, translation, count(*)::int FROM "ConcordanceTerm" GROUP BY lang, term, translation`,
  ]);
}
