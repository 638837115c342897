// Parses a content folder (meta.yml, id.md, en.md — see content/README.md) into a text to import.
import type {Lang, Run} from '../vocabulary';
import {parse as parseYaml} from 'yaml';
import {z} from 'zod';

export interface VersionSource {
  title: string;
  provenance: 'original' | 'human' | 'machine' | 'postedited';
  paragraphs: string[];
}
export interface TextSource {
  slug: string;
  meta: Meta;
  versions: Partial<Record<Lang, VersionSource>>;
  alignment: Run[] | null;
}

const Meta = z.object({
  kind: z.enum(['news', 'essay', 'documentation', 'book', 'story']),
  author: z.string().optional(),
  publisher: z.string().optional(),
  sourceUrl: z.url().optional(),
  publishedAt: z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]).optional(),
  originalLanguage: z.enum(['id', 'en']),
  licence: z.string().min(1),
  alignment: z.array(z.string()).optional(),
});
export type Meta = z.infer<typeof Meta>;

const FrontMatter = z.object({
  title: z.string().min(1),
  provenance: z.enum(['original', 'human', 'machine', 'postedited']).default('original'),
});

export class ContentError extends Error {}

/** YAML that does not parse is a content error like any other, with the parser's message. */
function readYaml(source: string, file: string): unknown {
  try {
    return parseYaml(source);
  } catch (error) {
    throw new ContentError(`${file}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Splits plain text into paragraphs: blocks separated by blank lines, inner line breaks folded. */
export function splitParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .join(' ')
        .trim(),
    )
    .filter((p) => p.length > 0);
}

export function parseVersion(source: string, file: string): VersionSource {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source.replace(/\r\n?/g, '\n'));
  if (!match) throw new ContentError(`${file}: missing front matter (--- title: … ---)`);
  const front = FrontMatter.safeParse(readYaml(match[1], file));
  if (!front.success)
    throw new ContentError(`${file}: ${front.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return {...front.data, paragraphs: splitParagraphs(match[2])};
}

/** Parses `1,2=1`-style links and checks that they tile both versions in order. */
export function parseAlignment(entries: string[], idCount: number, enCount: number): Run[] {
  const runs = entries.map((entry) => {
    const m = /^\s*([\d,\s]*)=([\d,\s]*)$/.exec(entry);
    if (!m) throw new ContentError(`alignment entry "${entry}" is not like "1,2=1"`);
    const side = (s: string) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
        .map(Number);
    return {id: side(m[1]), en: side(m[2])};
  });
  checkTiling(runs, idCount, enCount);
  return runs;
}

export function checkTiling(runs: Run[], idCount: number, enCount: number): void {
  let nextId = 0;
  let nextEn = 0;
  for (const run of runs) {
    if (run.id.length === 0 && run.en.length === 0) throw new ContentError('an alignment link joins nothing');
    for (const i of run.id)
      if (i !== nextId++) throw new ContentError(`alignment skips or repeats Indonesian paragraph ${nextId - 1}`);
    for (const i of run.en)
      if (i !== nextEn++) throw new ContentError(`alignment skips or repeats English paragraph ${nextEn - 1}`);
  }
  if (nextId !== idCount) throw new ContentError(`alignment covers ${nextId} of ${idCount} Indonesian paragraphs`);
  if (nextEn !== enCount) throw new ContentError(`alignment covers ${nextEn} of ${enCount} English paragraphs`);
}

export function parseTextSource(slug: string, files: {meta: string; id?: string; en?: string}): TextSource {
  const meta = Meta.safeParse(readYaml(files.meta, `${slug}/meta.yml`));
  if (!meta.success)
    throw new ContentError(
      `${slug}/meta.yml: ${meta.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const versions: TextSource['versions'] = {};
  if (files.id !== undefined) versions.id = parseVersion(files.id, `${slug}/id.md`);
  if (files.en !== undefined) versions.en = parseVersion(files.en, `${slug}/en.md`);
  if (!versions.id && !versions.en) throw new ContentError(`${slug}: neither id.md nor en.md`);
  const alignment =
    meta.data.alignment && versions.id && versions.en
      ? parseAlignment(meta.data.alignment, versions.id.paragraphs.length, versions.en.paragraphs.length)
      : null;
  return {slug, meta: meta.data, versions, alignment};
}
