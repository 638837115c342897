// The bilingual concordance: the sentence pairs holding a word (any form of its root) or a phrase, with
// the word and its translation marked, and how it was translated. One word is one range of the term
// index in pair order, cut by LIMIT before anything is read from the pairs; the tally is read from its
// table. A phrase scans the pairs of its rarest word, a bounded number of them, for the words in a row.
import {type Lang, otherLang} from '../../core/vocabulary';
import {isGrammarWord, translationOf} from '../../core/concordance/pairTerms';
import {findPhrase, type MarkedPair, markPair, parseQuery, type QueryError} from '../../core/concordance/query';
import {partnersOf} from '../../core/wordalign/packedLinks';
import {parseLinks} from '../../core/wordalign/sentencePairs';
import {tokenSpans} from '../../core/wordalign/tokens';
import {Prisma, type PrismaClient} from '../generated/prisma/client';
import {loadLexicon} from '../texts/lexiconFiles';
import {termNamer} from './pairStore';
import {findTermForPhrase, type KnownTerm} from '../terms/terms';

export const PAGE_SIZE = 20;
/** Pairs of a phrase's rarest word read at most per page: a phrase search never reads the whole index. */
const PHRASE_SCAN = 2000;
const PHRASE_BATCH = 250;

export interface ConcordancePairHit extends MarkedPair {
  pairId: number;
  source: {kind: 'text'; slug: string; row: number; titles: Partial<Record<Lang, string>>} | {kind: 'memory'};
}

export interface ConcordanceResult {
  q: string;
  from: Lang;
  /** pairs holding the word (null for a phrase: its pairs are found, not counted) */
  total: number | null;
  tally: {translation: string; count: number}[];
  pairs: ConcordancePairHit[];
  /** the cursor of the next page, null on the last */
  next: number | null;
  /** the word is a grammar word (yang, the): in nearly every pair, so not in the index */
  common: boolean;
  /** a multi-word term or dictionary phrase the query is */
  term: KnownTerm | null;
}

export type ConcordanceAnswer = {ok: true; result: ConcordanceResult} | {ok: false; error: QueryError};

interface Row {
  id: number;
  idText: string;
  enText: string;
  links: string;
  row: number | null;
  textId: string | null;
  slug: string | null;
  tokens: number[];
  translation: string;
}

/** Pairs holding the term (for a phrase, as often as the phrase has it), in pair order. */
async function pairsOfTerm(
  prisma: PrismaClient,
  from: Lang,
  term: string,
  after: number,
  limit: number,
  phrase?: {times: number},
) {
  const narrow = phrase ? Prisma.sql`AND cardinality(ct.tokens) >= ${phrase.times}::int` : Prisma.empty;
  return prisma.$queryRaw<Row[]>`
    SELECT p.id, p."idText", p."enText", p.links, p.row, p."textId", t.slug, ct.tokens, ct.translation
    FROM "ConcordanceTerm" ct
    JOIN "ConcordancePair" p ON p.id = ct."pairId"
    LEFT JOIN "Text" t ON t.id = p."textId"
    WHERE ct.lang = CAST(${from} AS "Lang") AND ct.term = ${term} AND ct."pairId" > ${after} ${narrow}
      AND (p."memoryEntryId" IS NOT NULL OR t.status = 'published')
    ORDER BY ct."pairId"
    LIMIT ${limit}`;
}

/**
 * Pairs holding both terms, the second `offset` tokens after the first (before, when negative), in pair
 * order: a phrase's candidates, found by index probes and the stored token positions alone.
 */
async function pairsOfBoth(
  prisma: PrismaClient,
  from: Lang,
  terms: [string, string],
  offset: number,
  after: number,
  limit: number,
) {
  return prisma.$queryRaw<Row[]>`
    SELECT p.id, p."idText", p."enText", p.links, p.row, p."textId", t.slug, a.tokens, a.translation
    FROM "ConcordanceTerm" a
    JOIN "ConcordanceTerm" b ON b.lang = a.lang AND b.term = ${terms[1]} AND b."pairId" = a."pairId"
    JOIN "ConcordancePair" p ON p.id = a."pairId"
    LEFT JOIN "Text" t ON t.id = p."textId"
    WHERE a.lang = CAST(${from} AS "Lang") AND a.term = ${terms[0]} AND a."pairId" > ${after}
      AND EXISTS (SELECT 1 FROM unnest(a.tokens) x WHERE x + ${offset}::int = ANY(b.tokens))
      AND (p."memoryEntryId" IS NOT NULL OR t.status = 'published')
    ORDER BY a."pairId"
    LIMIT ${limit}`;
}

async function tallyOf(prisma: PrismaClient, from: Lang, term: string) {
  const rows = await prisma.$queryRaw<{translation: string; count: number; total: number}[]>`
    SELECT translation, count, (sum(count) OVER ())::int AS total
    FROM "ConcordanceTally" WHERE lang = CAST(${from} AS "Lang") AND term = ${term}
    ORDER BY count DESC, translation LIMIT 13`;
  return {
    total: rows[0]?.total ?? 0,
    tally: rows
      .filter((r) => r.translation !== '')
      .slice(0, 12)
      .map(({translation, count}) => ({translation, count})),
  };
}

async function titlesOf(prisma: PrismaClient, rows: readonly Row[]) {
  const ids = [...new Set(rows.map((r) => r.textId).filter((id): id is string => !!id))];
  const versions = ids.length
    ? await prisma.textVersion.findMany({where: {textId: {in: ids}}, select: {textId: true, lang: true, title: true}})
    : [];
  const titles = new Map<string, Partial<Record<Lang, string>>>();
  for (const v of versions) titles.set(v.textId, {...titles.get(v.textId), [v.lang]: v.title});
  return titles;
}

