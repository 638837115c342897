// A long bilingual text for benchmarks and load tests: the aligned links of the shipped texts,
// repeated in order until the Indonesian side has `paragraphs` paragraphs, written as a content folder.
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {readContentDir} from '../../server/texts/contentFiles';

export async function writeLongText(dir: string, slug: string, paragraphs: number): Promise<string> {
  const groups: {id: string[]; en: string[]}[] = [];
  for (const text of await readContentDir()) {
    const {id, en} = text.versions;
    if (!text.alignment || !id || !en) continue;
    for (const run of text.alignment)
      if (run.id.length > 0)
        groups.push({id: run.id.map((i) => id.paragraphs[i]!), en: run.en.map((i) => en.paragraphs[i]!)});
  }
  if (groups.length === 0) throw new Error('no aligned text in content/ to build a long text from');
  const id: string[] = [];
  const en: string[] = [];
  const alignment: string[] = [];
  for (let g = 0; id.length < paragraphs; g++) {
    const group = groups[g % groups.length]!;
    if (id.length + group.id.length > paragraphs) continue;
    const ids = group.id.map((_, k) => id.length + k);
    const ens = group.en.map((_, k) => en.length + k);
    alignment.push(`  - ${ids.join(',')}=${ens.join(',')}`);
    id.push(...group.id);
    en.push(...group.en);
  }
  const folder = path.join(dir, slug);
  mkdirSync(folder, {recursive: true});
  writeFileSync(
    path.join(folder, 'meta.yml'),
    `kind: book\noriginalLanguage: id\nlicence: Generated for benchmarks from the texts shipped in content/, under their licences.\nalignment:\n${alignment.join('\n')}\n`,
  );
  writeFileSync(
    path.join(folder, 'id.md'),
    `---\ntitle: Teks panjang (${paragraphs} paragraf)\n---\n${id.join('\n\n')}\n`,
  );
  writeFileSync(
    path.join(folder, 'en.md'),
    `---\ntitle: A long text (${paragraphs} paragraphs)\n---\n${en.join('\n\n')}\n`,
  );
  return folder;
}
