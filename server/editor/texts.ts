// The editor's view of a text: every paragraph and link, in any status.
import type {Lang, LinkState} from '../../core/vocabulary';
import type {ParagraphState, TextStatus} from '../../core/editing/alignmentChange';
import type {Prisma, PrismaClient} from '../generated/prisma/client';

export interface EditorDoc {
  textId: string;
  slug: string;
  status: TextStatus;
  revision: number;
  titles: Partial<Record<Lang, string>>;
  links: LinkState[];
  paragraphs: Record<Lang, ParagraphState[]>;
}

type Reader = PrismaClient | Prisma.TransactionClient;

export async function getEditorDoc(prisma: Reader, where: {slug: string} | {id: string}): Promise<EditorDoc | null> {
  const text = await prisma.text.findUnique({
    where,
    select: {
      id: true,
      slug: true,
      status: true,
      revision: true,
      versions: {
        select: {
          lang: true,
          title: true,
          paragraphs: {select: {body: true, provenance: true}, orderBy: {position: 'asc'}},
        },
      },
      links: {
        select: {idStart: true, idEnd: true, enStart: true, enEnd: true, score: true, status: true},
        orderBy: {position: 'asc'},
      },
    },
  });
  if (!text) return null;
  const paragraphs: Record<Lang, ParagraphState[]> = {id: [], en: []};
  const titles: Partial<Record<Lang, string>> = {};
  for (const v of text.versions) {
    paragraphs[v.lang] = v.paragraphs;
    titles[v.lang] = v.title;
  }
  return {
    textId: text.id,
    slug: text.slug,
    status: text.status,
    revision: text.revision,
    titles,
    links: text.links,
    paragraphs,
  };
}

export interface EditorListEntry {
  id: string;
  slug: string;
  status: TextStatus;
  revision: number;
  titles: Partial<Record<Lang, string>>;
  updatedAt: Date;
  unconfirmed: number;
  /** When an import found changed content files and kept the editors' version instead (server/texts/importContent.ts). */
  contentConflictAt: Date | null;
}

/** Every text, whatever its status, for the editors' list. */
export async function listEditorTexts(prisma: PrismaClient): Promise<EditorListEntry[]> {
  const texts = await prisma.text.findMany({
    orderBy: [{updatedAt: 'desc'}],
    select: {
      id: true,
      slug: true,
      status: true,
      revision: true,
      updatedAt: true,
      contentConflictAt: true,
      versions: {select: {lang: true, title: true}},
      _count: {select: {links: {where: {status: 'automatic'}}}},
    },
  });
  return texts.map((t) => ({
    id: t.id,
    slug: t.slug,
    status: t.status,
    revision: t.revision,
    updatedAt: t.updatedAt,
    contentConflictAt: t.contentConflictAt,
    titles: Object.fromEntries(t.versions.map((v) => [v.lang, v.title])),
    unconfirmed: t._count.links,
  }));
}