function hitOf(
  row: Row,
  from: Lang,
  hits: number[],
  translation: string,
  titles: Map<string, Partial<Record<Lang, string>>>,
) {
  const marked = markPair({id: row.idText, en: row.enText, links: parseLinks(row.links)}, from, hits, translation);
  const source: ConcordancePairHit['source'] =
    row.slug && row.row !== null && row.textId
      ? {kind: 'text', slug: row.slug, row: row.row, titles: titles.get(row.textId) ?? {}}
      : {kind: 'memory'};
  return {pairId: row.id, ...marked, source};
}

export async function searchConcordance(
  prisma: PrismaClient,
  input: {q: string; from: Lang; after?: number; limit?: number},
): Promise<ConcordanceAnswer> {
  const parsed = parseQuery(input.q);
  if (!parsed.ok) return parsed;
  const {from} = input;
  const after = input.after ?? 0;
  const limit = Math.min(input.limit ?? PAGE_SIZE, 50);
  const termOf = termNamer(loadLexicon());
  const words = parsed.words;
  const base = {q: input.q.trim(), from, common: false};
  const term = words.length > 1 && from === 'id' ? await findTermForPhrase(prisma, words) : null;
  if (words.every((w) => isGrammarWord(w, from)))
    return {ok: true, result: {...base, total: 0, tally: [], pairs: [], next: null, common: true, term}};
  if (words.length === 1) {
    const name = termOf(words[0]!, from) ?? words[0]!.toLowerCase();
    const [rows, tally] = await Promise.all([
      pairsOfTerm(prisma, from, name, after, limit + 1),
      tallyOf(prisma, from, name),
    ]);
    const shown = rows.slice(0, limit);
    const titles = await titlesOf(prisma, shown);
    return {
      ok: true,
      result: {
        ...base,
        ...tally,
        term,
        pairs: shown.map((r) => hitOf(r, from, r.tokens, r.translation, titles)),
        next: rows.length > limit ? shown.at(-1)!.id : null,
      },
    };
  }
  return {ok: true, result: {...base, term, ...(await searchPhrase(prisma, words, from, after, limit, termOf))}};
}

async function searchPhrase(
  prisma: PrismaClient,
  words: string[],
  from: Lang,
  after: number,
  limit: number,
  termOf: ReturnType<typeof termNamer>,
) {
  const terms = words.map((w) => termOf(w, from) ?? w.toLowerCase());
  const indexed = terms.filter((_, k) => !isGrammarWord(words[k]!, from));
  const sizes = await prisma.$queryRaw<{term: string; total: number}[]>`
    SELECT term, sum(count)::int AS total FROM "ConcordanceTally"
    WHERE lang = CAST(${from} AS "Lang") AND term = ANY(${indexed}) GROUP BY term`;
  const empty = {total: 0, tally: [], pairs: [], next: null};
  if (sizes.length < new Set(indexed).size) return empty;
  // The two rarest words find the candidates; the words in a row are checked on those only.
  const [rarest, next] = sizes.sort((a, b) => a.total - b.total).map((t) => t.term);
  const offset = next ? terms.indexOf(next) - terms.indexOf(rarest!) : 0;
  const candidates = (after: number, batch: number) =>
    next
      ? pairsOfBoth(prisma, from, [rarest!, next], offset, after, batch)
      : pairsOfTerm(prisma, from, rarest!, after, batch, {times: terms.filter((t) => t === rarest).length});
  const found: {row: Row; hits: number[]; translation: string}[] = [];
  let cursor = after;
  let scanned = 0;
  let more = true;
  while (found.length <= limit && scanned < PHRASE_SCAN && more) {
    // The first batch asks for one page: candidates are nearly always matches, and each one the
    // database has to find costs a walk through pairs holding both words.
    const batch = scanned === 0 ? limit + 1 : PHRASE_BATCH;
    const rows = await candidates(cursor, batch);
    more = rows.length === batch;
    for (const row of rows) {
      scanned++;
      cursor = row.id;
      const starts = row.tokens.map((t) => t - terms.indexOf(rarest!));
      const at = findPhrase(from === 'id' ? row.idText : row.enText, from, terms, termOf, starts)[0];
      if (!at) continue;
      const other = otherLang(from);
      const otherWords = tokenSpans(other === 'id' ? row.idText : row.enText).map((t) => t.token);
      const translation = translationOf(otherWords, partnersOf(parseLinks(row.links), at, from), other);
      found.push({row, hits: at, translation});
      if (found.length > limit) break;
    }
  }
  const shown = found.slice(0, limit);
  const counts = new Map<string, number>();
  for (const f of found) if (f.translation) counts.set(f.translation, (counts.get(f.translation) ?? 0) + 1);
  const titles = await titlesOf(
    prisma,
    shown.map((f) => f.row),
  );
  const last = found.length > limit ? shown.at(-1)!.row.id : more || scanned >= PHRASE_SCAN ? cursor : null;
  return {
    total: null,
    tally: [...counts].sort((a, b) => b[1] - a[1]).map(([translation, count]) => ({translation, count})),
    pairs: shown.map((f) => hitOf(f.row, from, f.hits, f.translation, titles)),
    // A page that scanned its share of pairs without filling up still offers the next stretch.
    next: found.length > limit || more ? last : null,
  };
}
