// What the translation memory offers a text before any engine is asked: how many paragraphs it fills
// exactly, and the closest fuzzy matches, with their percentages, for some of the rest.

import type {Lang} from '../../core/vocabulary';
import type {PrismaClient} from '../generated/prisma/client';
import {fillFromMemory} from './draftJobs';
import {findFuzzy, type FuzzyMatch} from '../memory/memoryLookup';

export interface DraftPreview {
  from: Lang;
  to: Lang;
  paragraphs: number;
  exact: number;
  fuzzy: {position: number; source: string; match: FuzzyMatch}[];
}

/** Null when the text has both languages (or none). Fuzzy lookups stop after `fuzzyLimit` paragraphs. */
export async function previewDraft(
  prisma: PrismaClient,
  textId: string,
  fuzzyLimit = 40,
): Promise<DraftPreview | null> {
  // Every editor page asks: a text with both languages is answered without reading its paragraphs.
  const versions = await prisma.textVersion.findMany({where: {textId}, select: {id: true, lang: true}});
  if (versions.length !== 1) return null;
  const from = versions[0].lang;
  const to: Lang = from === 'id' ? 'en' : 'id';
  const paragraphs = await prisma.paragraph.findMany({
    where: {versionId: versions[0].id},
    select: {body: true},
    orderBy: {position: 'asc'},
  });
  const bodies = paragraphs.map((p) => p.body);
  const filled = await fillFromMemory(prisma, from, to, bodies);
  const fuzzy: DraftPreview['fuzzy'] = [];
  const open = bodies
    .flatMap((body, position) => (filled[position] === null && body.trim() ? [position] : []))
    .slice(0, fuzzyLimit);
  for (const position of open) {
    const [match] = await findFuzzy(prisma, from, to, bodies[position], {limit: 1, minPercent: 60});
    if (match) fuzzy.push({position, source: bodies[position], match});
  }
  return {from, to, paragraphs: bodies.length, exact: filled.filter((f) => f !== null).length, fuzzy};
}
