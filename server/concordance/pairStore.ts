// Writing the concordance: a source's sentence pairs are replaced with their terms, and the tally of
// translations follows in the same transactions (subtracted for the pairs that go, added for those that
// come), so that reading it is never a count. A long source comes in chunks (replaceSourcePairs).
import {setImmediate as yieldToOthers} from 'node:timers/promises';
import {englishLemma} from '../../core/language/englishLemma';
import {lookupWord} from '../../core/language/lexicon';
import {pairTerms, type TermOf} from '../../core/concordance/pairTerms';
import {parseLinks} from '../../core/wordalign/sentencePairs';
import type {Lexicon} from '../../core/language/lexicon';
import type {Prisma, PrismaClient} from '../generated/prisma/client';

export type Tx = Prisma.TransactionClient;

export interface NewPair {
  textId?: string | null;
  row?: number | null;
  memoryEntryId?: string | null;
  /** A text's pairs: what their row was built from (see updateTextPairs). */
  rowHash?: string | null;
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

/** Pairs written in one transaction: a big text is stored in steps, so readers' queries get in between. */
export const CHUNK = 250;

/**
 * Inserts pairs with their terms and adds them to the tally (inside the caller's transaction). The rows
 * go in as one array a column (unnest), which costs the driver and the database a fraction of a
 * many-row VALUES list; the ids are drawn from the sequence first, so each term knows its pair.
 */
export async function insertPairs(tx: Tx, pairs: readonly NewPair[], termOf: TermOf): Promise<void> {
  if (!pairs.length) return;
  const drawn = await tx.$queryRaw<{id: number}[]>`
    SELECT nextval(pg_get_serial_sequence('"ConcordancePair"', 'id'))::int AS id
    FROM generate_series(1, ${pairs.length}::int)`;
  const ids = drawn.map((d) => d.id);
  await tx.$executeRaw`
    INSERT INTO "ConcordancePair" (id, "textId", row, "memoryEntryId", "rowHash", "idText", "enText", links)
    SELECT * FROM unnest(${ids}::int[], ${pairs.map((p) => p.textId ?? null)}::text[],
      ${pairs.map((p) => p.row ?? null)}::int[], ${pairs.map((p) => p.memoryEntryId ?? null)}::text[],
      ${pairs.map((p) => p.rowHash ?? null)}::text[], ${pairs.map((p) => p.idText)}::text[],
      ${pairs.map((p) => p.enText)}::text[], ${pairs.map((p) => p.links)}::text[])`;
  const terms = {
    pairId: [] as number[],
    lang: [] as string[],
    term: [] as string[],
    tokens: [] as string[],
    translation: [] as string[],
  };
  pairs.forEach((pair, n) => {
    for (const t of pairTerms({id: pair.idText, en: pair.enText, links: parseLinks(pair.links)}, termOf)) {
      terms.pairId.push(ids[n]!);
      terms.lang.push(t.lang);
      // Both are index keys: a runaway token or a long unit must not break the insert.
      terms.term.push(t.term.slice(0, 200));
      terms.tokens.push(`{${t.tokens.join(',')}}`);
      terms.translation.push(t.translation.slice(0, 200));
    }
  });
  await tx.$executeRaw`
    INSERT INTO "ConcordanceTerm" ("pairId", lang, term, tokens, translation)
    SELECT "pairId", lang::"Lang", term, tokens::int[], translation
    FROM unnest(${terms.pairId}::int[], ${terms.lang}::text[], ${terms.term}::text[], ${terms.tokens}::text[],
      ${terms.translation}::text[]) AS u("pairId", lang, term, tokens, translation)
    ON CONFLICT DO NOTHING`;
  await addTallies(tx, ids);
}

/**
 * Replaces every pair of a source (a text, or the memory) and records the stamp it was built from.
 * The old pairs go (and the stamp with them) in one transaction, the new ones come a chunk a
 * transaction, and the stamp is written last: a build cut short leaves no stamp, so the next refresh
 * starts that source again from nothing, and the tally always matches the pairs stored.
 */
export async function replaceSourcePairs(
  prisma: PrismaClient,
  scope: SourceScope,
  key: string,
  stamp: string,
  pairs: readonly NewPair[],
  termOf: TermOf,
): Promise<void> {
  if (pairs.length <= CHUNK) {
    await prisma.$transaction(
      async (tx) => {
        await clearSource(tx, scope, key);
        await insertPairs(tx, pairs, termOf);
        await writeStamp(tx, key, stamp, pairs.length);
      },
      {timeout: 300_000, maxWait: 30_000},
    );
    return;
  }
  await prisma.$transaction((tx) => clearSource(tx, scope, key), {timeout: 300_000, maxWait: 30_000});
  for (let k = 0; k < pairs.length; k += CHUNK) {
    await yieldToOthers();
    await prisma.$transaction((tx) => insertPairs(tx, pairs.slice(k, k + CHUNK), termOf), {
      timeout: 300_000,
      maxWait: 30_000,
    });
  }
  await writeStamp(prisma, key, stamp, pairs.length);
}

async function clearSource(tx: Tx, scope: SourceScope, key: string): Promise<void> {
  await subtractTallies(tx, scope);
  await tx.concordancePair.deleteMany({where: scopeWhere(scope)});
  await tx.concordanceSource.deleteMany({where: {key}});
}

export async function writeStamp(tx: Tx, key: string, stamp: string, pairs: number): Promise<void> {
  await tx.concordanceSource.upsert({
    where: {key},
    create: {key, stamp, pairs},
    update: {stamp, pairs},
    select: {key: true},
  });
}

/** Drops a source's pairs (a text no longer published) and its stamp. */
export async function dropSource(prisma: PrismaClient, scope: SourceScope, key: string): Promise<void> {
  await prisma.$transaction((tx) => clearSource(tx, scope, key), {timeout: 300_000, maxWait: 30_000});
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
