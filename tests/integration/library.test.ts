// The library's cards on both databases: paragraph and word counts are counted once per text
// revision and kept (TextCount), read back while the text is unchanged, and counted again after an edit.
import {beforeAll, expect, test} from 'vitest';
import type {Actor} from '../../core/accounts/roles';
import {DEFAULT_LIBRARY_QUERY} from '../../core/texts/libraryQuery';
import {ensureUser} from '../../server/accounts/people';
import {applyEdit} from '../../server/editor/operations';
import {listLibraryPage} from '../../server/reader/library';
import {describeOnBothDatabases} from '../helpers/databases';
import {storeBook} from '../helpers/book';

const noAligner = () => [];

describeOnBothDatabases('the library', (db) => {
  let editor: Actor;
  let textId: string;
  const card = async () =>
    (await listLibraryPage(db().prisma, DEFAULT_LIBRARY_QUERY, 'en')).cards.find((c) => c.slug === 'counted')!;

  beforeAll(async () => {
    const prisma = db().prisma;
    await ensureUser(prisma, {email: 'ed@example.org', password: 'password-1', name: 'Ed', role: 'editor'});
    editor = {id: (await prisma.user.findUniqueOrThrow({where: {email: 'ed@example.org'}})).id, role: 'editor'};
    // 2 chapters of 10 paragraphs a language: 2 headings of 4 words, 2 of 2, 16 of 3 sentences × 7 words.
    textId = await storeBook(prisma, {slug: 'counted', chapters: 2, perChapter: 10, status: 'published'});
  });

  test('a card counts the original paragraphs and words, and keeps the counts for the revision', async () => {
    expect(await card()).toMatchObject({paragraphCount: 20, wordCount: 2 * 4 + 2 * 2 + 16 * 21});
    const kept = await db().prisma.textCount.findMany({where: {textId}, orderBy: {lang: 'asc'}});
    expect(kept.map((k) => [k.lang, k.paragraphs, k.words])).toEqual([
      ['id', 20, 348],
      ['en', 20, 348],
    ]);
  });

  test('kept counts are read back while the text is unchanged, and counted again after an edit', async () => {
    const prisma = db().prisma;
    // Tampered with under the current stamp: what the card shows comes from the kept row.
    await prisma.textCount.updateMany({where: {textId, lang: 'id'}, data: {words: 999}});
    expect((await card()).wordCount).toBe(999);
    const {revision} = await prisma.text.findUniqueOrThrow({where: {id: textId}, select: {revision: true}});
    const edited = await applyEdit(
      prisma,
      editor,
      {textId, revision, request: {kind: 'editParagraph', lang: 'id', position: 0, body: 'Bab satu yang baru sekali'}},
      noAligner,
    );
    expect(edited.ok).toBe(true);
    expect(await card()).toMatchObject({paragraphCount: 20, wordCount: 5 + 4 + 2 * 2 + 16 * 21});
  });
});
