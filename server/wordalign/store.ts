// Word links of a text's rows, computed on demand and kept in PostgreSQL. A row's entry is found by
// a hash of its paragraphs and the aligner's version as the row sees it (a confirmed term counts only
// in the rows it can change), so an edit or a new term re-aligns only the rows it changed,
// and links computed from older paragraphs are never served (they are pruned when the text is read whole).
import {createHash} from 'node:crypto';
import {loadLexicon} from '../texts/lexiconFiles';
import {englishWordsFor} from '../../core/language/lexicon';
import {alignRowWords, type RowWordLinks} from '../../core/wordalign/rows';
import type {PrismaClient} from '../generated/prisma/client';
import {getWordAligner, type LoadedAligner} from './loadAligner';

export interface RowParagraphs {
  id: readonly string[];
  en: readonly string[];
}

export function rowHash(version: string, row: RowParagraphs): string {
  return createHash('sha256')
    .update(`${version}\u0000${row.id.join('\u0001')}\u0000${row.en.join('\u0001')}`)
    .digest('base64url');
}

/**
 * Word links for the given rows of a text (paragraph bodies as the reader holds them), in order; with
 * the aligner a caller has loaded already (a concordance refresh, step after step), else the current one.
 */
export async function getRowWordLinks(
  prisma: PrismaClient,
  textId: string,
  rows: readonly RowParagraphs[],
  loaded?: LoadedAligner,
): Promise<RowWordLinks[]> {
  const {aligner, rowVersion} = loaded ?? (await getWordAligner(prisma));
  const hashes = rows.map((row) => rowHash(rowVersion(row), row));
  const unique = [...new Set(hashes)];
  const stored = new Map<string, RowWordLinks>();
  // Chunks keep the parameter list short for a text of thousands of rows.
  for (let k = 0; k < unique.length; k += 1000) {
    const found = await prisma.wordAlignment.findMany({
      where: {textId, hash: {in: unique.slice(k, k + 1000)}},
      select: {hash: true, links: true},
    });
    for (const f of found) stored.set(f.hash, f.links as unknown as RowWordLinks);
  }
  const lexicon = loadLexicon();
  const dictionary = (word: string) => englishWordsFor(lexicon, word);
  const fresh: {hash: string; links: RowWordLinks}[] = [];
  const out = rows.map((row, k) => {
    const hash = hashes[k]!;
    let links = stored.get(hash);
    if (!links) {
      links = alignRowWords(aligner, row.id, row.en, dictionary);
      stored.set(hash, links);
      fresh.push({hash, links});
    }
    return links;
  });
  // One array a column (unnest): a fraction of the driver's and the database's work of a VALUES list.
  for (let k = 0; k < fresh.length; k += 1000) {
    const chunk = fresh.slice(k, k + 1000);
    await prisma.$executeRaw`
      INSERT INTO "WordAlignment" ("textId", hash, links)
      SELECT ${textId}, hash, links::jsonb
      FROM unnest(${chunk.map((f) => f.hash)}::text[], ${chunk.map((f) => JSON.stringify(f.links))}::text[]) AS u(hash, links)
      ON CONFLICT DO NOTHING`;
  }
  return out;
}

/** The paragraph bodies of a text's rows [from, to) (all rows by default); null for an unknown text. */
export async function getTextRows(
  prisma: PrismaClient,
  textId: string,
  range: {from?: number; to?: number} = {},
): Promise<RowParagraphs[] | null> {
  const text = await prisma.text.findUnique({
    where: {id: textId},
    select: {
      links: {
        where: {position: {gte: range.from ?? 0, ...(range.to !== undefined && {lt: range.to})}},
        select: {idStart: true, idEnd: true, enStart: true, enEnd: true},
        orderBy: {position: 'asc'},
      },
    },
  });
  if (!text) return null;
  // Only the paragraphs the rows span: a page of a 10,000-paragraph book reads 150 bodies, not all of them.
  const span = (lang: 'id' | 'en') => {
    const runs = text.links.filter((l) => (lang === 'id' ? l.idEnd > l.idStart : l.enEnd > l.enStart));
    const from = Math.min(...runs.map((l) => (lang === 'id' ? l.idStart : l.enStart)));
    const to = Math.max(...runs.map((l) => (lang === 'id' ? l.idEnd : l.enEnd)));
    return runs.length ? {from, to} : {from: 0, to: 0};
  };
  const spans = {id: span('id'), en: span('en')};
  const versions = await prisma.textVersion.findMany({
    where: {textId},
    select: {id: true, lang: true},
  });
  const bodies = {id: [] as string[], en: [] as string[]};
  for (const v of versions) {
    const {from, to} = spans[v.lang];
    if (to <= from) continue;
    const paragraphs = await prisma.paragraph.findMany({
      where: {versionId: v.id},
      select: {body: true},
      orderBy: {position: 'asc'},
      skip: from,
      take: to - from,
    });
    bodies[v.lang] = paragraphs.map((p) => p.body);
  }
  return text.links.map((l) => ({
    id: bodies.id.slice(l.idStart - spans.id.from, l.idEnd - spans.id.from),
    en: bodies.en.slice(l.enStart - spans.en.from, l.enEnd - spans.en.from),
  }));
}

/** Word links of a text's rows [from, to) (all rows by default); null for an unknown text. */
export async function getTextWordLinks(
  prisma: PrismaClient,
  textId: string,
  range: {from?: number; to?: number} = {},
): Promise<RowWordLinks[] | null> {
  const rows = await getTextRows(prisma, textId, range);
  if (!rows) return null;
  const links = await getRowWordLinks(prisma, textId, rows);
  if (range.from === undefined && range.to === undefined) await pruneWordLinks(prisma, textId, rows);
  return links;
}

/** Drops a text's stored links that belong to no current row (older paragraphs, an older aligner). */
export async function pruneWordLinks(prisma: PrismaClient, textId: string, rows: readonly RowParagraphs[]) {
  const {rowVersion} = await getWordAligner(prisma);
  const keep = [...new Set(rows.map((row) => rowHash(rowVersion(row), row)))];
  await prisma.wordAlignment.deleteMany({where: {textId, hash: {notIn: keep}}});
}

/** Forgets every stored link of a text: for an import that replaces its paragraphs and rows wholesale. */
export async function forgetWordLinks(prisma: Pick<PrismaClient, 'wordAlignment'>, textId: string) {
  await prisma.wordAlignment.deleteMany({where: {textId}});
}
