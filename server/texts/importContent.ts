// Loads parsed content into the database: one text per slug, replaced when its files change, unless
// editors have changed the text since the last import: then the database version is kept and the
// import reports a conflict (also shown to editors) rather than overwrite their work.
import {LANGS} from '../../core/vocabulary';
import {createHash} from 'node:crypto';
import type {TextSource} from '../../core/texts/content';
import {alignByChapters} from '../../core/book/chapters';
import {block} from '../../core/book/blocks';
import type {PrismaClient} from '../generated/prisma/client';
import {throughPrisma} from '../platform/largeValues';
import {insertLinks, insertParagraphs} from './insertRows';
import {runsToRanges} from './links';
import type {ScoredRun} from '../../core/vocabulary';
import {forgetWordLinks} from '../wordalign/store';

export type Aligner = (id: string[], en: string[]) => ScoredRun[];
export type ImportOutcome = 'created' | 'updated' | 'unchanged' | 'conflict';

export function hashSource(source: TextSource): string {
  return createHash('sha256').update(JSON.stringify(source)).digest('hex');
}

export interface ImportOptions {
  status?: 'draft' | 'published';
  /** Replace the text even if editors changed it (`npm run import -- --replace SLUG`): their work is lost. */
  replaceEdited?: boolean;
}

export async function importTextSource(
  prisma: PrismaClient,
  source: TextSource,
  align: Aligner,
  statusOrOptions: 'draft' | 'published' | ImportOptions = {},
): Promise<ImportOutcome> {
  const options = typeof statusOrOptions === 'string' ? {status: statusOrOptions} : statusOrOptions;
  const sourceHash = hashSource(source);
  const existing = await prisma.text.findUnique({
    where: {slug: source.slug},
    select: {id: true, sourceHash: true, contentConflictHash: true},
  });
  if (existing?.sourceHash === sourceHash) {
    // The files are back to what the database holds: nothing to report any more.
    if (existing.contentConflictHash) await clearConflict(prisma, existing.id);
    return 'unchanged';
  }
  if (existing?.contentConflictHash === sourceHash && !options.replaceEdited) return 'conflict';

  const {id: idVersion, en: enVersion} = source.versions;
  // Aligned before the transaction: it can take seconds, and editors' locks must not wait for it.
  const runs: ScoredRun[] =
    idVersion && enVersion
      ? (source.alignment?.map((run) => ({...run, score: 1, status: 'confirmed' as const})) ??
        (idVersion.blocks && enVersion.blocks
          ? await alignByChapters(idVersion.blocks, enVersion.blocks, align)
          : align(idVersion.paragraphs, enVersion.paragraphs)))
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
    contentConflictHash: null,
    contentConflictAt: null,
  };

  return prisma.$transaction(
    async (tx) => {
      let text: {id: string};
      if (existing) {
        // The row lock orders this against editors' operations (server/editor/operations.ts lockText).
        const [locked] = await tx.$queryRaw<{revision: number; importedRevision: number | null}[]>`
        SELECT revision, "importedRevision" FROM "Text" WHERE id = ${existing.id} FOR UPDATE`;
        if (locked && locked.revision !== locked.importedRevision && !options.replaceEdited) {
          const conflict = {contentConflictHash: sourceHash, contentConflictAt: new Date()};
          await tx.text.update({where: {id: existing.id}, data: conflict, select: {id: true}});
          return 'conflict' as const;
        }
        const revision = (locked?.revision ?? 0) + 1;
        const data = {...fields, revision, importedRevision: revision};
        text = await tx.text.update({where: {id: existing.id}, data, select: {id: true}});
        // Revisions describe changes to the content this import replaces: replayed onto the new
        // content, an undo would put old paragraphs back into it.
        await tx.revision.deleteMany({where: {textId: text.id}});
      } else {
        const data = {...fields, slug: source.slug, status: options.status ?? 'published', importedRevision: 0};
        text = await tx.text.create({data, select: {id: true}});
      }
      await tx.textVersion.deleteMany({where: {textId: text.id}});
      await tx.alignmentLink.deleteMany({where: {textId: text.id}});
      await forgetWordLinks(tx, text.id);
      for (const lang of LANGS) {
        const version = source.versions[lang];
        if (!version) continue;
        const {id: versionId} = await tx.textVersion.create({
          data: {textId: text.id, lang, title: version.title, provenance: version.provenance},
          select: {id: true},
        });
        const blocks = version.blocks ?? version.paragraphs.map((body) => block('paragraph', body));
        await insertParagraphs(throughPrisma(tx), versionId, lang, version.provenance, blocks);
      }
      await insertLinks(throughPrisma(tx), text.id, runsToRanges(runs));
      return existing ? ('updated' as const) : ('created' as const);
    },
    {timeout: 60_000},
  );
}

async function clearConflict(prisma: PrismaClient, textId: string): Promise<void> {
  const cleared = {contentConflictHash: null, contentConflictAt: null};
  await prisma.text.update({where: {id: textId}, data: cleared, select: {id: true}});
}

/** Imports every text; one that fails is reported and skipped, never blocking the others. */
export async function importAll(
  prisma: PrismaClient,
  sources: TextSource[],
  align: Aligner,
  replaceEdited: ReadonlySet<string> = new Set(),
): Promise<Record<string, ImportOutcome | `failed: ${string}`>> {
  const outcomes: Record<string, ImportOutcome | `failed: ${string}`> = {};
  for (const source of sources) {
    try {
      const options = {replaceEdited: replaceEdited.has(source.slug)};
      outcomes[source.slug] = await importTextSource(prisma, source, align, options);
    } catch (error) {
      outcomes[source.slug] = `failed: ${(error as Error).message}`;
    }
  }
  return outcomes;
}
