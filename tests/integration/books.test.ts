// Books through the whole path on both databases: EPUB files parsed, imported by the text-import job
// with their structure, exported as EPUB, and imported again unchanged; a content folder with book
// files; hostile files leave nothing stored.
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {block, type Block} from '../../core/book/blocks';
import {parseEpub} from '../../core/book/epub';
import {parseBook} from '../../core/book/parseBook';
import {sampleBlocks, writeEpub} from '../../core/book/testBooks';
import {alignForImport} from '../../server/texts/aligner';
import {streamBook} from '../../server/books/bookExport';
import {readContentDir} from '../../server/texts/contentFiles';
import {getExportHead} from '../../server/editor/exports';
import {bookSubmission, runTextImport, storeSubmission} from '../../server/editor/importJob';
import {importTextSource} from '../../server/texts/importContent';
import {describeOnBothDatabases} from '../helpers/databases';

const meta = {kind: 'book' as const, originalLanguage: 'id' as const, licence: 'CC0', titles: {}};
const editor = {id: 'book-editor', role: 'editor' as const};

async function parsed(bytes: Uint8Array): Promise<{title: string | null; blocks: Block[]}> {
  const result = await parseBook('book.epub', bytes);
  if (!result.ok) throw new Error(result.error);
  return result.book;
}

async function importBooks(
  db: () => {prisma: import('../../server/generated/prisma/client').PrismaClient},
  id: Block[],
  en: Block[],
) {
  // As the import form stores parsed files: their blocks' JSON as the parser printed it.
  const submission = bookSubmission(
    {...meta, titles: {id: 'Buku', en: 'Book'}},
    {
      id: JSON.stringify(id),
      en: JSON.stringify(en),
    },
  );
  const jobId = await storeSubmission(db().prisma, editor.id, submission);
  expect(await runTextImport(db().prisma, jobId)).toBe('done');
  const {slug} = await db().prisma.textImportJob.findUniqueOrThrow({where: {id: jobId}, select: {slug: true}});
  return slug!;
}

async function stored(
  db: () => {prisma: import('../../server/generated/prisma/client').PrismaClient},
  slug: string,
  lang: 'id' | 'en',
) {
  const rows = await db().prisma.paragraph.findMany({
    where: {version: {lang, text: {slug}}},
    orderBy: {position: 'asc'},
    select: {body: true, kind: true, level: true, marks: true},
  });
  return rows.map((r) => block(r.kind, r.body, r.level, (r.marks as Block['marks'] | null) ?? []));
}

async function exported(
  db: () => {prisma: import('../../server/generated/prisma/client').PrismaClient},
  slug: string,
  format: 'epub' | 'html',
  layout: 'id' | 'en' | 'sideBySide' | 'interleaved',
) {
  const head = (await getExportHead(db().prisma, slug, {includeUnpublished: true}))!;
  return new Uint8Array(
    await new Response(streamBook(db().prisma, head, format, layout, new Date(), 50)).arrayBuffer(),
  );
}

