// Reads the content/ folder (see content/README.md) into text sources.
import {readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import {parseTextSource, type TextSource} from '../../core/texts/content';

export const contentDir = path.join(process.cwd(), 'content');

async function readOptional(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

export async function readContentDir(dir: string = contentDir): Promise<TextSource[]> {
  const entries = await readdir(dir, {withFileTypes: true});
  const sources: TextSource[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = path.join(dir, entry.name);
    const meta = await readOptional(path.join(folder, 'meta.yml'));
    if (meta === undefined) continue; // not a text (e.g. lexicon/)
    sources.push(
      parseTextSource(entry.name, {
        meta,
        id: await readOptional(path.join(folder, 'id.md')),
        en: await readOptional(path.join(folder, 'en.md')),
      }),
    );
  }
  return sources;
}
