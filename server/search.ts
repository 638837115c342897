// Full-text search over the published texts in both languages, with PostgreSQL's own `indonesian`
// and `english` configurations (the GIN indexes of the first migration serve these exact expressions).
import type {Lang} from '../core/content';
import {loadLexicon, lookupWord} from '../core/lexicon';
import type {PrismaClient} from './generated/prisma/client';

export interface SearchHit {
  slug: string;
  title: string;
  lang: Lang;
  position: number;
  body: string;
  /** The aligned paragraphs in the other language. */
  counterpart: {lang: Lang; body: string}[];
  rank: number;
}

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
    const forms = new Set([word.toLowerCase().split('-')[0]!, lookupWord(lexicon, word, 'id').root ?? ''].map((f) => f.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean));
    if (forms.size > 0) groups.push(`(${[...forms].join(' | ')})`);
  }
  return groups.join(' & ');
}

export async function searchTexts(prisma: PrismaClient, query: string, limit = 30): Promise<SearchHit[]> {
  const q = query.trim().slice(0, 200);
  if (!q) return [];
  const idQuery = indonesianQuery(q);
  const rows = await prisma.$queryRaw<{slug: string; title: string; lang: Lang; position: number; body: string; textId: string; rank: number}[]>`
    SELECT t.slug, v.title, p.lang::text AS lang, (SELECT count(*)::int FROM "Paragraph" q WHERE q."versionId" = p."versionId" AND q.position < p.position) AS position, p.body, t.id AS "textId", ts_rank(to_tsvector('indonesian', p.body), to_tsquery('indonesian', ${idQuery})) AS rank
    FROM "Paragraph" p JOIN "TextVersion" v ON v.id = p."versionId" JOIN "Text" t ON t.id = v."textId"
    WHERE t.status = 'published' AND p.lang = 'id' AND ${idQuery} <> '' AND to_tsvector('indonesian', p.body) @@ to_tsquery('indonesian', ${idQuery})
    UNION ALL
    SELECT t.slug, v.title, p.lang::text AS lang, (SELECT count(*)::int FROM "Paragraph" q WHERE q."versionId" = p."versionId" AND q.position < p.position) AS position, p.body, t.id AS "textId", ts_rank(to_tsvector('english', p.body), plainto_tsquery('english', ${q})) AS rank
    FROM "Paragraph" p JOIN "TextVersion" v ON v.id = p."versionId" JOIN "Text" t ON t.id = v."textId"
    WHERE t.status = 'published' AND p.lang = 'en' AND to_tsvector('english', p.body) @@ plainto_tsquery('english', ${q})
    ORDER BY rank DESC, slug, lang, position
    LIMIT ${limit}`;
  if (rows.length === 0) return [];
  const textIds = [...new Set(rows.map((r) => r.textId))];
  const [links, paragraphs] = await Promise.all([
    prisma.alignmentLink.findMany({where: {textId: {in: textIds}}, select: {textId: true, idStart: true, idEnd: true, enStart: true, enEnd: true}}),
    prisma.paragraph.findMany({
      where: {version: {textId: {in: textIds}}},
      orderBy: {position: 'asc'},
      select: {lang: true, body: true, version: {select: {textId: true}}},
    }),
  ]);
  // Links count paragraphs by their order; the stored positions are sort keys with gaps (server/editor/changes.ts).
  const ordered = new Map<string, string[]>();
  for (const p of paragraphs) {
    const key = `${p.version.textId} ${p.lang}`;
    const list = ordered.get(key) ?? [];
    list.push(p.body);
    ordered.set(key, list);
  }
  const bodyOf = (textId: string, lang: Lang, index: number) => ordered.get(`${textId} ${lang}`)?.[index];
  return rows.map(({textId, ...row}) => {
    const other: Lang = row.lang === 'id' ? 'en' : 'id';
    const link = links.find((l) => l.textId === textId && (row.lang === 'id' ? l.idStart <= row.position && row.position < l.idEnd : l.enStart <= row.position && row.position < l.enEnd));
    const [start, end] = link ? (other === 'id' ? [link.idStart, link.idEnd] : [link.enStart, link.enEnd]) : [0, 0];
    const counterpart = Array.from({length: end - start}, (_, k) => bodyOf(textId, other, start + k)).filter((b): b is string => b !== undefined).map((body) => ({lang: other, body}));
    return {...row, rank: Number(row.rank), counterpart};
  });
}
