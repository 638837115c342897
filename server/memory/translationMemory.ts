// The translation memory: every confirmed pair of paragraphs (and the sentences inside them) and
// every loaded TMX unit, in both directions. A TMX unit whose variants say they are machine or
// post-edited machine output (core/texts/tmx.ts) is stored as such, and never offered as a person's
// translation: exact matches (which machine drafts take as human work) leave it out.
// Lookups are in memoryLookup.ts.
import {setImmediate as yieldToOthers} from 'node:timers/promises';
import type {Lang} from '../../core/vocabulary';
import {alignGroupSentences} from '../../core/align/sentences';

import {parseTmx} from '../../core/texts/tmx';
import type {PrismaClient} from '../generated/prisma/client';
import {hashSource, type MachineOrigin, normaliseSource} from './memoryLookup';

export interface MemoryPair {
  source: string;
  target: string;
}
type Origin = 'paragraph' | 'sentence' | 'tmx' | MachineOrigin;

const pairKey = (sourceHash: string, target: string) => `${sourceHash}\n${target}`;

/** The pairs (as pairKey) the memory holds for these source hashes in one direction, of one origin if given. */
async function rememberedPairs(
  prisma: PrismaClient,
  from: Lang,
  to: Lang,
  hashes: string[],
  origin?: Origin,
): Promise<Set<string>> {
  const rows = await prisma.memoryEntry.findMany({
    where: {sourceLang: from, targetLang: to, origin, sourceHash: {in: [...new Set(hashes)]}},
    select: {sourceHash: true, target: true},
  });
  return new Set(rows.map((r) => pairKey(r.sourceHash, r.target)));
}

/** Stores pairs in one direction; pairs already in the memory are skipped. Returns how many were new. */
export async function addToMemory(
  prisma: PrismaClient,
  from: Lang,
  to: Lang,
  pairs: MemoryPair[],
  origin: Origin,
  textId: string | null = null,
): Promise<number> {
  const rows = pairs
    .map((p) => ({source: normaliseSource(p.source), target: p.target.trim()}))
    .filter((p) => p.source && p.target)
    .map((p) => ({
      sourceLang: from,
      targetLang: to,
      source: p.source,
      target: p.target,
      sourceHash: hashSource(p.source),
      origin,
      textId,
    }));
  let added = 0;
  // Small chunks, yielding in between: the embedded database has one connection, and this also runs
  // in the memory job (server/memory/memoryWorker.ts), so an editor who resumes work waits for one chunk at most.
  for (let i = 0; i < rows.length; i += 50) {
    if (i) await yieldToOthers();
    const chunk = rows.slice(i, i + 50);
    // Pairs already remembered are left out before inserting: re-confirming a text writes nothing, and
    // an insert that conflicts would still compute the row's trigram count first.
    const known = await rememberedPairs(
      prisma,
      from,
      to,
      chunk.map((r) => r.sourceHash),
    );
    const fresh = chunk.filter((r) => !known.has(pairKey(r.sourceHash, r.target)));
    if (!fresh.length) continue;
    const {count} = await prisma.memoryEntry.createMany({data: fresh, skipDuplicates: true});
    added += count;
  }
  return added;
}

async function addBothWays(
  prisma: PrismaClient,
  pairs: Record<Lang, string>[],
  origin: Origin,
  textId: string | null,
): Promise<number> {
  const idEn = pairs.map((p) => ({source: p.id, target: p.en}));
  const enId = pairs.map((p) => ({source: p.en, target: p.id}));
  return (
    (await addToMemory(prisma, 'id', 'en', idEn, origin, textId)) +
    (await addToMemory(prisma, 'en', 'id', enId, origin, textId))
  );
}

/**
 * Turns the text's confirmed links into memory entries: 1-1 paragraph links as paragraph pairs, and
 * the aligned sentences of every confirmed link as sentence pairs. Idempotent.
 */
