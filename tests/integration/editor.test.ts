// Editor operations on both databases: revisions in the same transaction, undo and redo, restoring
// an earlier state, and two editors working on one text at once.
import path from 'node:path';
import {beforeAll, expect, test} from 'vitest';
import {applyChange, type AlignedDoc} from '../../core/editing/alignmentChange';
import type {Actor} from '../../core/accounts/roles';
import {ensureUser} from '../../server/accounts/people';
import {readContentDir} from '../../server/texts/contentFiles';
import {importTextSource} from '../../server/texts/importContent';
import {listHistory, redoEdit, restoreRevision, undoEdit} from '../../server/editor/history';
import {applyEdit} from '../../server/editor/operations';
import {getEditorDoc} from '../../server/editor/texts';
import {getEditorOutline} from '../../server/editor/outline';
import {getReaderText} from '../../server/reader/readerText';
import {searchTexts} from '../../server/reader/search';
import {describeOnBothDatabases} from '../helpers/databases';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'content');
const noAligner = () => [];
const shape = (doc: {links: AlignedDoc['links']}) =>
  doc.links.map((l) => `${l.idStart}-${l.idEnd}:${l.enStart}-${l.enEnd}`);

describeOnBothDatabases('editing an aligned text', (db) => {
  let editor: Actor;
  let other: Actor;
  let textId: string;

  // Setup: two editors and the demo text as a draft.

  beforeAll(async () => {
    const prisma = db().prisma;
    await ensureUser(prisma, {email: 'ed@example.org', password: 'password-1', name: 'Ed', role: 'editor'});
    await ensureUser(prisma, {email: 'eva@example.org', password: 'password-2', name: 'Eva', role: 'editor'});
    editor = {id: (await prisma.user.findUniqueOrThrow({where: {email: 'ed@example.org'}})).id, role: 'editor'};
    other = {id: (await prisma.user.findUniqueOrThrow({where: {email: 'eva@example.org'}})).id, role: 'editor'};
    const [source] = await readContentDir(fixtures);
    await importTextSource(prisma, source, noAligner, 'draft');
    textId = (await prisma.text.findUniqueOrThrow({where: {slug: 'demo-news'}})).id;
  });

  test('an operation changes the text, bumps its revision and is stored as a revision by its author', async () => {
    const prisma = db().prisma;
    const before = (await getEditorDoc(prisma, {id: textId}))!;
    expect(shape(before)).toEqual(['0-1:0-1', '1-3:1-2', '3-4:2-4', '4-5:4-4']);
    const result = await applyEdit(
      prisma,
      editor,
      {textId, revision: before.revision, request: {kind: 'split', row: 1, idCount: 1, enCount: 1}},
      noAligner,
    );
    expect(result).toMatchObject({ok: true, revision: before.revision + 1});
    const after = (await getEditorDoc(prisma, {id: textId}))!;
    expect(shape(after)).toEqual(['0-1:0-1', '1-2:1-2', '2-3:2-2', '3-4:2-4', '4-5:4-4']);
    // The browser applies the returned change to its copy and gets the same state as the database.
    if (result.ok)
      expect(applyChange(before, result.change)).toEqual({links: after.links, paragraphs: after.paragraphs});
    const [revision] = await listHistory(prisma, textId);
    expect(revision).toMatchObject({number: after.revision, operation: 'split', undone: false, user: 'Ed'});
  });

  test('undo and redo walk the history; a new operation ends the redo branch', async () => {
    const prisma = db().prisma;
    let doc = (await getEditorDoc(prisma, {id: textId}))!;
    const split = shape(doc);
    expect(await undoEdit(prisma, editor, {textId, revision: doc.revision})).toMatchObject({ok: true});
    doc = (await getEditorDoc(prisma, {id: textId}))!;
    expect(shape(doc)).toEqual(['0-1:0-1', '1-3:1-2', '3-4:2-4', '4-5:4-4']);
    expect(await undoEdit(prisma, editor, {textId, revision: doc.revision})).toEqual({
      ok: false,
      error: 'nothingToUndo',
    });
    expect(await redoEdit(prisma, editor, {textId, revision: doc.revision})).toMatchObject({ok: true});
    doc = (await getEditorDoc(prisma, {id: textId}))!;
    expect(shape(doc)).toEqual(split);
    await undoEdit(prisma, editor, {textId, revision: doc.revision});
    doc = (await getEditorDoc(prisma, {id: textId}))!;
    await applyEdit(
      prisma,
      editor,
      {
        textId,
        revision: doc.revision,
        request: {kind: 'editParagraph', lang: 'en', position: 0, body: 'Heavy rain hit Jakarta on Monday.'},
      },
      noAligner,
    );
    doc = (await getEditorDoc(prisma, {id: textId}))!;
    expect(await redoEdit(prisma, editor, {textId, revision: doc.revision})).toEqual({
      ok: false,
      error: 'nothingToRedo',
    });
    expect(doc.paragraphs.en[0]).toEqual({body: 'Heavy rain hit Jakarta on Monday.', provenance: 'human'});
  });

  test('text operations: split and join paragraphs, then undo both', async () => {
    const prisma = db().prisma;
    const start = (await getEditorDoc(prisma, {id: textId}))!;
    const body = start.paragraphs.id[3].body;
    const cut = body.indexOf(' ', 10);
    let r = await applyEdit(
      prisma,
      editor,
      {textId, revision: start.revision, request: {kind: 'splitParagraph', lang: 'id', position: 3, offset: cut}},
      noAligner,
    );
    expect(r.ok).toBe(true);
    let doc = (await getEditorDoc(prisma, {id: textId}))!;
    expect(doc.paragraphs.id).toHaveLength(6);
    expect(shape(doc)).toEqual(['0-1:0-1', '1-3:1-2', '3-5:2-4', '5-6:4-4']);
    r = await applyEdit(
      prisma,
      editor,
      {textId, revision: doc.revision, request: {kind: 'joinParagraphs', lang: 'id', position: 0}},
      noAligner,
    );
    doc = (await getEditorDoc(prisma, {id: textId}))!;
    expect(shape(doc)).toEqual(['0-1:0-1', '1-2:1-2', '2-4:2-4', '4-5:4-4']);
    await undoEdit(prisma, editor, {textId, revision: doc.revision});
    await undoEdit(prisma, editor, {textId, revision: doc.revision + 1});
    doc = (await getEditorDoc(prisma, {id: textId}))!;
    expect(doc.paragraphs).toEqual(start.paragraphs);
    expect(doc.links).toEqual(start.links);
  });

  test('two editors at once: one wins, the other is refused with the current state, nothing is overwritten', async () => {
    const prisma = db().prisma;
    const doc = (await getEditorDoc(prisma, {id: textId}))!;
    const [a, b] = await Promise.all([
      applyEdit(prisma, editor, {textId, revision: doc.revision, request: {kind: 'merge', row: 0}}, noAligner),
      applyEdit(
        prisma,
        other,
        {
          textId,
          revision: doc.revision,
          request: {kind: 'editParagraph', lang: 'id', position: 4, body: 'Diubah oleh Eva.'},
        },
        noAligner,
      ),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok)!;
    expect(refused).toMatchObject({ok: false, error: 'stale', current: {revision: doc.revision + 1}});
    const now = (await getEditorDoc(prisma, {id: textId}))!;
    // The refusal carries the text as it is now, in the outline the editor's page starts again from.
    if (refused.ok === false && refused.error === 'stale')
      expect(refused.current).toEqual(await getEditorOutline(prisma, {id: textId}));
    expect(refused.ok === false && refused.error === 'stale' && refused.current.revision).toBe(now.revision);
    // Only the winner's change is there.
    expect(now.links.length === doc.links.length - 1).toBe(a.ok);
    expect(now.paragraphs.id[4].body === 'Diubah oleh Eva.').toBe(b.ok);
    // A retry against the current revision goes through.
    const retry = a.ok
      ? await applyEdit(
          prisma,
          other,
          {
            textId,
            revision: now.revision,
            request: {kind: 'editParagraph', lang: 'id', position: 4, body: 'Diubah oleh Eva.'},
          },
          noAligner,
        )
      : await applyEdit(prisma, editor, {textId, revision: now.revision, request: {kind: 'merge', row: 0}}, noAligner);
    expect(retry.ok).toBe(true);
  });

  test('the history page restores an earlier state in one step', async () => {
    const prisma = db().prisma;
    const history = await listHistory(prisma, textId);
    const target = history.findLast((h) => h.operation === 'editParagraph' && !h.undone)!;
    const doc = (await getEditorDoc(prisma, {id: textId}))!;
    expect(
      await restoreRevision(prisma, editor, {textId, revision: doc.revision, number: target.number}),
    ).toMatchObject({ok: true});
    const restored = (await getEditorDoc(prisma, {id: textId}))!;
    expect(shape(restored)).toEqual(['0-1:0-1', '1-3:1-2', '3-4:2-4', '4-5:4-4']);
    expect(restored.paragraphs.id[4].body).not.toBe('Diubah oleh Eva.');
    expect(restored.paragraphs.en[0].body).toBe('Heavy rain hit Jakarta on Monday.');
  });

  test('publishing: draft → review → published, and only then do readers see it', async () => {
    const prisma = db().prisma;
    let doc = (await getEditorDoc(prisma, {id: textId}))!;
    expect(await getReaderText(prisma, 'demo-news')).toBeNull();
    await applyEdit(
      prisma,
      editor,
      {textId, revision: doc.revision, request: {kind: 'setStatus', status: 'review'}},
      noAligner,
    );
    expect(await getReaderText(prisma, 'demo-news')).toBeNull();
    doc = (await getEditorDoc(prisma, {id: textId}))!;
    expect(
      await applyEdit(
        prisma,
        editor,
        {textId, revision: doc.revision, request: {kind: 'setStatus', status: 'published'}},
        noAligner,
      ),
    ).toMatchObject({ok: true, status: 'published'});
    expect((await getReaderText(prisma, 'demo-news'))?.rows).toHaveLength(4);
  });

  test('splitting one spot again and again keeps the order, and undoing every split restores the text', async () => {
    const prisma = db().prisma;
    const start = (await getEditorDoc(prisma, {id: textId}))!;
    const long = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.';
    await applyEdit(
      prisma,
      editor,
      {textId, revision: start.revision, request: {kind: 'editParagraph', lang: 'en', position: 1, body: long}},
      noAligner,
    );
    // Each split puts a key between two neighbours; past ten at one spot the keys are spread out again.
    for (let i = 0; i < 14; i++) {
      const doc = (await getEditorDoc(prisma, {id: textId}))!;
      const body = doc.paragraphs.en[1].body;
      const r = await applyEdit(
        prisma,
        editor,
        {
          textId,
          revision: doc.revision,
          request: {kind: 'splitParagraph', lang: 'en', position: 1, offset: body.lastIndexOf(' ')},
        },
        noAligner,
      );
      expect(r.ok, body).toBe(true);
    }
    let doc = (await getEditorDoc(prisma, {id: textId}))!;
    expect(doc.paragraphs.en).toHaveLength(start.paragraphs.en.length + 14);
    expect(doc.paragraphs.en.slice(16)).toEqual(start.paragraphs.en.slice(2));
    // The words of the split paragraph, in their order, across the new paragraphs.
    expect(
      doc.paragraphs.en
        .slice(1, 16)
        .map((p) => p.body)
        .join(' '),
    ).toBe(long);
    // Search finds a later paragraph of the (published) text with its counterpart, though its key has moved on.
    const found = await searchTexts(prisma, 'Wednesday');
    const [hit] = (found.ok ? found.hits : []).filter((h) => h.slug === 'demo-news');
    expect(hit?.counterpart.map((c) => c.body)).toEqual([doc.paragraphs.id[3].body]);
    for (let i = 0; i < 15; i++)
      expect(await undoEdit(prisma, editor, {textId, revision: doc.revision + i})).toMatchObject({ok: true});
    doc = (await getEditorDoc(prisma, {id: textId}))!;
    expect(doc.paragraphs).toEqual(start.paragraphs);
    expect(doc.links).toEqual(start.links);
  });

  test('a detach leaves the rest of the row unconfirmed and scored by the aligner; undo and redo name the operation', async () => {
    const prisma = db().prisma;
    let doc = (await getEditorDoc(prisma, {id: textId}))!;
    const merged = await applyEdit(
      prisma,
      editor,
      {textId, revision: doc.revision, request: {kind: 'merge', row: 0}},
      noAligner,
    );
    expect(merged.ok && merged.change.links?.inserted[0]).toMatchObject({status: 'confirmed', score: 1});
    doc = (await getEditorDoc(prisma, {id: textId}))!;
    const seen: [string[], string[]][] = [];
    const scoring = (id: string[], en: string[]) => {
      seen.push([id, en]);
      return [{id: id.map((_, k) => k), en: en.map((_, k) => k), score: 0.42}];
    };
    const row = doc.links[0]!;
    const detached = await applyEdit(
      prisma,
      editor,
      {textId, revision: doc.revision, request: {kind: 'detach', row: 0, side: 'id', end: 'first'}},
      scoring,
    );
    expect(detached.ok).toBe(true);
    const after = (await getEditorDoc(prisma, {id: textId}))!;
    expect(after.links[0]).toMatchObject({
      idStart: row.idStart,
      idEnd: row.idStart + 1,
      enStart: row.enStart,
      enEnd: row.enStart,
      status: 'confirmed',
    });
    expect(after.links[1]).toMatchObject({
      idStart: row.idStart + 1,
      idEnd: row.idEnd,
      enStart: row.enStart,
      enEnd: row.enEnd,
      status: 'automatic',
      score: 0.42,
    });
    // The aligner was given exactly the paragraphs left in the row.
    expect(seen).toEqual([
      [
        doc.paragraphs.id.slice(row.idStart + 1, row.idEnd).map((p) => p.body),
        doc.paragraphs.en.slice(row.enStart, row.enEnd).map((p) => p.body),
      ],
    ]);
    const undone = await undoEdit(prisma, editor, {textId, revision: after.revision});
    expect(undone).toMatchObject({ok: true, operation: 'detach'});
    expect(await redoEdit(prisma, editor, {textId, revision: after.revision + 1})).toMatchObject({
      ok: true,
      operation: 'detach',
    });
    expect(await undoEdit(prisma, editor, {textId, revision: after.revision + 2})).toMatchObject({
      ok: true,
      operation: 'detach',
    });
    expect(await undoEdit(prisma, editor, {textId, revision: after.revision + 3})).toMatchObject({
      ok: true,
      operation: 'merge',
    });
  });

  test('after all of that, paragraph keys are unique and in order, and link positions are 0..n-1 (no index enforces either)', async () => {
    const prisma = db().prisma;
    const versions = await prisma.textVersion.findMany({
      where: {textId},
      select: {paragraphs: {select: {position: true}, orderBy: {position: 'asc'}}},
    });
    for (const v of versions) {
      const positions = v.paragraphs.map((p) => p.position);
      expect(
        positions.every((p, i) => i === 0 || p > positions[i - 1]),
        positions.join(' '),
      ).toBe(true);
    }
    const links = await prisma.alignmentLink.findMany({
      where: {textId},
      select: {position: true},
      orderBy: {position: 'asc'},
    });
    expect(links.map((l) => l.position)).toEqual(links.map((_, i) => i));
  });

  test("undo takes back the caller's own change, and refuses, naming who, when someone else changed the text since", async () => {
    const prisma = db().prisma;
    const start = (await getEditorDoc(prisma, {id: textId}))!;
    const edit = (body: string) => ({kind: 'editParagraph', lang: 'en', position: 0, body}) as const;
    const body = () =>
      getEditorDoc(prisma, {id: textId}).then(
        (d) => [d!.revision, d!.paragraphs.en[0].body, d!.paragraphs.id[0].body] as const,
      );
    expect(
      await applyEdit(prisma, editor, {textId, revision: start.revision, request: edit('Ed was here.')}, noAligner),
    ).toMatchObject({ok: true});
    const evaEdit = {kind: 'editParagraph', lang: 'id', position: 0, body: 'Eva di sini.'} as const;
    expect(
      await applyEdit(prisma, other, {textId, revision: start.revision + 1, request: evaEdit}, noAligner),
    ).toMatchObject({ok: true});
    // Ed's undo would take back Eva's change (the old shared stack) or undo beneath it: refused, text unchanged.
    const [revision] = await body();
    expect(await undoEdit(prisma, editor, {textId, revision})).toEqual({ok: false, error: 'undoBlocked', by: 'Eva'});
    expect(await body()).toEqual([revision, 'Ed was here.', 'Eva di sini.']);
    // Eva undoes her own change, then Ed his.
    expect(await undoEdit(prisma, other, {textId, revision})).toMatchObject({ok: true});
    expect(await body()).toEqual([revision + 1, 'Ed was here.', start.paragraphs.id[0].body]);
    expect(await undoEdit(prisma, other, {textId, revision: revision + 1})).toEqual({
      ok: false,
      error: 'nothingToUndo',
    });
    expect(await undoEdit(prisma, editor, {textId, revision: revision + 1})).toMatchObject({ok: true});
    expect(await body()).toEqual([revision + 2, start.paragraphs.en[0].body, start.paragraphs.id[0].body]);
    // Redo goes forward in the same order: Ed's change first, and only Ed may redo it.
    expect(await redoEdit(prisma, other, {textId, revision: revision + 2})).toEqual({
      ok: false,
      error: 'redoBlocked',
      by: 'Ed',
    });
    expect(await redoEdit(prisma, editor, {textId, revision: revision + 2})).toMatchObject({ok: true});
    expect(await redoEdit(prisma, editor, {textId, revision: revision + 3})).toEqual({
      ok: false,
      error: 'nothingToRedo',
    });
    expect(await redoEdit(prisma, other, {textId, revision: revision + 3})).toMatchObject({ok: true});
    expect(await body()).toEqual([revision + 4, 'Ed was here.', 'Eva di sini.']);
  });
});
