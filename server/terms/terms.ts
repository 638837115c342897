// Multi-word terms: proposed from the concordance's aligned pairs, decided by editors; confirmed ones
// join the lexicon (termLexicon.ts). Rejected ones are remembered so that they are never proposed again.
import {indonesianGlosses} from '../../core/language/lexicon';
import {discoverTerms} from '../../core/concordance/termDiscovery';
import {parseLinks} from '../../core/wordalign/sentencePairs';
import type {PrismaClient} from '../generated/prisma/client';
import {loadLexicon} from '../texts/lexiconFiles';

export type TermStatus = 'proposed' | 'confirmed' | 'rejected';

export interface KnownTerm {
  phrase: string;
  gloss: string;
  /** 'dictionary' for a phrase the shipped lexicon has */
  status: TermStatus | 'dictionary';
}

/** Pairs read at most when looking for terms (the newest). */
const DISCOVERY_PAIRS = 50_000;

/** The term or dictionary phrase that `words` form, if any (a rejected term is none). */
export async function findTermForPhrase(prisma: PrismaClient, words: readonly string[]): Promise<KnownTerm | null> {
  // NUL cannot reach PostgreSQL (it refuses the parameter), and no phrase holds one.
  const phrase = words
    .join(' ')
    .toLowerCase()
    .replace(/\u0000/g, '');
  const stored = await prisma.multiWordTerm.findUnique({where: {phrase}, select: {gloss: true, status: true}});
  if (stored) return stored.status === 'rejected' ? null : {phrase, gloss: stored.gloss, status: stored.status};
  const glosses = indonesianGlosses(loadLexicon(), phrase);
  return glosses.length ? {phrase, gloss: glosses.slice(0, 3).join('; '), status: 'dictionary'} : null;
}

/** Terms the lookup shows for a phrase starting with `words[0]`: the longest one of 2–3 words. */
export async function termAt(prisma: PrismaClient, words: readonly string[]): Promise<KnownTerm | null> {
  for (let n = Math.min(3, words.length); n >= 2; n--) {
    const found = await findTermForPhrase(prisma, words.slice(0, n));
    if (found) return found;
  }
  return null;
}

export interface TermRow {
  id: string;
  phrase: string;
  gloss: string;
  status: TermStatus;
  units: number;
  occurrences: number;
}

export async function listTerms(prisma: PrismaClient, status: TermStatus, take = 200): Promise<TermRow[]> {
  return prisma.multiWordTerm.findMany({
    where: {status},
    orderBy: [{units: 'desc'}, {phrase: 'asc'}],
    take,
    select: {id: true, phrase: true, gloss: true, status: true, units: true, occurrences: true},
  });
}

export async function countTerms(prisma: PrismaClient): Promise<Record<TermStatus, number>> {
  const groups = await prisma.multiWordTerm.groupBy({by: ['status'], _count: true});
  const out: Record<TermStatus, number> = {proposed: 0, confirmed: 0, rejected: 0};
  for (const g of groups) out[g.status] = g._count;
  return out;
}

/** An editor's decision (a confirmed term may also be edited: its gloss); false for an unknown term. */
export async function decideTerm(
  prisma: PrismaClient,
  userId: string,
  input: {id: string; status: TermStatus; gloss?: string},
): Promise<boolean> {
  const done = await prisma.multiWordTerm.updateMany({
    where: {id: input.id},
    data: {status: input.status, decidedById: userId, ...(input.gloss ? {gloss: input.gloss} : {})},
  });
  return done.count === 1;
}

/** An editor's own term, proposed for the team to decide; an existing phrase keeps its status. */
export async function addTerm(prisma: PrismaClient, input: {phrase: string; gloss: string}): Promise<void> {
  const phrase = input.phrase.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
  await prisma.multiWordTerm.upsert({
    where: {phrase},
    create: {phrase, gloss: input.gloss.trim()},
    update: {gloss: input.gloss.trim()},
    select: {id: true},
  });
}

/**
 * Looks through the concordance's pairs for phrases that align as units and proposes the new ones;
 * terms already decided are left alone, proposed ones get their counts updated. Returns how many are new.
 */
export async function proposeTerms(prisma: PrismaClient): Promise<{proposed: number; updated: number}> {
  const rows = await prisma.concordancePair.findMany({
    orderBy: {id: 'desc'},
    take: DISCOVERY_PAIRS,
    select: {idText: true, enText: true, links: true},
  });
  const existing = new Map(
    (await prisma.multiWordTerm.findMany({select: {phrase: true, status: true}})).map((t) => [t.phrase, t.status]),
  );
  const lexicon = loadLexicon();
  const candidates = discoverTerms(
    rows.map((r) => ({id: r.idText, en: r.enText, links: parseLinks(r.links)})),
    (phrase) => existing.has(phrase) && existing.get(phrase) !== 'proposed',
  ).filter((c) => !indonesianGlosses(lexicon, c.phrase).some((g) => g.toLowerCase() === c.gloss));
  let proposed = 0;
  let updated = 0;
  for (const c of candidates) {
    const counts = {units: c.units, occurrences: c.occurrences};
    if (existing.has(c.phrase)) {
      await prisma.multiWordTerm.update({where: {phrase: c.phrase}, data: {...counts, gloss: c.gloss}});
      updated++;
    } else {
      await prisma.multiWordTerm.create({data: {phrase: c.phrase, gloss: c.gloss, ...counts}, select: {id: true}});
      proposed++;
    }
  }
  return {proposed, updated};
}
