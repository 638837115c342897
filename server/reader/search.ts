// Full-text search over the published texts in both languages, with PostgreSQL's own `indonesian`
// and `english` configurations (the GIN indexes of the first migration serve these exact expressions).
import type {Lang} from '../../core/vocabulary';
import {lookupWord} from '../../core/language/lexicon';
import {loadLexicon} from '../texts/lexiconFiles';
import {Prisma, type PrismaClient} from '../generated/prisma/client';

/**
 * The Snowball Indonesian stemmer removes meN-/di-/ber- and -kan/-an/-i, so `guna` already finds
 * `menggunakan`; each Indonesian query word also matches its root from the morphology, for forms the
 * stemmer misses (peN- variants, -nya, reduplication). Returns `to_tsquery` text: words ANDed, each
 * word ORed with its root.
 */
export function indonesianQuery(query: string): string {
  const lexicon = loadLexicon();
  const groups: string[] = [];
  for (const word of query.normalize('NFC').match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) {
    // A reduplication or compound (kegiatan-kegiatan) is searched by its first part.
    const forms = new Set(
      [word.toLowerCase().split('-')[0]!, lookupWord(lexicon, word, 'id').root ?? '']
        .map((f) => f.replace(/[^\p{L}\p{N}]/gu, ''))
        .filter(Boolean),
    );
    if (forms.size > 0) groups.push(`(${[...forms].join(' | ')})`);
  }
  return groups.join(' & ');
}

export interface SearchHit {
  slug: string;
  title: string;
  lang: Lang;
  /** The reader row that holds the paragraph (its anchor is `#r<row>`). */
  row: number;
  body: string;
  /** The body cut at the words that matched, for highlighting as text (never as markup). */
  segments: {text: string; match: boolean}[];
  /** The aligned paragraphs in the other language. */
  counterpart: {lang: Lang; body: string}[];
  rank: number;
}

export type SearchResult =
  | {ok: true; hits: SearchHit[]; page: number; hasMore: boolean}
  | {ok: false; error: 'timeout' | 'busy'};

export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_MAX_PAGE = 20;
/** Matches ranked per language: a word found in most paragraphs of a long text must not rank them all. */
const CANDIDATES = 1000;
const START = '\u0001';
const STOP = '\u0002';

export function segmentsOf(headline: string): {text: string; match: boolean}[] {
  const segments: {text: string; match: boolean}[] = [];
  for (const piece of headline.split(START)) {
    const [match, rest] = piece.includes(STOP) ? (piece.split(STOP, 2) as [string, string]) : [null, piece];
    if (match) segments.push({text: match, match: true});
    if (rest) segments.push({text: rest, match: false});
  }
  return segments;
}

interface Row {
  slug: string;
  title: string;
  lang: Lang;
  row: number;
  body: string;
  headline: string;
  rank: number;
  counterpart: string[] | null;
}

function isTimeout(error: unknown): boolean {
  for (let e = error as {code?: unknown; cause?: unknown; message?: unknown} | undefined; e; e = e.cause as typeof e) {
    if (e.code === '57014' || (typeof e.message === 'string' && /statement timeout/.test(e.message))) return true;
    // P2028: no connection came free in time to start the transaction, which a flood of searches causes.
    if (e.code === 'P2028') return true;
  }
  return false;
}

/** The advisory lock class of search slots (the second key is the slot). */
const SEARCH_LOCK = 740_221;

/** Takes a free search slot for the transaction, if there is one. */
async function takeSearchSlot(tx: Prisma.TransactionClient, slots: number): Promise<boolean> {
  for (let slot = 0; slot < slots; slot++) {
    const [row] = await tx.$queryRaw<
      {ok: boolean}[]
    >`SELECT pg_try_advisory_xact_lock(${SEARCH_LOCK}::int, ${slot}::int) AS ok`;
    if (row?.ok) return true;
  }
  return false;
}