export async function recordConfirmedLinks(
  prisma: PrismaClient,
  textId: string,
): Promise<{paragraphs: number; sentences: number}> {
  const links = await prisma.alignmentLink.findMany({
    where: {textId, status: 'confirmed'},
    orderBy: {position: 'asc'},
    select: {idStart: true, idEnd: true, enStart: true, enEnd: true},
  });
  if (!links.length) return {paragraphs: 0, sentences: 0};
  const bodies: Record<Lang, string[]> = {id: [], en: []};
  const first: Record<Lang, number> = {
    id: Math.min(...links.map((l) => l.idStart)),
    en: Math.min(...links.map((l) => l.enStart)),
  };
  const end: Record<Lang, number> = {
    id: Math.max(...links.map((l) => l.idEnd)),
    en: Math.max(...links.map((l) => l.enEnd)),
  };
  for (const lang of ['id', 'en'] as const) {
    // Positions are sort keys with gaps (server/editor/changes.ts): paragraph k is the k-th by position.
    const [row] = await prisma.$queryRaw<{bodies: string[] | null}[]>`
      SELECT json_agg(body ORDER BY position) AS bodies FROM (
        SELECT p.body, p.position FROM "Paragraph" p JOIN "TextVersion" v ON v.id = p."versionId"
        WHERE v."textId" = ${textId} AND v.lang = ${lang}::"Lang" ORDER BY p.position OFFSET ${first[lang]} LIMIT ${Math.max(0, end[lang] - first[lang])}) x`;
    bodies[lang] = row?.bodies ?? [];
  }
  const paragraphPairs: Record<Lang, string>[] = [];
  const sentencePairs: Record<Lang, string>[] = [];
  // A 1-1 link whose paragraph pair this function already recorded had its sentences recorded with
  // it: confirming the same rows again (after an undo, say) costs one query instead of the sentence
  // alignment of every row.
  const singles = links.map((l) =>
    l.idEnd - l.idStart === 1 && l.enEnd - l.enStart === 1
      ? {
          hash: hashSource(bodies.id[l.idStart - first.id] ?? ''),
          target: (bodies.en[l.enStart - first.en] ?? '').trim(),
        }
      : null,
  );
  const known = await rememberedPairs(
    prisma,
    'id',
    'en',
    singles.flatMap((p) => (p ? [p.hash] : [])),
    'paragraph',
  );
  for (const [k, link] of links.entries()) {
    const single = singles[k];
    if (single && known.has(pairKey(single.hash, single.target))) continue;
    // Aligning the sentences of a thousand links takes a while: let requests in between.
    if (k && k % 10 === 0) await yieldToOthers();
    const id = bodies.id.slice(link.idStart - first.id, link.idEnd - first.id);
    const en = bodies.en.slice(link.enStart - first.en, link.enEnd - first.en);
    if (!id.length || !en.length) continue;
    if (id.length === 1 && en.length === 1) paragraphPairs.push({id: id[0], en: en[0]});
    const group = alignGroupSentences(id, en);
    const sentence = (side: Lang, k: number) => {
      const s = group[side][k];
      return (side === 'id' ? id : en)[s.paragraph].slice(s.start, s.end);
    };
    // A single sentence on each side is the paragraph pair again.
    if (group.links.length < 2) continue;
    for (const l of group.links) {
      if (!l.id.length || !l.en.length) continue;
      sentencePairs.push({
        id: l.id.map((k) => sentence('id', k)).join(' '),
        en: l.en.map((k) => sentence('en', k)).join(' '),
      });
    }
  }
  return {
    paragraphs: await addBothWays(prisma, paragraphPairs, 'paragraph', textId),
    sentences: await addBothWays(prisma, sentencePairs, 'sentence', textId),
  };
}

/**
 * Loads the Indonesian–English units of a TMX file. A unit whose sides have as many paragraphs
 * (lines) pairs them one by one; otherwise the unit is one entry. A unit with a machine variant is
 * stored as 'machine', one with a post-edited variant as 'postedited'. Null when the file is not TMX
 * (or not XML the parser reads safely).
 */
export async function importTmxToMemory(
  prisma: PrismaClient,
  xml: string,
): Promise<{units: number; added: number; skipped: number} | null> {
  const tmx = parseTmx(xml);
  if (!tmx) return null;
  const pairs: Record<'tmx' | MachineOrigin, Record<Lang, string>[]> = {tmx: [], machine: [], postedited: []};
  let skipped = 0;
  for (const unit of tmx.units) {
    const provenances = Object.values(unit.origin ?? {}).map((o) => o.provenance);
    const origin = provenances.includes('machine')
      ? 'machine'
      : provenances.includes('postedited')
        ? 'postedited'
        : 'tmx';
    if (!unit.id.length || !unit.en.length) skipped++;
    else if (unit.id.length === unit.en.length)
      for (const [k, id] of unit.id.entries()) pairs[origin].push({id, en: unit.en[k]});
    else pairs[origin].push({id: unit.id.join('\n'), en: unit.en.join('\n')});
  }
  let added = 0;
  for (const origin of ['tmx', 'postedited', 'machine'] as const) {
    added += await addBothWays(prisma, pairs[origin], origin, null);
  }
  return {units: tmx.units.length, added, skipped};
}

/** Remembers the confirmed links of the texts an import created or changed. */
export async function recordImportedTexts(
  prisma: PrismaClient,
  outcomes: Record<string, string>,
): Promise<{paragraphs: number; sentences: number}> {
  const slugs = Object.entries(outcomes)
    .filter(([, o]) => o === 'created' || o === 'updated')
    .map(([slug]) => slug);
  const texts = await prisma.text.findMany({where: {slug: {in: slugs}}, select: {id: true}});
  const total = {paragraphs: 0, sentences: 0};
  for (const {id} of texts) {
    const added = await recordConfirmedLinks(prisma, id);
    total.paragraphs += added.paragraphs;
    total.sentences += added.sentences;
  }
  return total;
}
