// The editor's page of a book on both databases: the outline and first chapter it opens with, the
// chapters it loads later (only at the revision it holds), and a copy kept in step by the changes
// operations return, equal to the text as stored wherever it has loaded paragraphs.
import {beforeAll, expect, test} from 'vitest';
import {applyChange} from '../../core/editing/alignmentChange';
import {fillParagraphs, rowParagraphs, type PartialDoc, partialDocOf, unpackRows} from '../../core/editing/partialDoc';
import {editorChapters, windowAt} from '../../core/editing/editorWindow';
import type {Actor} from '../../core/accounts/roles';
import {ensureUser} from '../../server/accounts/people';
import {applyEdit} from '../../server/editor/operations';
import {undoEdit} from '../../server/editor/history';
import {getEditorOutline, getEditorStart, readEditorParagraphs} from '../../server/editor/outline';
import {getEditorDoc} from '../../server/editor/texts';
import {describeOnBothDatabases} from '../helpers/databases';
import {storeBook} from '../helpers/book';

const noAligner = () => [];

describeOnBothDatabases("the editor's page of a book", (db) => {
  let editor: Actor;
  let textId: string;

  beforeAll(async () => {
    const prisma = db().prisma;
    await ensureUser(prisma, {email: 'ed@example.org', password: 'password-1', name: 'Ed', role: 'editor'});
    editor = {id: (await prisma.user.findUniqueOrThrow({where: {email: 'ed@example.org'}})).id, role: 'editor'};
    // Three chapters of 20 paragraphs a language (a chapter heading and a section heading in each).
    textId = await storeBook(prisma, {slug: 'book', chapters: 3, perChapter: 20, status: 'draft'});
  });

  test('opens with every row and heading, and the paragraphs of the first chapter only', async () => {
    const prisma = db().prisma;
    const whole = (await getEditorDoc(prisma, {id: textId}))!;
    const start = (await getEditorStart(prisma, 'book'))!;
    expect(start).toMatchObject({textId, revision: whole.revision, status: 'draft', titles: whole.titles});
    expect(unpackRows(start.doc.rows)).toEqual(whole.links);
    expect(start.doc.counts).toEqual({id: 60, en: 60});
    expect(start.doc.headings.id.map((h) => [h.at, h.paragraph.heading, h.paragraph.body])).toEqual([
      [0, 1, 'Bab 1: Pulau 1'],
      [1, 2, 'Bagian 1.1'],
      [20, 1, 'Bab 2: Pulau 2'],
      [21, 2, 'Bagian 2.1'],
      [40, 1, 'Bab 3: Pulau 3'],
      [41, 2, 'Bagian 3.1'],
    ]);
    expect(start.chunk).toEqual({
      id: {from: 0, list: whole.paragraphs.id.slice(0, 20)},
      en: {from: 0, list: whole.paragraphs.en.slice(0, 20)},
    });
    expect(await getEditorStart(prisma, 'no-such-book')).toBeNull();
  });

  test('another chapter loads at the revision the page holds; after a change it is refused as stale', async () => {
    const prisma = db().prisma;
    const whole = (await getEditorDoc(prisma, {id: textId}))!;
    const ranges = {id: [20, 40], en: [25, 30]} as Record<'id' | 'en', [number, number]>;
    expect(await readEditorParagraphs(prisma, textId, whole.revision, ranges)).toEqual({
      id: {from: 20, list: whole.paragraphs.id.slice(20, 40)},
      en: {from: 25, list: whole.paragraphs.en.slice(25, 30)},
    });
    expect(await readEditorParagraphs(prisma, textId, whole.revision - 1, ranges)).toBe('stale');
    expect(await readEditorParagraphs(prisma, 'no-such-text', 0, ranges)).toBeNull();
  });

  test('a copy with one chapter loaded follows operations across chapters and matches the stored text', async () => {
    const prisma = db().prisma;
    const start = (await getEditorStart(prisma, 'book'))!;
    let doc: PartialDoc = partialDocOf(start.doc, start.chunk);
    let revision = start.revision;
    const run = async (request: Parameters<typeof applyEdit>[2]['request']) => {
      const result = await applyEdit(prisma, editor, {textId, revision, request}, noAligner);
      if (!result.ok) throw new Error(result.error);
      doc = applyChange(doc, result.change);
      revision = result.revision;
    };
    // Merge the last row of chapter 1 with the heading row of chapter 2 (not loaded), edit and split
    // paragraphs in chapter 2, then load chapter 2 as the page would once the cursor is there.
    await run({kind: 'merge', row: 19});
    await run({kind: 'editParagraph', lang: 'en', position: 25, body: 'A fixed translation.'});
    await run({kind: 'splitParagraph', lang: 'id', position: 24, offset: 8});
    const chapters = editorChapters(doc.links, doc.paragraphs);
    expect(chapters[1]!.startRow).toBe(19);
    const {load} = windowAt(chapters, doc.links, 19);
    const chunk = await readEditorParagraphs(prisma, textId, revision, rowParagraphs(doc.links, load.start, load.end));
    if (chunk === null || chunk === 'stale') throw new Error(`chunk ${chunk}`);
    doc = fillParagraphs(doc, chunk);
    const stored = (await getEditorDoc(prisma, {id: textId}))!;
    expect(doc.links).toEqual(stored.links);
    for (const lang of ['id', 'en'] as const) {
      expect(doc.paragraphs[lang]).toHaveLength(stored.paragraphs[lang].length);
      doc.paragraphs[lang].forEach((p, k) => {
        if (p) expect(p, `${lang} ${k}`).toEqual(stored.paragraphs[lang][k]);
      });
    }
    expect(doc.paragraphs.en[25]?.body).toBe('A fixed translation.');
    // Only chapter 3 is still to load, but for its two headings.
    expect(doc.paragraphs.id.filter((p) => p === null)).toHaveLength(18);
    // The outline read now agrees with the copy; undo brings the first merge's rows back in the copy too.
    expect(unpackRows((await getEditorOutline(prisma, {id: textId}))!.doc.rows)).toEqual(
      doc.links.map((l) => ({...l, score: Math.floor(l.score * 1000) / 1000})),
    );
    for (let i = 0; i < 3; i++) {
      const undone = await undoEdit(prisma, editor, {textId, revision});
      if (!undone.ok) throw new Error(undone.error);
      doc = applyChange(doc, undone.change);
      revision = undone.revision;
    }
    expect(doc.links).toEqual((await getEditorDoc(prisma, {id: textId}))!.links);
  });
});
