// Exports on both databases: provenance of machine and post-edited paragraphs in TSV, JSON and TMX,
// spreadsheet formulas neutralised in TSV, a TMX export loaded back into the memory as machine
// entries, and exports streamed chunk by chunk at one revision of the text.
import path from 'node:path';
import {beforeAll, expect, test} from 'vitest';
import type {Actor} from '../../core/accounts/roles';
import {ensureUser} from '../../server/accounts/people';
import {readContentDir} from '../../server/texts/contentFiles';
import {getAlignedExport, getExportHead, renderExport, streamExport, tsvCell} from '../../server/editor/exports';
import {applyEdit} from '../../server/editor/operations';
import {importTextSource} from '../../server/texts/importContent';
import {findExact, findFuzzy} from '../../server/memory/memoryLookup';
import {importTmxToMemory} from '../../server/memory/translationMemory';
import {describeOnBothDatabases} from '../helpers/databases';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'content');
const now = new Date('2026-12-06T12:00:00Z');

test('a TSV cell that a spreadsheet would run as a formula starts with an apostrophe', () => {
  for (const formula of [
    '=HYPERLINK("http://evil","x")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '  =1',
    '\u00a0@x',
  ]) {
    expect(tsvCell([formula])).toMatch(/^'/);
  }
  expect(tsvCell(['=1', 'b'])).toBe("'=1 ¶ b");
  expect(tsvCell(['Hujan deras = banjir'])).toBe('Hujan deras = banjir');
  expect(tsvCell(['a\tb\nc'])).toBe('a b c');
});

describeOnBothDatabases('exports', (db) => {
  let editor: Actor;
  let textId: string;

  // Setup: the demo text with a machine-translated and a post-edited English paragraph.

  beforeAll(async () => {
    const prisma = db().prisma;
    await ensureUser(prisma, {email: 'ed@example.org', password: 'password-1', name: 'Ed', role: 'editor'});
    editor = {id: (await prisma.user.findUniqueOrThrow({where: {email: 'ed@example.org'}})).id, role: 'editor'};
    const [source] = await readContentDir(fixtures);
    await importTextSource(prisma, source, () => []);
    textId = (await prisma.text.findUniqueOrThrow({where: {slug: 'demo-news'}})).id;
    const en = await prisma.textVersion.update({
      where: {textId_lang: {textId, lang: 'en'}},
      data: {engine: 'openai', model: 'gpt-test'},
      select: {id: true},
    });
    const paragraphs = await prisma.paragraph.findMany({
      where: {versionId: en.id},
      orderBy: {position: 'asc'},
      select: {id: true},
    });
    await prisma.paragraph.update({where: {id: paragraphs[0].id}, data: {provenance: 'machine'}});
    await prisma.paragraph.update({where: {id: paragraphs[1].id}, data: {provenance: 'postedited'}});
  });

  test('JSON: each row lists the provenance of its paragraphs; the versions name engine and model', async () => {
    const text = (await getAlignedExport(db().prisma, 'demo-news', {includeUnpublished: false}))!;
    expect(text.versions.en).toEqual({provenance: 'human', engine: 'openai', model: 'gpt-test'});
    expect(text.rows.map((r) => r.provenance)).toEqual([
      {id: ['original'], en: ['machine']},
      {id: ['original', 'original'], en: ['postedited']},
      {id: ['original'], en: ['human', 'human']},
      {id: ['original'], en: []},
    ]);
    const head = (await getExportHead(db().prisma, 'demo-news', {includeUnpublished: false}))!;
    expect(JSON.parse(await renderExport(db().prisma, head, 'json', now))).toEqual(text);
  });

  test('TSV: an origin column per side, with the engine of machine text; formulas neutralised', async () => {
    const prisma = db().prisma;
    const doc = await prisma.text.findUniqueOrThrow({where: {id: textId}, select: {revision: true}});
    const edit = {
      kind: 'editParagraph',
      lang: 'id',
      position: 4,
      body: '=HYPERLINK("http://evil.example","klik")',
    } as const;
    expect(await applyEdit(prisma, editor, {textId, revision: doc.revision, request: edit}, () => [])).toMatchObject({
      ok: true,
    });
    const head = (await getExportHead(prisma, 'demo-news', {includeUnpublished: false}))!;
    const lines = (await renderExport(prisma, head, 'tsv', now))
      .split('\n')
      .slice(0, -1)
      .map((l) => l.split('\t'));
    expect(lines[0]).toEqual(['id', 'en', 'score', 'status', 'id_origin', 'en_origin']);
    expect(lines[1].slice(4)).toEqual(['original', 'machine: openai gpt-test']);
    expect(lines[2].slice(4)).toEqual(['original', 'postedited: openai gpt-test']);
    expect(lines[3].slice(4)).toEqual(['original', 'human']);
    expect(lines[4][0]).toBe('\'=HYPERLINK("http://evil.example","klik")');
    // Editing the original text leaves it original; the row has no English.
    expect(lines[4].slice(4)).toEqual(['original', '']);
  });

  test('TMX: machine variants say so with engine and model; a row without counterpart has one variant, no empty seg', async () => {
    const prisma = db().prisma;
    const head = (await getExportHead(prisma, 'demo-news', {includeUnpublished: false}))!;
    const xml = await renderExport(prisma, head, 'tmx', now);
    expect(xml).toContain(
      '<tuv xml:lang="en"><prop type="x-selaras-origin">machine</prop><prop type="x-selaras-engine">openai</prop>' +
        '<prop type="x-selaras-model">gpt-test</prop><seg>Heavy rain fell on Jakarta on Monday.</seg></tuv>',
    );
    expect(xml).not.toMatch(/<seg><\/seg>/);
    const lastUnit = xml.slice(xml.lastIndexOf('<tu '));
    expect(lastUnit.match(/<tuv /g)).toHaveLength(1);
  });

  test("round trip: the TMX export loaded into the memory keeps machine entries apart from people's translations", async () => {
    const prisma = db().prisma;
    const head = (await getExportHead(prisma, 'demo-news', {includeUnpublished: false}))!;
    expect(await importTmxToMemory(prisma, await renderExport(prisma, head, 'tmx', now))).toMatchObject({
      units: 4,
      skipped: 1,
    });
    const machine = 'Heavy rain fell on Jakarta on Monday.';
    const entries = await prisma.memoryEntry.findMany({
      where: {OR: [{source: machine}, {target: machine}]},
      select: {origin: true},
    });
    expect(entries.map((e) => e.origin)).toEqual(['machine', 'machine']);
    const postedited = await prisma.memoryEntry.findFirstOrThrow({
      where: {targetLang: 'en', target: {startsWith: 'Many streets'}},
      select: {origin: true, source: true},
    });
    expect(postedited.origin).toBe('postedited');
    // Drafts take exact matches as human work: machine output is never one of them.
    const [source] = await readContentDir(fixtures);
    expect(await findExact(prisma, 'id', 'en', [source.versions.id!.paragraphs[0], postedited.source])).toEqual([
      null,
      null,
    ]);
    expect(await findExact(prisma, 'id', 'en', [source.versions.id!.paragraphs[3]])).toEqual([
      `${source.versions.en!.paragraphs[2]}\n${source.versions.en!.paragraphs[3]}`,
    ]);
    // The editor's match panel still sees it, marked as machine.
    const [fuzzy] = await findFuzzy(prisma, 'id', 'en', source.versions.id!.paragraphs[0], {limit: 1});
    expect(fuzzy).toMatchObject({target: machine, origin: 'machine', percent: 100});
  });

  test('streamed in chunks of two rows, every format is the same as in one chunk', async () => {
    const prisma = db().prisma;
    const head = (await getExportHead(prisma, 'demo-news', {includeUnpublished: false}))!;
    for (const format of ['tmx', 'tsv', 'json'] as const) {
      const small = await new Response(streamExport(prisma, head, format, now, 2)).text();
      expect(small).toBe(await renderExport(prisma, head, format, now));
    }
  });

  test('an edit during a streamed export ends it with an error instead of mixing two states', async () => {
    const prisma = db().prisma;
    const head = (await getExportHead(prisma, 'demo-news', {includeUnpublished: false}))!;
    const reader = streamExport(prisma, head, 'tsv', now, 1).getReader();
    await reader.read();
    await reader.read();
    const edit = {kind: 'editParagraph', lang: 'en', position: 3, body: 'Schools stay closed.'} as const;
    expect(await applyEdit(prisma, editor, {textId, revision: head.revision, request: edit}, () => [])).toMatchObject({
      ok: true,
    });
    await expect(async () => {
      for (let i = 0; i < 10; i++) if ((await reader.read()).done) return;
    }).rejects.toThrow(/changed during its export/);
  });
});
