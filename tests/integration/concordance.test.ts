import path from 'node:path';
import {expect, test} from 'vitest';
import type {ScoredRun} from '../../core/vocabulary';
import {refreshConcordance} from '../../server/concordance/refresh';
import {searchConcordance} from '../../server/concordance/search';
import {importTmxToMemory} from '../../server/memory/translationMemory';
import {readContentDir} from '../../server/texts/contentFiles';
import {importTextSource} from '../../server/texts/importContent';
import {getTermLexicon} from '../../server/terms/termLexicon';
import {decideTerm, findTermForPhrase, proposeTerms, termAt} from '../../server/terms/terms';
import {getEditorRowWords} from '../../server/editor/rowWords';
import {getWordAligner} from '../../server/wordalign/loadAligner';
import {getTextWordLinks} from '../../server/wordalign/store';
import {describeOnBothDatabases} from '../helpers/databases';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'content');
const noAligner = (): ScoredRun[] => {
  throw new Error('the fixtures state their alignment');
};
const marked = (side: {text: string; marks: [number, number, string][]}, kind: string) =>
  side.marks.filter((m) => m[2] === kind).map(([s, e]) => side.text.slice(s, e));

describeOnBothDatabases('the bilingual concordance and multi-word terms', (db) => {
  test('published texts become sentence pairs; a word is found in any form, its translation marked and tallied', async () => {
    const prisma = db().prisma;
    const [source] = await readContentDir(fixtures);
    await importTextSource(prisma, source!, noAligner, 'published');
    await importTextSource(prisma, {...source!, slug: 'concordance-draft'}, noAligner, 'draft');
    const first = await refreshConcordance(prisma);
    expect(first).toMatchObject({texts: 1, dropped: 0});
    expect(first.pairs).toBeGreaterThan(3);
    // Nothing changed: nothing is rebuilt.
    expect(await refreshConcordance(prisma)).toMatchObject({texts: 0, pairs: 0});

    const found = await searchConcordance(prisma, {q: 'perahu', from: 'id'});
    if (!found.ok) throw new Error(found.error);
    expect(found.result.total).toBe(1);
    const [pair] = found.result.pairs;
    expect(marked(pair!.id, 'hit')).toEqual(['perahu']);
    expect(marked(pair!.en, 'pair')).toEqual(['boats']);
    expect(pair!.source).toMatchObject({kind: 'text', slug: 'demo-news', row: 1});
    expect(found.result.tally).toEqual([{translation: 'boats', count: 1}]);

    // Another form of the root finds the same pairs: guna ← menggunakan, digunakan.
    const inflected = await searchConcordance(prisma, {q: 'digunakan', from: 'id'});
    expect(inflected.ok && inflected.result.pairs.map((p) => marked(p.id, 'hit'))).toEqual([['menggunakan']]);
    // English words by their lemma, with the Indonesian words marked.
    const english = await searchConcordance(prisma, {q: 'residents', from: 'en'});
    if (!english.ok) throw new Error(english.error);
    expect(english.result.total).toBe(2);
    expect(english.result.pairs.flatMap((p) => marked(p.id, 'pair'))).toContain('Warga');
    // Any inflection of an English word, regular or not, finds the others: use, using → used.
    for (const q of ['use', 'using', 'used']) {
      const use = await searchConcordance(prisma, {q, from: 'en'});
      if (!use.ok) throw new Error(use.error);
      expect(use.result.pairs.map((p) => marked(p.en, 'hit'))).toEqual([['used']]);
      expect(use.result.pairs.flatMap((p) => marked(p.id, 'pair'))).toEqual(['menggunakan']);
    }
    const fall = await searchConcordance(prisma, {q: 'falls', from: 'en'});
    expect(fall.ok && fall.result.pairs.map((p) => marked(p.en, 'hit'))).toEqual([['fell']]);
    // A word that only looks like a form of another is not one: "us" is not "used".
    expect(await searchConcordance(prisma, {q: 'us', from: 'en'})).toMatchObject({ok: true, result: {total: 0}});
    // A phrase: its words in a row.
    const phrase = await searchConcordance(prisma, {q: 'perahu karet', from: 'id'});
    expect(phrase.ok && phrase.result.pairs.map((p) => marked(p.id, 'hit'))).toEqual([['perahu', 'karet']]);
    // Grammar words are not listed; nonsense finds nothing; bad queries are refused.
    expect(await searchConcordance(prisma, {q: 'yang', from: 'id'})).toMatchObject({ok: true, result: {common: true}});
    expect(await searchConcordance(prisma, {q: 'zzzq', from: 'id'})).toMatchObject({ok: true, result: {total: 0}});
    expect(await searchConcordance(prisma, {q: '  ', from: 'id'})).toEqual({ok: false, error: 'empty'});
    expect(await searchConcordance(prisma, {q: 'a b c d e', from: 'id'})).toEqual({ok: false, error: 'tooLong'});
  });

  test('pages follow a cursor; the draft is never shown; withdrawing a text takes its pairs and tally away', async () => {
    const prisma = db().prisma;
    const page1 = await searchConcordance(prisma, {q: 'warga', from: 'id', limit: 1});
    if (!page1.ok) throw new Error(page1.error);
    expect(page1.result.pairs).toHaveLength(1);
    expect(page1.result.next).not.toBeNull();
    const page2 = await searchConcordance(prisma, {q: 'warga', from: 'id', limit: 1, after: page1.result.next!});
    if (!page2.ok) throw new Error(page2.error);
    expect(page2.result.pairs[0]!.pairId).toBeGreaterThan(page1.result.pairs[0]!.pairId);
    expect(page2.result.next).toBeNull();
    expect([...page1.result.pairs, ...page2.result.pairs].every((p) => p.source.kind === 'text')).toBe(true);
    expect(
      [...page1.result.pairs, ...page2.result.pairs].map((p) => p.source.kind === 'text' && p.source.slug),
    ).not.toContain('concordance-draft');

    await prisma.text.update({where: {slug: 'demo-news'}, data: {status: 'draft'}});
    expect(await refreshConcordance(prisma)).toMatchObject({dropped: 1});
    expect(await searchConcordance(prisma, {q: 'warga', from: 'id'})).toMatchObject({
      ok: true,
      result: {total: 0, pairs: []},
    });
    expect(await prisma.concordanceTally.count()).toBe(0);
    await prisma.text.update({where: {slug: 'demo-news'}, data: {status: 'published'}});
    expect(await refreshConcordance(prisma)).toMatchObject({texts: 1});
  });

  test('the translation memory’s imported pairs are in it, marked as the memory’s', async () => {
    const prisma = db().prisma;
    const tmx = `<tmx version="1.4"><header srclang="id"/><body><tu><tuv xml:lang="id"><seg>Perahu nelayan berlabuh di pelabuhan.</seg></tuv><tuv xml:lang="en"><seg>The fishing boat docked in the harbour.</seg></tuv></tu></body></tmx>`;
    expect(await importTmxToMemory(prisma, tmx)).toMatchObject({units: 1});
    expect(await refreshConcordance(prisma)).toMatchObject({memory: 1});
    const found = await searchConcordance(prisma, {q: 'perahu', from: 'id'});
    if (!found.ok) throw new Error(found.error);
    expect(found.result.total).toBe(2);
    const memory = found.result.pairs.find((p) => p.source.kind === 'memory');
    expect(memory && marked(memory.en, 'pair')).toEqual(['boat']);
  });

  test('terms: proposed ones show, confirmed ones join the aligner’s lexicon and change its version, rejected ones vanish', async () => {
    const prisma = db().prisma;
    const before = await getWordAligner(prisma);
    const text = await prisma.text.findUniqueOrThrow({where: {slug: 'demo-news'}, select: {id: true}});
    const storedHashes = async () =>
      new Set(
        (await prisma.wordAlignment.findMany({where: {textId: text.id}, select: {hash: true}})).map((w) => w.hash),
      );
    await getTextWordLinks(prisma, text.id);
    const hashesBefore = await storedHashes();
    // A second published text, without the phrase: confirming the term leaves its pairs as they are.
    const [source] = await readContentDir(fixtures);
    const id = source!.versions.id!;
    const withoutPhrase = {...id, paragraphs: id.paragraphs.map((p) => p.replace('perahu karet', 'perahu'))};
    await importTextSource(
      prisma,
      {...source!, slug: 'no-dinghy', versions: {...source!.versions, id: withoutPhrase}},
      noAligner,
      'published',
    );
    expect(await refreshConcordance(prisma)).toMatchObject({texts: 1});
    const pairsNow = async () =>
      (
        await prisma.concordancePair.findMany({
          where: {textId: {not: null}},
          select: {id: true, row: true, text: {select: {slug: true}}},
          orderBy: {id: 'asc'},
        })
      ).map((p) => ({id: p.id, row: p.row, slug: p.text!.slug}));
    const pairsBefore = await pairsNow();
    expect(await findTermForPhrase(prisma, ['perahu', 'karet'])).toBeNull();
    const term = await prisma.multiWordTerm.create({
      data: {phrase: 'perahu karet', gloss: 'dinghy', units: 2, occurrences: 2},
      select: {id: true},
    });
    expect(await termAt(prisma, ['perahu', 'karet', 'itu'])).toEqual({
      phrase: 'perahu karet',
      gloss: 'dinghy',
      status: 'proposed',
    });
    // Proposed terms are not in the lexicon yet.
    expect((await getTermLexicon(prisma)).digest).toBe('');
    const [editor] = await prisma.user.findMany({take: 1, select: {id: true}});
    const userId =
      editor?.id ??
      (await prisma.user.create({data: {id: 'term-editor', name: 'T', email: 't@example.org'}, select: {id: true}})).id;
    expect(await decideTerm(prisma, userId, {id: term.id, status: 'confirmed'})).toBe(true);
    const after = await getWordAligner(prisma);
    expect(after.version).not.toBe(before.version);
    expect(after.version).toMatch(/terms-/);
    // Only the row that holds the phrase is aligned again; the others keep their stored links.
    await getTextWordLinks(prisma, text.id);
    const hashesAfter = await storedHashes();
    expect(hashesAfter.size).toBe(hashesBefore.size);
    expect([...hashesAfter].filter((h) => !hashesBefore.has(h))).toHaveLength(1);
    const concordance = await searchConcordance(prisma, {q: 'perahu karet', from: 'id'});
    expect(concordance.ok && concordance.result.term).toEqual({
      phrase: 'perahu karet',
      gloss: 'dinghy',
      status: 'confirmed',
    });
    // The concordance looks again at the row that holds the phrase (row 1 of demo-news) and nothing else:
    // its pairs are written anew where the term moved a link, and kept under the row's new hash where not.
    const phraseRowHashes = async () =>
      (
        await prisma.concordancePair.findMany({
          where: {text: {slug: 'demo-news'}, row: 1},
          select: {rowHash: true},
        })
      ).map((p) => p.rowHash);
    const hashBefore = await phraseRowHashes();
    const confirmed = await refreshConcordance(prisma);
    const inPhraseRow = (p: {slug: string; row: number | null}) => p.slug === 'demo-news' && p.row === 1;
    const pairsAfter = await pairsNow();
    expect(pairsAfter.filter((p) => !inPhraseRow(p))).toEqual(pairsBefore.filter((p) => !inPhraseRow(p)));
    const rewritten = pairsAfter.filter((p) => inPhraseRow(p) && !pairsBefore.some((b) => b.id === p.id));
    expect(confirmed.pairs).toBe(rewritten.length);
    expect(pairsAfter.filter(inPhraseRow)).toHaveLength(pairsBefore.filter(inPhraseRow).length);
    const hashAfter = await phraseRowHashes();
    expect(hashAfter.length).toBeGreaterThan(0);
    expect(hashAfter.some((h) => hashBefore.includes(h))).toBe(false);
    expect(await refreshConcordance(prisma)).toMatchObject({texts: 0});
    expect(await decideTerm(prisma, userId, {id: term.id, status: 'rejected'})).toBe(true);
    expect(await findTermForPhrase(prisma, ['perahu', 'karet'])).toBeNull();
    expect(await decideTerm(prisma, userId, {id: 'no-such-term', status: 'confirmed'})).toBe(false);
    // Discovery never proposes a rejected phrase again.
    await proposeTerms(prisma);
    expect(await prisma.multiWordTerm.findUnique({where: {phrase: 'perahu karet'}, select: {status: true}})).toEqual({
      status: 'rejected',
    });
  });

  test('the editor gets each row’s packed links and a suspicious flag for a row that pairs the wrong paragraphs', async () => {
    const prisma = db().prisma;
    const text = await prisma.text.findUniqueOrThrow({where: {slug: 'demo-news'}, select: {id: true}});
    const rows = (await getEditorRowWords(prisma, text.id, 0, 10))!;
    expect(rows).toHaveLength(await prisma.alignmentLink.count({where: {textId: text.id}}));
    expect(rows[0]!.words).toMatch(/^\d+:\d+/);
    // Every row of the fixture pairs a paragraph with its translation.
    expect(rows.some((r) => r.suspicious)).toBe(false);
    expect(await getEditorRowWords(prisma, 'no-such-text', 0, 10)).toBeNull();
  });
});
