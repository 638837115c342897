// Downloads of an aligned text: TMX for CAT tools, TSV for spreadsheets, JSON for programs.
import {buildTmx} from '../../core/tmx';
import type {Side} from '../../core/alignmentChange';
import type {PrismaClient} from '../generated/prisma/client';
import {getEditorDoc} from './texts';

export type ExportFormat = 'tmx' | 'tsv' | 'json';

export interface AlignedExport {
  slug: string;
  status: string;
  originalLanguage: Side;
  licence: string;
  titles: Partial<Record<Side, string>>;
  revision: number;
  rows: {id: string[]; en: string[]; score: number; status: string}[];
}

export async function getAlignedExport(prisma: PrismaClient, slug: string, options: {includeUnpublished: boolean}): Promise<AlignedExport | null> {
  const doc = await getEditorDoc(prisma, {slug});
  if (!doc || (doc.status !== 'published' && !options.includeUnpublished)) return null;
  const meta = await prisma.text.findUniqueOrThrow({where: {id: doc.textId}, select: {originalLanguage: true, licence: true}});
  const body = (side: Side, a: number, b: number) => doc.paragraphs[side].slice(a, b).map((p) => p.body);
  return {
    slug: doc.slug, status: doc.status, originalLanguage: meta.originalLanguage, licence: meta.licence, titles: doc.titles, revision: doc.revision,
    rows: doc.links.map((l) => ({id: body('id', l.idStart, l.idEnd), en: body('en', l.enStart, l.enEnd), score: l.score, status: l.status})),
  };
}

const tsvCell = (paragraphs: string[]) => paragraphs.join(' ¶ ').replace(/[\t\r\n]+/g, ' ');

export function renderExport(text: AlignedExport, format: ExportFormat, now: Date): {body: string; type: string; filename: string} {
  if (format === 'tmx') {
    return {body: buildTmx({srcLang: text.originalLanguage, units: text.rows.map((r) => ({id: r.id, en: r.en}))}, now), type: 'application/x-tmx+xml; charset=utf-8', filename: `${text.slug}.tmx`};
  }
  if (format === 'tsv') {
    const lines = ['id\ten\tscore\tstatus', ...text.rows.map((r) => `${tsvCell(r.id)}\t${tsvCell(r.en)}\t${r.score.toFixed(3)}\t${r.status}`)];
    return {body: lines.join('\n') + '\n', type: 'text/tab-separated-values; charset=utf-8', filename: `${text.slug}.tsv`};
  }
  return {body: JSON.stringify(text, null, 2), type: 'application/json; charset=utf-8', filename: `${text.slug}.json`};
}
