import path from 'node:path';
import {expect, test} from 'vitest';
import {readContentDir} from '../../server/contentFiles';
import {importTextSource} from '../../server/import';
import {getReaderText, listTexts} from '../../server/reader';
import type {ScoredRun} from '../../server/links';
import {describeOnBothDatabases} from '../helpers/databases';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'content');
const noAligner = (): ScoredRun[] => {
  throw new Error('the fixtures state their alignment');
};

describeOnBothDatabases('content import and the reader query', (db) => {
  test('importing twice creates once, then leaves the text unchanged', async () => {
    const [source] = await readContentDir(fixtures);
    expect(await importTextSource(db().prisma, source, noAligner)).toBe('created');
    expect(await importTextSource(db().prisma, source, noAligner)).toBe('unchanged');
    expect(await db().prisma.text.count({where: {slug: 'demo-news'}})).toBe(1);
  });

  test('a changed file replaces the text without duplicating it', async () => {
    const [source] = await readContentDir(fixtures);
    const changed = structuredClone(source);
    changed.versions.en!.paragraphs[0] = 'Torrential rain fell on Jakarta on Monday.';
    expect(await importTextSource(db().prisma, changed, noAligner)).toBe('updated');
    expect(await db().prisma.paragraph.count({where: {version: {text: {slug: 'demo-news'}}}})).toBe(9);
    const text = await getReaderText(db().prisma, 'demo-news');
    expect(text?.rows[0].en[0].body).toBe('Torrential rain fell on Jakarta on Monday.');
  });

  test('rows follow the alignment: 1-1, 2-1, 1-2 and 1-0', async () => {
    const text = await getReaderText(db().prisma, 'demo-news');
    expect(text?.rows.map((r) => [r.id.map((p) => p.position), r.en.map((p) => p.position)])).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2, 3]],
      [[4], []],
    ]);
    expect(text?.versions).toMatchObject({id: {title: 'Hujan deras di Jakarta'}, en: {title: 'Heavy rain in Jakarta', provenance: 'human'}});
  });

  test('the library lists published texts only, with counts', async () => {
    await db().prisma.text.update({where: {slug: 'demo-news'}, data: {status: 'draft'}});
    expect(await listTexts(db().prisma)).toEqual([]);
    expect(await getReaderText(db().prisma, 'demo-news')).toBeNull();
    await db().prisma.text.update({where: {slug: 'demo-news'}, data: {status: 'published'}});
    const [entry] = await listTexts(db().prisma);
    expect(entry).toMatchObject({slug: 'demo-news', kind: 'news', paragraphCount: 5, titles: {id: 'Hujan deras di Jakarta'}});
    expect(entry.wordCount).toBe(37);
  });

  test('the seed article: twelve 1-1 rows and the publisher boilerplate alone', async () => {
    const sources = await readContentDir();
    const seed = sources.find((s) => s.slug === 'genpi-china-influence')!;
    await importTextSource(db().prisma, seed, noAligner);
    const text = await getReaderText(db().prisma, 'genpi-china-influence');
    expect(text?.rows).toHaveLength(13);
    expect(text?.rows.slice(0, 12).every((r) => r.id.length === 1 && r.en.length === 1)).toBe(true);
    expect(text?.rows[12].en).toEqual([]);
    expect(text?.rows[12].id[0].body).toBe('Silakan baca konten menarik lainnya dari GenPI.co di Google News');
  });
});
