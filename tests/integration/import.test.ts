import path from 'node:path';
import {expect, test} from 'vitest';
import type {TextSource} from '../../core/texts/content';
import type {Actor} from '../../core/accounts/roles';
import {ensureUser} from '../../server/accounts/people';
import {readContentDir} from '../../server/texts/contentFiles';
import {redoEdit, restoreRevision, undoEdit} from '../../server/editor/history';
import {applyEdit} from '../../server/editor/operations';
import {getEditorDoc, listEditorTexts} from '../../server/editor/texts';
import {importAll, importTextSource} from '../../server/texts/importContent';
import {getReaderText, listTexts} from '../../server/reader/readerText';
import type {ScoredRun} from '../../core/vocabulary';
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
    expect(text?.versions).toMatchObject({
      id: {title: 'Hujan deras di Jakarta'},
      en: {title: 'Heavy rain in Jakarta', provenance: 'human'},
    });
  });

  test('the library lists published texts only, with counts', async () => {
    await db().prisma.text.update({where: {slug: 'demo-news'}, data: {status: 'draft'}});
    expect(await listTexts(db().prisma)).toEqual([]);
    expect(await getReaderText(db().prisma, 'demo-news')).toBeNull();
    await db().prisma.text.update({where: {slug: 'demo-news'}, data: {status: 'published'}});
    const [entry] = await listTexts(db().prisma);
    expect(entry).toMatchObject({
      slug: 'demo-news',
      kind: 'news',
      paragraphCount: 5,
      titles: {id: 'Hujan deras di Jakarta'},
    });
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

// Re-importing content/ after editors changed a shipped text: their version stays and the conflict
// is reported; a text nobody changed is replaced; no revision is ever replayed across an import.
describeOnBothDatabases("re-importing changed content files over editors' work", (db) => {
  let editor: Actor;
  const changedFile = (source: TextSource, body: string): TextSource => {
    const changed = structuredClone(source);
    changed.versions.en!.paragraphs[0] = body;
    return changed;
  };

  test('an edited text keeps the edit; the conflict is reported to the import and to editors', async () => {
    const prisma = db().prisma;
    await ensureUser(prisma, {email: 'ed@example.org', password: 'password-1', name: 'Ed', role: 'editor'});
    editor = {id: (await prisma.user.findUniqueOrThrow({where: {email: 'ed@example.org'}})).id, role: 'editor'};
    const [source] = await readContentDir(fixtures);
    expect(await importAll(prisma, [source], noAligner)).toEqual({'demo-news': 'created'});
    const textId = (await prisma.text.findUniqueOrThrow({where: {slug: 'demo-news'}})).id;
    const doc = (await getEditorDoc(prisma, {id: textId}))!;
    const edit = {kind: 'editParagraph', lang: 'id', position: 0, body: 'Diubah oleh editor.'} as const;
    expect(await applyEdit(prisma, editor, {textId, revision: doc.revision, request: edit}, noAligner)).toMatchObject({
      ok: true,
    });

    const changed = changedFile(source, 'Torrential rain fell on Jakarta on Monday.');
    expect(await importAll(prisma, [changed], noAligner)).toEqual({'demo-news': 'conflict'});
    const kept = (await getEditorDoc(prisma, {id: textId}))!;
    expect(kept.paragraphs.id[0].body).toBe('Diubah oleh editor.');
    expect(kept.paragraphs.en[0].body).not.toBe('Torrential rain fell on Jakarta on Monday.');
    expect(kept.revision).toBe(doc.revision + 1);
    const [listed] = (await listEditorTexts(prisma)).filter((t) => t.slug === 'demo-news');
    expect(listed.contentConflictAt).toBeInstanceOf(Date);
    // Importing the same files again reports the conflict again, without re-aligning or writing.
    expect(await importTextSource(prisma, changed, noAligner)).toBe('conflict');
    // The editor's undo still takes back their own edit, on the version they edited.
    expect(await undoEdit(prisma, editor, {textId, revision: kept.revision})).toMatchObject({ok: true});
    expect((await getEditorDoc(prisma, {id: textId}))!.paragraphs.id[0].body).toBe(source.versions.id!.paragraphs[0]);
  });

  test('the files back as the database has them clear the conflict', async () => {
    const prisma = db().prisma;
    const [source] = await readContentDir(fixtures);
    expect(await importTextSource(prisma, source, noAligner)).toBe('unchanged');
    const [listed] = (await listEditorTexts(prisma)).filter((t) => t.slug === 'demo-news');
    expect(listed.contentConflictAt).toBeNull();
  });

  test('--replace loads the files over the edits, and undo or redo then have nothing stale to replay', async () => {
    const prisma = db().prisma;
    const [source] = await readContentDir(fixtures);
    const textId = (await prisma.text.findUniqueOrThrow({where: {slug: 'demo-news'}})).id;
    // The undone edit is a redo away, and the text has an edit in effect.
    let doc = (await getEditorDoc(prisma, {id: textId}))!;
    const edit = {kind: 'editParagraph', lang: 'en', position: 2, body: 'An old paragraph.'} as const;
    expect(await applyEdit(prisma, editor, {textId, revision: doc.revision, request: edit}, noAligner)).toMatchObject({
      ok: true,
    });
    const changed = changedFile(source, 'Torrential rain fell on Jakarta on Monday.');
    expect(await importAll(prisma, [changed], noAligner, new Set(['demo-news']))).toEqual({'demo-news': 'updated'});
    doc = (await getEditorDoc(prisma, {id: textId}))!;
    expect(doc.paragraphs.en.map((p) => p.body)).toEqual(changed.versions.en!.paragraphs);
    expect(await undoEdit(prisma, editor, {textId, revision: doc.revision})).toEqual({
      ok: false,
      error: 'nothingToUndo',
    });
    expect(await redoEdit(prisma, editor, {textId, revision: doc.revision})).toEqual({
      ok: false,
      error: 'nothingToRedo',
    });
    expect(await restoreRevision(prisma, editor, {textId, revision: doc.revision, number: 0})).toEqual({
      ok: false,
      error: 'nothingToUndo',
    });
    expect((await getEditorDoc(prisma, {id: textId}))!.paragraphs).toEqual(doc.paragraphs);
    // An editor whose page still shows the old content is refused as stale, not applied to the new one.
    expect(
      await applyEdit(prisma, editor, {textId, revision: doc.revision - 1, request: edit}, noAligner),
    ).toMatchObject({ok: false, error: 'stale'});
  });

  test('an edit that was undone before the import: the text counts as changed, so it is kept', async () => {
    const prisma = db().prisma;
    const textId = (await prisma.text.findUniqueOrThrow({where: {slug: 'demo-news'}})).id;
    let doc = (await getEditorDoc(prisma, {id: textId}))!;
    const edit = {kind: 'editParagraph', lang: 'en', position: 2, body: 'An old paragraph.'} as const;
    await applyEdit(prisma, editor, {textId, revision: doc.revision, request: edit}, noAligner);
    await undoEdit(prisma, editor, {textId, revision: doc.revision + 1});
    const [source] = await readContentDir(fixtures);
    expect(await importTextSource(prisma, changedFile(source, 'Yet another first paragraph.'), noAligner)).toBe(
      'conflict',
    );
    doc = (await getEditorDoc(prisma, {id: textId}))!;
    // Redo applies the editor's change to the version it was made on: it is still there.
    expect(await redoEdit(prisma, editor, {textId, revision: doc.revision})).toMatchObject({ok: true});
    expect((await getEditorDoc(prisma, {id: textId}))!.paragraphs.en[2].body).toBe('An old paragraph.');
  });

  test('a text nobody changed is replaced by its changed files', async () => {
    const prisma = db().prisma;
    const [source] = await readContentDir(fixtures);
    const other = {...structuredClone(source), slug: 'demo-untouched'};
    expect(await importTextSource(prisma, other, noAligner)).toBe('created');
    const changed = changedFile(other, 'Torrential rain fell on Jakarta on Monday.');
    expect(await importAll(prisma, [changed], noAligner)).toEqual({'demo-untouched': 'updated'});
    const text = await getReaderText(prisma, 'demo-untouched');
    expect(text?.rows[0].en[0].body).toBe('Torrential rain fell on Jakarta on Monday.');
    const [listed] = (await listEditorTexts(prisma)).filter((t) => t.slug === 'demo-untouched');
    expect(listed.contentConflictAt).toBeNull();
    // And again: the import's own revision bump does not count as an editor's change.
    expect(await importTextSource(prisma, changedFile(other, 'A third version.'), noAligner)).toBe('updated');
  });
});