/** The search statement for one page (exported so that `npm run bench:search -- --explain` can show its plan). */
export function searchSql(q: string, page: number): Prisma.Sql {
  const idQuery = indonesianQuery(q);
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const options_ = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;
  return Prisma.sql`
        WITH matches AS (
          SELECT * FROM (
            (SELECT p."versionId", p.position, p.lang::text AS lang, p.body, v."textId", v.title, t.slug,
                ts_rank(to_tsvector('indonesian', p.body), to_tsquery('indonesian', ${idQuery})) AS rank
              FROM "Paragraph" p JOIN "TextVersion" v ON v.id = p."versionId" JOIN "Text" t ON t.id = v."textId"
              WHERE t.status = 'published' AND p.lang = 'id' AND ${idQuery} <> ''
                AND to_tsvector('indonesian', p.body) @@ to_tsquery('indonesian', ${idQuery})
              LIMIT ${CANDIDATES})
            UNION ALL
            (SELECT p."versionId", p.position, p.lang::text AS lang, p.body, v."textId", v.title, t.slug,
                ts_rank(to_tsvector('english', p.body), plainto_tsquery('english', ${q})) AS rank
              FROM "Paragraph" p JOIN "TextVersion" v ON v.id = p."versionId" JOIN "Text" t ON t.id = v."textId"
              WHERE t.status = 'published' AND p.lang = 'en' AND to_tsvector('english', p.body) @@ plainto_tsquery('english', ${q})
              LIMIT ${CANDIDATES})
          ) m
        ),
        hits AS (
          SELECT * FROM matches m
          ORDER BY m.rank DESC, m.slug, m.lang, m.position
          LIMIT ${SEARCH_PAGE_SIZE + 1} OFFSET ${offset}
        ),
        ordered AS (
          SELECT v."textId", q.lang::text AS lang, q.position, q.body,
            (row_number() OVER (PARTITION BY q."versionId" ORDER BY q.position) - 1)::int AS ordinal
          FROM "Paragraph" q JOIN "TextVersion" v ON v.id = q."versionId"
          WHERE v."textId" IN (SELECT "textId" FROM hits)
        ),
        placed AS (
          SELECT h.*, o.ordinal, l.position AS link, l."otherStart", l."otherEnd"
          FROM hits h
          JOIN ordered o ON o."textId" = h."textId" AND o.lang = h.lang AND o.position = h.position
          LEFT JOIN LATERAL (
            SELECT a.position,
              CASE WHEN h.lang = 'id' THEN a."enStart" ELSE a."idStart" END AS "otherStart",
              CASE WHEN h.lang = 'id' THEN a."enEnd" ELSE a."idEnd" END AS "otherEnd"
            FROM "AlignmentLink" a
            WHERE a."textId" = h."textId" AND CASE WHEN h.lang = 'id'
              THEN a."idStart" <= o.ordinal AND o.ordinal < a."idEnd"
              ELSE a."enStart" <= o.ordinal AND o.ordinal < a."enEnd" END
            LIMIT 1
          ) l ON true
        ),
        wanted AS MATERIALIZED (
          SELECT p."textId", p.lang AS "hitLang", p.position AS "hitPosition", g.k,
            CASE WHEN p.lang = 'id' THEN 'en' ELSE 'id' END AS lang
          FROM placed p CROSS JOIN LATERAL generate_series(p."otherStart", p."otherEnd" - 1) g(k)
        ),
        counterparts AS (
          SELECT w."textId", w."hitLang", w."hitPosition", array_agg(o.body ORDER BY o.ordinal) AS bodies
          FROM wanted w JOIN ordered o ON o."textId" = w."textId" AND o.lang = w.lang AND o.ordinal = w.k
          GROUP BY w."textId", w."hitLang", w."hitPosition"
        )
        SELECT p.slug, p.title, p.lang, p.body, p.rank, COALESCE(p.link, p.ordinal)::int AS row, c.bodies AS counterpart,
          CASE WHEN p.lang = 'id'
            THEN ts_headline('indonesian', p.body, to_tsquery('indonesian', ${idQuery}), ${options_})
            ELSE ts_headline('english', p.body, plainto_tsquery('english', ${q}), ${options_}) END AS headline
        FROM placed p
        LEFT JOIN counterparts c ON c."textId" = p."textId" AND c."hitLang" = p.lang AND c."hitPosition" = p.position
        ORDER BY p.rank DESC, p.slug, p.lang, p.position`;
}

/**
 * One page of matches: at most CANDIDATES matches per language are ranked, the page is cut before
 * anything else is computed, and only the texts on that page are read to place each match in its
 * reader row and find its counterpart. Visitors trigger this, so it runs under a statement timeout.
 */
export async function searchTexts(
  prisma: PrismaClient,
  query: string,
  options: {page?: number; timeoutMs?: number; slots?: number; busyWaitMs?: number} = {},
): Promise<SearchResult> {
  const q = query.trim().slice(0, 200);
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), SEARCH_MAX_PAGE);
  if (!q) return {ok: true, hits: [], page, hasMore: false};
  const slots = options.slots ?? 2;
  const giveUpAt = Date.now() + (options.busyWaitMs ?? 2_000);
  try {
    let rows: Row[] | null = null;
    // A search holds one of `slots` advisory locks for its transaction, so that however many visitors
    // search at once, on however many instances, only that many searches load the database; the others
    // try again every 50 ms without holding a connection, and say the search is busy after busyWaitMs.
    for (;;) {
      rows = await prisma.$transaction(
        async (tx) => {
          if (!(await takeSearchSlot(tx, slots))) return null;
          await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${Math.floor(options.timeoutMs ?? 5000)}`);
          return tx.$queryRaw<Row[]>(searchSql(q, page));
        },
        {maxWait: 5_000, timeout: (options.timeoutMs ?? 5000) + 5_000},
      );
      if (rows || Date.now() >= giveUpAt) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!rows) return {ok: false, error: 'busy'};
    const hits = rows.slice(0, SEARCH_PAGE_SIZE).map((r): SearchHit => {
      const other: Lang = r.lang === 'id' ? 'en' : 'id';
      return {
        slug: r.slug,
        title: r.title,
        lang: r.lang,
        row: r.row,
        body: r.body,
        rank: Number(r.rank),
        segments: segmentsOf(r.headline),
        counterpart: (r.counterpart ?? []).map((body) => ({lang: other, body})),
      };
    });
    return {ok: true, hits, page, hasMore: rows.length > SEARCH_PAGE_SIZE};
  } catch (error) {
    if (isTimeout(error)) return {ok: false, error: 'timeout'};
    throw error;
  }
}