describeOnBothDatabases('books', (db) => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, {recursive: true, force: true});
  });

  beforeAll(async () => {
    await db().prisma.user.create({
      data: {id: editor.id, name: 'E', email: 'book@example.org', role: 'editor'},
      select: {id: true},
    });
  });

  test('EPUB → Selaras → EPUB → Selaras keeps every paragraph, heading level and emphasis', async () => {
    const id = [
      ...sampleBlocks('id', 5, 40),
      block('heading', 'Catatan', 2),
      block('preformatted', 'kode  <x>\n  &amp;'),
    ];
    const en = [
      ...sampleBlocks('en', 5, 40),
      block('heading', 'Notes', 2),
      block('preformatted', 'code  <x>\n  &amp;'),
    ];
    const first = {
      id: await parsed(
        writeEpub(
          id.map((b) => ({id: [b], en: []})),
          'id',
        ),
      ),
      en: await parsed(
        writeEpub(
          en.map((b) => ({id: [], en: [b]})),
          'en',
        ),
      ),
    };
    const slug = await importBooks(db, first.id.blocks, first.en.blocks);
    expect(await stored(db, slug, 'id')).toEqual(id);
    expect(await stored(db, slug, 'en')).toEqual(en);
    // Chapters anchor the alignment: each heading is linked to its counterpart.
    const links = await db().prisma.alignmentLink.findMany({
      where: {text: {slug}},
      select: {idStart: true, idEnd: true, enStart: true, enEnd: true},
    });
    for (const [k, b] of id.entries()) {
      if (b.kind !== 'heading') continue;
      expect(links.find((l) => l.idStart === k)).toMatchObject({idEnd: k + 1, enStart: k, enEnd: k + 1});
    }
    const again = {
      id: await parsed(await exported(db, slug, 'epub', 'id')),
      en: await parsed(await exported(db, slug, 'epub', 'en')),
    };
    expect(again.id.blocks).toEqual(id);
    expect(again.en.blocks).toEqual(en);
    const second = await importBooks(db, again.id.blocks, again.en.blocks);
    expect(await stored(db, second, 'id')).toEqual(id);
    expect(await stored(db, second, 'en')).toEqual(en);
  }, 120_000);

  test('bilingual exports hold both languages in order, escaped', async () => {
    const slug = await importBooks(
      db,
      [block('heading', 'Bab <1>', 1), block('paragraph', 'Satu & dua', null, [[0, 4, 'strong']])],
      [block('heading', 'Chapter <1>', 1), block('paragraph', 'One & two')],
    );
    for (const layout of ['sideBySide', 'interleaved'] as const) {
      const result = parseEpub(await exported(db, slug, 'epub', layout));
      expect(result.ok && result.book.blocks.map((b) => b.text)).toEqual([
        'Bab <1>',
        'Chapter <1>',
        'Satu & dua',
        'One & two',
      ]);
    }
    const html = new TextDecoder().decode(await exported(db, slug, 'html', 'sideBySide'));
    expect(html).toContain('<h1 lang="id" xml:lang="id">Bab &lt;1&gt;</h1>');
    expect(html).toContain('<p lang="id" xml:lang="id"><strong>Satu</strong> &amp; dua</p>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  test('a content folder may hold book files instead of id.md / en.md', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'selaras-books-'));
    dirs.push(dir);
    const folder = path.join(dir, 'buku-kecil');
    await import('node:fs/promises').then((fs) => fs.mkdir(folder));
    await writeFile(
      path.join(folder, 'meta.yml'),
      'kind: book\noriginalLanguage: id\nlicence: CC0\ntitles:\n  en: Small book\n',
    );
    await writeFile(
      path.join(folder, 'id.epub'),
      writeEpub(
        sampleBlocks('id', 2, 5).map((b) => ({id: [b], en: []})),
        'id',
        'Buku kecil',
      ),
    );
    await writeFile(path.join(folder, 'en.txt'), 'Chapter 1\n\nOne.\n\nChapter 2\n\nTwo.');
    const [source] = await readContentDir(dir);
    expect(source!.versions.id!.title).toBe('Buku kecil');
    expect(source!.versions.en!.title).toBe('Small book');
    expect(await importTextSource(db().prisma, source!, alignForImport)).toBe('created');
    expect((await stored(db, 'buku-kecil', 'id')).filter((b) => b.kind === 'heading').length).toBe(2);
    expect((await stored(db, 'buku-kecil', 'en')).map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'paragraph',
    ]);
    expect(await importTextSource(db().prisma, source!, alignForImport)).toBe('unchanged');
    await writeFile(path.join(folder, 'en.epub'), new Uint8Array([1, 2, 3]));
    await rm(path.join(folder, 'en.txt'));
    await expect(readContentDir(dir)).rejects.toThrow(/buku-kecil\/en\.epub: notEpub/);
  });
});
