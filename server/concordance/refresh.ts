// Keeps the concordance in step with the library: every published text's sentence pairs (from its rows'
// stored word links) and the translation memory's imported pairs. Each source is stamped with what it
// was built from (the text's revision and last change, the aligner's version), so a refresh looks only
// at what changed, and within a changed text rebuilds only the rows that changed (textPairs.ts); it
// drops texts that are no longer published, and can run any number of times.
import {createHash} from 'node:crypto';
import {setImmediate as yieldToOthers} from 'node:timers/promises';
import {englishWordsFor} from '../../core/language/lexicon';
import {alignGroupSentences} from '../../core/align/sentences';
import {alignRowWords, type RowWordLinks} from '../../core/wordalign/rows';
import {formatLinks, rowSentencePairs} from '../../core/wordalign/sentencePairs';
import type {PrismaClient} from '../generated/prisma/client';
import {loadLexicon} from '../texts/lexiconFiles';
import {getWordAligner, type LoadedAligner} from '../wordalign/loadAligner';
import {getRowWordLinks, getTextRows, rowHash, type RowParagraphs} from '../wordalign/store';
import {
  contentKey,
  keepUnchanged,
  planRows,
  type Rehash,
  type StoredContent,
  type StoredPair,
} from '../../core/concordance/rowPlan';
import {dropSource, type NewPair, rebuildTallies, replaceSourcePairs, TERMS_VERSION, termNamer} from './pairStore';
import {updateTextPairs} from './textPairs';

/** Imported units are stored both ways round; the Indonesian → English entry stands for the pair. */
const MEMORY_PAIRS = {origin: 'tmx', sourceLang: 'id'} as const;
/** Translation-memory units read into the concordance at most (the newest). */
const MEMORY_LIMIT = 50_000;

function dictionary() {
  const lexicon = loadLexicon();
  return (word: string) => englishWordsFor(lexicon, word);
}

/** A row's sentence pairs, split as the reader does, with the word links of each pair. */
function sentencePairsOf(
  row: RowParagraphs,
  links: RowWordLinks,
  dict: (word: string) => string[],
  place: Pick<NewPair, 'textId' | 'row' | 'memoryEntryId' | 'rowHash'>,
): NewPair[] {
  if (!row.id.length || !row.en.length) return [];
  const group = alignGroupSentences(row.id, row.en, {dictionary: dict});
  return rowSentencePairs(row.id, row.en, group, links).map((p) => ({
    ...place,
    idText: p.id,
    enText: p.en,
    links: formatLinks(p.links),
  }));
}

/** Rows word-aligned in one step: a book's thousands of rows are taken a step at a time, giving way between. */
const ROWS_A_STEP = 25;

/** What a row's pairs are built from: its paragraphs and the aligner as the row sees it, and how terms are named. */
const pairsHash = (aligner: LoadedAligner, row: RowParagraphs) =>
  createHash('sha256')
    .update(`${TERMS_VERSION}\u0000${rowHash(aligner.rowVersion(row), row)}`)
    .digest('base64url')
    .slice(0, 22);

/** A text's stored pairs, a column an array: a book has 30,000, which Prisma's rows took 0.2–0.4 s to read. */
async function storedPairs(prisma: PrismaClient, textId: string): Promise<StoredPair[]> {
  const [packed] = await prisma.$queryRaw<
    {ids: number[] | null; rows: (number | null)[] | null; hashes: (string | null)[] | null}[]
  >`
    SELECT array_agg(id) AS ids, array_agg(row) AS rows, array_agg("rowHash") AS hashes
    FROM "ConcordancePair" WHERE "textId" = ${textId}`;
  const {ids, rows, hashes} = packed ?? {ids: null, rows: null, hashes: null};
  return (ids ?? []).map((id, k) => ({id, row: rows![k] ?? null, rowHash: hashes![k] ?? null}));
}

/** The stored contents of the given pairs, for keepUnchanged. */
async function storedContents(prisma: PrismaClient, ids: readonly number[]): Promise<StoredContent[]> {
  if (!ids.length) return [];
  const found = await prisma.$queryRaw<{id: number; row: number; idText: string; enText: string; links: string}[]>`
    SELECT id, row, "idText", "enText", links FROM "ConcordancePair" WHERE id = ANY(${ids}::int[])`;
  return found.map((p) => ({id: p.id, row: p.row, content: contentKey(p)}));
}

/**
 * Brings one published text's pairs up to date (the caller checks it is published): only the rows that
 * are new or changed since its pairs were built are aligned, and of those only the rows whose pairs came
 * out otherwise than stored are written (`sameNaming`: the stored pairs' terms were named as they would
 * be now). Returns the pairs written.
 */
