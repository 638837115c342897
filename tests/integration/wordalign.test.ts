import path from 'node:path';
import {beforeAll, expect, test} from 'vitest';
import {ensureUser} from '../../server/accounts/people';
import {readContentDir} from '../../server/texts/contentFiles';
import {applyEdit} from '../../server/editor/operations';
import {getEditorDoc} from '../../server/editor/texts';
import {importTextSource} from '../../server/texts/importContent';
import type {ScoredRun} from '../../core/vocabulary';
import {corpusModelDigest, trainCorpusModel} from '../../server/wordalign/corpusModel';
import {getTextRows, getTextWordLinks} from '../../server/wordalign/store';
import {databaseTrainingPairs} from '../../server/wordalign/training';
import {loadLexicon} from '../../server/texts/lexiconFiles';
import {describeOnBothDatabases} from '../helpers/databases';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'content');
const noAligner = (): ScoredRun[] => {
  throw new Error('the fixtures state their alignment');
};

describeOnBothDatabases('word links of a text, stored per row', (db) => {
  let textId = '';
  beforeAll(async () => {
    const prisma = db().prisma;
    const [source] = await readContentDir(fixtures);
    await importTextSource(prisma, source, noAligner);
    textId = (await prisma.text.findUniqueOrThrow({where: {slug: 'demo-news'}})).id;
  });

  test('computed on demand for every row, stored, and found again without aligning', async () => {
    const prisma = db().prisma;
    const rows = (await getTextWordLinks(prisma, textId))!;
    expect(rows.length).toBe(await prisma.alignmentLink.count({where: {textId}}));
    const doc = (await getEditorDoc(prisma, {id: textId}))!;
    // Every token points into its paragraph; a 1-1 row of prose has links.
    rows.forEach((row, k) => {
      const link = doc.links[k]!;
      for (const [p, start, end] of row.id) {
        expect(start).toBeLessThan(end);
        expect(end).toBeLessThanOrEqual(doc.paragraphs.id[link.idStart + p]!.body.length);
      }
      for (const [a, b, c] of row.links) {
        expect(a).toBeLessThan(row.id.length);
        expect(b).toBeLessThan(row.en.length);
        expect(c).toBeGreaterThan(0);
      }
    });
    expect(rows[0]!.links.length).toBeGreaterThan(0);
    const stored = await prisma.wordAlignment.count({where: {textId}});
    expect(stored).toBeGreaterThan(0);
    const again = await getTextWordLinks(prisma, textId);
    expect(again).toEqual(rows);
    expect(await prisma.wordAlignment.count({where: {textId}})).toBe(stored);
  });

  test("a range of rows reads only its paragraphs and equals that slice of the whole text's rows", async () => {
    const prisma = db().prisma;
    const all = (await getTextRows(prisma, textId))!;
    // The fixture's rows are 1-1, 2-1, 1-2 and 1-0: a range starting or ending anywhere keeps both languages in step.
    for (let from = 0; from < all.length; from++)
      for (let to = from; to <= all.length; to++)
        expect(await getTextRows(prisma, textId, {from, to}), `rows [${from}, ${to})`).toEqual(all.slice(from, to));
    expect(await getTextRows(prisma, 'no such text', {from: 0, to: 2})).toBeNull();
  });

  test('an edited paragraph re-aligns its row only, and its old links are never served', async () => {
    const prisma = db().prisma;
    await ensureUser(prisma, {email: 'wa@example.org', password: 'password-1', name: 'Wa', role: 'editor'});
    const editor = {
      id: (await prisma.user.findUniqueOrThrow({where: {email: 'wa@example.org'}})).id,
      role: 'editor' as const,
    };
    const before = (await getTextWordLinks(prisma, textId))!;
    const doc = (await getEditorDoc(prisma, {id: textId}))!;
    const edit = {
      kind: 'editParagraph',
      lang: 'id',
      position: 0,
      body: 'Hujan deras turun di Jakarta pada hari Senin.',
    } as const;
    expect(await applyEdit(prisma, editor, {textId, revision: doc.revision, request: edit}, noAligner)).toMatchObject({
      ok: true,
    });
    const first = (await getTextWordLinks(prisma, textId, {from: 0, to: 1}))!;
    const tokens = (await getEditorDoc(prisma, {id: textId}))!.paragraphs.id[0]!.body;
    const words = first[0]!.id.map(([, s, e]) => tokens.slice(s, e));
    expect(words.slice(0, 3)).toEqual(['Hujan', 'deras', 'turun']);
    expect(first[0]).not.toEqual(before[0]);
    const after = (await getTextWordLinks(prisma, textId))!;
    expect(after.slice(1)).toEqual(before.slice(1));
    // The whole-text read dropped the entry of the paragraph as it was.
    expect(await prisma.wordAlignment.count({where: {textId}})).toBe(new Set(after.map((r) => JSON.stringify(r))).size);
  });

  test('a model trained on the database’s sentences replaces the stored links (computed anew, old ones pruned)', async () => {
    const prisma = db().prisma;
    const before = (await getTextWordLinks(prisma, textId))!;
    const stored = await prisma.wordAlignment.findMany({where: {textId}, select: {hash: true}});
    const trained = await trainCorpusModel(prisma);
    expect(trained.sentences).toBeGreaterThan(0);
    expect(await corpusModelDigest(prisma)).toBe(trained.digest);
    const after = (await getTextWordLinks(prisma, textId))!;
    expect(after.length).toBe(before.length);
    const now = await prisma.wordAlignment.findMany({where: {textId}, select: {hash: true}});
    expect(now.some((r) => stored.some((s) => s.hash === r.hash))).toBe(false);
  });

  test('one text gives the training at most its share of sentence pairs, the first rows first', async () => {
    const prisma = db().prisma;
    const lexicon = loadLexicon();
    const all = await databaseTrainingPairs(prisma, lexicon, undefined, 20_000, 20_000);
    expect(all.length).toBeGreaterThan(2);
    const capped = await databaseTrainingPairs(prisma, lexicon, undefined, 20_000, 1);
    // A row's sentences stay together: the share may be passed by the last row's other sentences.
    expect(capped.length).toBeGreaterThanOrEqual(1);
    expect(capped.length).toBeLessThan(all.length);
    expect(capped).toEqual(all.slice(0, capped.length));
  });

  test('re-importing forgets the stored links; an unknown text is null', async () => {
    const prisma = db().prisma;
    const [source] = await readContentDir(fixtures);
    const changed = structuredClone(source);
    changed.versions.en!.paragraphs[0] = 'Torrential rain fell on Jakarta on Monday.';
    expect(await importTextSource(prisma, changed, noAligner, {replaceEdited: true})).toBe('updated');
    expect(await prisma.wordAlignment.count({where: {textId}})).toBe(0);
    expect(await getTextWordLinks(prisma, 'no-such-text')).toBeNull();
  });
});
