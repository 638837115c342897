// Loads parsed content into the database: one text per slug, replaced when its files change.
import {createHash} from 'node:crypto';
import type {TextSource, Lang} from '../core/content';
import {LANGS} from '../core/content';
import type {PrismaClient} from './generated/prisma/client';
import {runsToRanges, type ScoredRun} from './links';

export type Aligner = (id: string[], en: string[]) => ScoredRun[];
export type ImportOutcome = 'created' | 'updated' | 'unchanged';

export function hashSource(source: TextSource): string {
  return createHash('sha256').update(JSON.stringify(source)).digest('hex');
}

export async function importTextSource(
  prisma: PrismaClient,
  source: TextSource,
  align: Aligner,
  status: 'draft' | 'published' = 'published',
): Promise<ImportOutcome> {
  const sourceHash = hashSource(source);
  const existing = await prisma.text.findUnique({where: {slug: source.slug}, select: {id: true, sourceHash: true}});
  if (existing?.sourceHash === sourceHash) return 'unchanged';

  const {id: idVersion, en: enVersion} = source.versions;
  const runs: ScoredRun[] =
    idVersion && enVersion
      ? (source.alignment?.map((run) => ({...run, score: 1, status: 'confirmed' as const})) ?? align(idVersion.paragraphs, enVersion.paragraphs))
      : [];
  const {meta} = source;
  const fields = {
    kind: meta.kind,
    originalLanguage: meta.originalLanguage,
    author: meta.author ?? null,
    publisher: meta.publisher ?? null,
    sourceUrl: meta.sourceUrl ?? null,
    publishedAt: meta.publishedAt ? new Date(meta.publishedAt) : null,
    licence: meta.licence,
    sourceHash,
  };

  await prisma.$transaction(async (tx) => {
    const text = existing
      ? await tx.text.update({where: {id: existing.id}, data: {...fields, revision: {increment: 1}}, select: {id: true}})
      : await tx.text.create({data: {...fields, slug: source.slug, status}, select: {id: true}});
    await tx.textVersion.deleteMany({where: {textId: text.id}});
    await tx.alignmentLink.deleteMany({where: {textId: text.id}});
    for (const lang of LANGS) {
      const version = source.versions[lang];
      if (!version) continue;
      await tx.textVersion.create({
        data: {
          textId: text.id,
          lang,
          title: version.title,
          provenance: version.provenance,
          paragraphs: {createMany: {data: version.paragraphs.map((body, position) => ({lang: lang as Lang, position, body, provenance: version.provenance}))}},
        },
        select: {id: true},
      });
    }
    await tx.alignmentLink.createMany({data: runsToRanges(runs).map((link, position) => ({...link, textId: text.id, position}))});
  }, {timeout: 60_000});
  return existing ? 'updated' : 'created';
}

/** Imports every text; one that fails is reported and skipped, never blocking the others. */
export async function importAll(prisma: PrismaClient, sources: TextSource[], align: Aligner): Promise<Record<string, ImportOutcome | `failed: ${string}`>> {
  const outcomes: Record<string, ImportOutcome | `failed: ${string}`> = {};
  for (const source of sources) {
    try {
      outcomes[source.slug] = await importTextSource(prisma, source, align);
    } catch (error) {
      outcomes[source.slug] = `failed: ${(error as Error).message}`;
    }
  }
  return outcomes;
}
