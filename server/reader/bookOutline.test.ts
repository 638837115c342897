import {expect, test} from 'vitest';
import {describeOnBothDatabases} from '../../tests/helpers/databases';
import {storeBook} from '../../tests/helpers/book';
import {locateRow} from '../../core/book/readerPages';
import {getBookOutline, getPageRows} from './bookOutline';
import {getReadingPlace, saveReadingPlace} from './readingPlaces';
import {applyEdit} from '../editor/operations';

const noAligner = () => {
  throw new Error('a split states its counts');
};

describeOnBothDatabases('a book read page by page', (db) => {
  test('chapters come from the top-level headings, and a page holds exactly its rows and blocks', async () => {
    const prisma = db().prisma;
    await storeBook(prisma, {slug: 'kenari', chapters: 6, perChapter: 200});
    const outline = (await getBookOutline(prisma, 'kenari'))!;
    expect(outline.paged).toBe(true);
    expect(outline.chapters).toHaveLength(6);
    const third = outline.chapters[2];
    expect(third).toMatchObject({
      startRow: 400,
      endRow: 600,
      titles: {id: 'Bab 3: Pulau 3', en: 'Chapter 3: Island 3'},
    });
    // Pages are cut by characters: about 50 rows of these paragraphs (280 characters a row).
    expect(third.pages[0]).toBe(400);
    expect(third.pages.length).toBeGreaterThanOrEqual(3);
    const [second, after] = [third.pages[1], third.pages[2]];
    const rows = await getPageRows(prisma, outline, second, after);
    expect(rows).toHaveLength(after - second);
    expect(rows[0].id[0].body).toMatch(new RegExp(`^Kalimat 3\\.${second - 400}\\.1 `));
    expect(rows[0].en[0].body).toMatch(new RegExp(`^Sentence 3\\.${second - 400}\\.1 `));
    const [heading] = await getPageRows(prisma, outline, 400, 402);
    expect(heading.id[0]).toMatchObject({kind: 'heading', level: 1});
    expect(locateRow(outline.chapters, 599)).toMatchObject({chapter: {number: 3}, page: third.pages.length});
  });

  test('the outline is kept with the text and made again after an edit', async () => {
    const prisma = db().prisma;
    const first = (await getBookOutline(prisma, 'kenari'))!;
    const kept = await prisma.textOutline.findUniqueOrThrow({where: {textId: first.textId}});
    // Read again: the kept outline, the same answer.
    expect(await getBookOutline(prisma, 'kenari')).toEqual(first);
    expect(await prisma.textOutline.findUniqueOrThrow({where: {textId: first.textId}})).toEqual(kept);
    // Merging two rows of chapter 3 moves every later row and chapter back by one.
    const {revision} = await prisma.text.findUniqueOrThrow({where: {id: first.textId}});
    const editor = await prisma.user.create({
      data: {id: 'editor-1', name: 'E', email: 'e@example.test', role: 'editor'},
    });
    const merged = await applyEdit(
      prisma,
      {id: editor.id, role: 'editor'},
      {textId: first.textId, revision, request: {kind: 'merge', row: 450}},
      noAligner,
    );
    expect(merged).toMatchObject({ok: true});
    const after = (await getBookOutline(prisma, 'kenari'))!;
    expect(after.rows).toHaveLength(first.rows.length - 1);
    expect(after.chapters[3]!.startRow).toBe(first.chapters[3]!.startRow - 1);
    expect((await prisma.textOutline.findUniqueOrThrow({where: {textId: first.textId}})).stamp).not.toBe(kept.stamp);
  });

  test('a short text keeps one page, and an unpublished one has no outline for readers', async () => {
    const prisma = db().prisma;
    await storeBook(prisma, {slug: 'pendek', chapters: 1, perChapter: 30});
    await storeBook(prisma, {slug: 'draf', chapters: 3, perChapter: 10, status: 'draft'});
    expect((await getBookOutline(prisma, 'pendek'))?.paged).toBe(false);
    expect(await getBookOutline(prisma, 'draf')).toBeNull();
    expect((await getBookOutline(prisma, 'draf', {includeUnpublished: true}))?.chapters).toHaveLength(3);
  });

  test('a reading place is kept per reader and text, and only for a row the text has', async () => {
    const prisma = db().prisma;
    const user = await prisma.user.create({data: {id: 'reader-1', name: 'R', email: 'r@example.test'}});
    expect(await getReadingPlace(prisma, user.id, 'kenari')).toBeNull();
    expect(await saveReadingPlace(prisma, user.id, 'kenari', 777)).toBe(true);
    expect(await saveReadingPlace(prisma, user.id, 'kenari', 812)).toBe(true);
    expect(await getReadingPlace(prisma, user.id, 'kenari')).toBe(812);
    expect(await saveReadingPlace(prisma, user.id, 'kenari', 1200)).toBe(false);
    expect(await saveReadingPlace(prisma, user.id, 'draf', 1)).toBe(false);
    expect(await saveReadingPlace(prisma, user.id, 'missing', 1)).toBe(false);
  });
});