async function indexText(
  prisma: PrismaClient,
  aligner: LoadedAligner,
  textId: string,
  stamp: string,
  sameNaming: boolean,
): Promise<number> {
  const rows = (await getTextRows(prisma, textId)) ?? [];
  const hashes = rows.map((row) => pairsHash(aligner, row));
  const stored = await storedPairs(prisma, textId);
  const planned = planRows(stored, hashes);
  const dict = dictionary();
  const built: NewPair[][] = [];
  for (let k = 0; k < planned.build.length; k += ROWS_A_STEP) {
    if (k) await yieldToOthers();
    const step = planned.build.slice(k, k + ROWS_A_STEP).map((n) => ({n, row: rows[n]!}));
    // The stored word links (computed for rows not stored yet).
    const links = await getRowWordLinks(
      prisma,
      textId,
      step.map((s) => s.row),
      aligner,
    );
    for (const [j, {n, row}] of step.entries())
      built.push(sentencePairsOf(row, links[j]!, dict, {textId, row: n, rowHash: hashes[n]!}));
  }
  let plan = planned;
  let rehash: Rehash = {ids: [], hashes: []};
  let insert = built;
  if (sameNaming) {
    const building = new Set(planned.build);
    const candidates = stored.filter((p) => p.row !== null && building.has(p.row)).map((p) => p.id);
    const kept = keepUnchanged(
      planned,
      await storedContents(prisma, candidates),
      built.map((pairs) => pairs.map(contentKey)),
      hashes,
    );
    ({plan, rehash} = kept);
    insert = built.filter((_, k) => kept.insert[k]);
  }
  await updateTextPairs(prisma, `text:${textId}`, stamp, plan, insert, termNamer(loadLexicon()), rehash);
  return insert.reduce((sum, pairs) => sum + pairs.length, 0);
}

/**
 * The memory's imported pairs (TMX): the library's own confirmed rows are already there as texts, and
 * machine output is not a translation to learn from.
 */
async function indexMemory(prisma: PrismaClient, {aligner}: LoadedAligner, stamp: string): Promise<number> {
  const entries = await prisma.memoryEntry.findMany({
    where: MEMORY_PAIRS,
    orderBy: {createdAt: 'desc'},
    take: MEMORY_LIMIT,
    select: {id: true, source: true, target: true},
  });
  const dict = dictionary();
  // The memory has no text, so its units' words are aligned here rather than kept in the word-link store.
  const pairs = entries.flatMap((e) => {
    const row = {id: [e.source], en: [e.target]};
    return sentencePairsOf(row, alignRowWords(aligner, row.id, row.en, dict), dict, {memoryEntryId: e.id});
  });
  await replaceSourcePairs(prisma, {memory: true}, 'memory', stamp, pairs, termNamer(loadLexicon()));
  return pairs.length;
}

export interface RefreshOutcome {
  texts: number;
  pairs: number;
  dropped: number;
  memory: number | null;
}

/** Brings every source up to date; returns what it rebuilt. */
export async function refreshConcordance(prisma: PrismaClient): Promise<RefreshOutcome> {
  // Loaded once for the whole refresh: every text and the memory are indexed with the same aligner.
  const aligner = await getWordAligner(prisma);
  const version = `${aligner.version}/${TERMS_VERSION}`;
  // How the pairs' terms are named (termNamer): a text's stamp begins with it.
  const naming = `${TERMS_VERSION}/${loadLexicon().edition}`;
  const [texts, sources] = await Promise.all([
    prisma.text.findMany({where: {status: 'published'}, select: {id: true, revision: true, updatedAt: true}}),
    prisma.concordanceSource.findMany({select: {key: true, stamp: true}}),
  ]);
  const stamps = new Map(sources.map((s) => [s.key, s.stamp]));
  const outcome: RefreshOutcome = {texts: 0, pairs: 0, dropped: 0, memory: null};
  for (const text of texts) {
    const stamp = `${naming} ${text.revision}/${text.updatedAt.getTime()}/${version}`;
    const before = stamps.get(`text:${text.id}`);
    if (before === stamp) continue;
    const built = await indexText(prisma, aligner, text.id, stamp, before?.startsWith(`${naming} `) ?? false);
    // A text whose rows all stand (a term confirmed that it does not hold) only gets its new stamp.
    if (built || !stamps.has(`text:${text.id}`)) outcome.texts++;
    outcome.pairs += built;
  }
  const published = new Set(texts.map((t) => `text:${t.id}`));
  const gone = sources.filter((s) => s.key.startsWith('text:') && !published.has(s.key));
  for (const {key} of gone) await dropSource(prisma, {textId: key.slice(5)}, key);
  outcome.dropped = gone.length;
  // A deleted text took its pairs with it before the tally could be told: count the tally afresh.
  const existing = await prisma.text.count({where: {id: {in: gone.map((s) => s.key.slice(5))}}});
  if (existing < gone.length) await rebuildTallies(prisma);
  const memory = await prisma.memoryEntry.aggregate({where: MEMORY_PAIRS, _count: true, _max: {createdAt: true}});
  const memoryStamp = `${memory._count}/${memory._max.createdAt?.getTime() ?? 0}/${version}`;
  if ((stamps.get('memory') ?? `0/0/${version}`) !== memoryStamp)
    outcome.memory = await indexMemory(prisma, aligner, memoryStamp);
  return outcome;
}
