import {beforeAll, expect, test} from 'vitest';
import {readContentDir} from '../../server/texts/contentFiles';
import {importTextSource} from '../../server/texts/importContent';
import {storeLexicon} from '../../server/texts/lexiconStore';
import {searchTexts} from '../../server/reader/search';
import {getTextWords} from '../../server/reader/textWords';
import {
  countDueCards,
  getAnkiNotes,
  getDueCards,
  getReviewProgress,
  gradeCard,
  importKnownWords,
  saveWord,
} from '../../server/learning/vocabulary';
import type {ScoredRun} from '../../core/vocabulary';
import {describeOnBothDatabases} from '../helpers/databases';

const noAligner = (): ScoredRun[] => {
  throw new Error('the seed states its alignment');
};
const day = 86_400_000;
const monday = new Date('2026-03-02T09:00:00Z');

describeOnBothDatabases('vocabulary, review scheduling and search', (db) => {
  let userId = '';

  // Setup: the seed article and a learner.

  beforeAll(async () => {
    const seed = (await readContentDir()).find((s) => s.slug === 'genpi-china-influence')!;
    await importTextSource(db().prisma, seed, noAligner);
    userId = (
      await db().prisma.user.create({
        data: {id: 'learner-1', name: 'Learner', email: 'learner@example.org'},
        select: {id: true},
      })
    ).id;
  });

  test('saving menggunakan files it under its root with the sentence pair, once', async () => {
    const input = {
      lang: 'id' as const,
      word: 'menggunakan',
      sentence: 'Mereka menggunakan pengaruhnya.',
      translation: 'They use their influence.',
      textSlug: 'genpi-china-influence',
    };
    const item = await saveWord(db().prisma, userId, input, monday);
    expect(item).toMatchObject({
      lemma: 'guna',
      form: 'menggunakan',
      status: 'new',
      sentence: input.sentence,
      text: {slug: 'genpi-china-influence'},
    });
    expect(item!.gloss).toMatch(/use/);
    await saveWord(db().prisma, userId, {...input, word: 'digunakan'}, monday);
    expect(await db().prisma.vocabularyItem.count({where: {userId}})).toBe(1);
  });

  test('the same word saved twice at once is one item, and neither save fails', async () => {
    const other = (
      await db().prisma.user.create({
        data: {id: 'learner-twice', name: 'Twice', email: 'twice@example.org'},
        select: {id: true},
      })
    ).id;
    const saves = await Promise.all(
      ['bertemu', 'pertemuan', 'bertemu'].map((word) => saveWord(db().prisma, other, {lang: 'id', word}, monday)),
    );
    expect(saves.every((item) => item?.lemma === 'temu')).toBe(true);
    expect(await db().prisma.vocabularyItem.count({where: {userId: other}})).toBe(1);
  });

  test('a new card is due at once; graded good twice it is due again days later, not the next hour', async () => {
    expect(await countDueCards(db().prisma, userId, monday)).toBe(1);
    const [card] = await getDueCards(db().prisma, userId, monday);
    const first = await gradeCard(db().prisma, userId, card!.id, 'good', monday);
    expect(first!.due.getTime() - monday.getTime()).toBeLessThan(day);
    expect(await countDueCards(db().prisma, userId, monday)).toBe(0);
    const tuesday = new Date(monday.getTime() + day);
    expect(await countDueCards(db().prisma, userId, tuesday)).toBe(1);
    const second = await gradeCard(db().prisma, userId, card!.id, 'good', tuesday);
    expect(second!.state).toBe(2);
    expect(second!.scheduledDays).toBeGreaterThanOrEqual(1);
    // Stored as scheduled: the card comes back exactly when FSRS said.
    const stored = await db().prisma.vocabularyItem.findUniqueOrThrow({
      where: {id: card!.id},
      select: {due: true, reps: true, status: true, reviews: {select: {rating: true}}},
    });
    expect(stored).toMatchObject({due: second!.due, reps: 2, status: 'learning'});
    expect(stored.reviews.map((r) => r.rating)).toEqual([3, 3]);
    expect(await countDueCards(db().prisma, userId, new Date(second!.due.getTime() - 1000))).toBe(0);
    expect(await countDueCards(db().prisma, userId, second!.due)).toBe(1);
    const progress = await getReviewProgress(db().prisma, userId, tuesday);
    expect(progress.daily.slice(-2).map((d) => d.reviews)).toEqual([1, 1]);
    expect(progress.byStatus.learning).toBe(1);
  });

  test('another learner cannot grade my card', async () => {
    const [item] = await db().prisma.vocabularyItem.findMany({where: {userId}, select: {id: true}});
    expect(await gradeCard(db().prisma, 'someone-else', item!.id, 'easy', monday)).toBeNull();
  });

  test('a known-words list is lemmatised and marks words known without drilling them', async () => {
    const result = await importKnownWords(
      db().prisma,
      userId,
      'id',
      ['pengaruhnya', 'pengaruh', 'mencegah', 'rumah'],
      monday,
    );
    expect(result).toEqual({ok: true, added: 3, updated: 0});
    expect(await countDueCards(db().prisma, userId, new Date(monday.getTime() + 400 * day))).toBe(1);
    const words = await getTextWords(db().prisma, userId, 'genpi-china-influence', 'id');
    expect(words!.forms['pengaruhnya']).toBe('known');
    expect(words!.forms['menggunakan']).toBe('learning');
    expect(words!.forms['mengirim']).toBe('unseen');
    expect(words!.forms['blinken']).toBeUndefined();
    expect(words!.newWords).toBeGreaterThan(50);
    expect(words!.newWords).toBeLessThan(words!.totalWords);
  });

  test('the Anki export carries the sentence pair', async () => {
    const notes = await getAnkiNotes(db().prisma, userId);
    expect(notes.find((n) => n.lemma === 'guna')).toMatchObject({
      word: 'menggunakan',
      translation: 'They use their influence.',
      source: 'genpi-china-influence',
    });
  });

  test('searching guna finds menggunakan, with the aligned English paragraph, highlighted and placed in its reader row', async () => {
    const search = async (q: string, page?: number) => {
      const result = await searchTexts(db().prisma, q, {page});
      if (!result.ok) throw new Error('search timed out');
      return result;
    };
    const {hits} = await search('guna');
    const hit = hits.find((h) => h.lang === 'id' && /menggunakan/.test(h.body));
    expect(hit).toBeDefined();
    expect(hit!.counterpart[0]).toMatchObject({lang: 'en'});
    expect(hit!.counterpart[0]!.body).toMatch(/use/);
    expect(hit!.segments.filter((s) => s.match).map((s) => s.text)).toContain('menggunakan');
    expect(hit!.segments.map((s) => s.text).join('')).toBe(hit!.body);
    // The seed states its alignment: the row is the link that holds the paragraph.
    const seed = (await readContentDir()).find((s) => s.slug === 'genpi-china-influence')!;
    const ordinal = seed.versions.id!.paragraphs.indexOf(hit!.body);
    expect(seed.alignment![hit!.row]!.id).toContain(ordinal);
    const english = await search('using influence');
    expect(
      english.hits.some((h) => h.lang === 'en' && /use its influence/.test(h.body) && h.counterpart[0]?.lang === 'id'),
    ).toBe(true);
    expect(await search('   ')).toMatchObject({hits: [], hasMore: false});
    // Several words must all match (each in any of its forms).
    const both = await search('guna pengaruh Korea');
    expect(both.hits.length).toBeGreaterThan(0);
    expect(both.hits.every((h) => h.lang === 'en' || (/gun/i.test(h.body) && /pengaruh/i.test(h.body)))).toBe(true);
    expect((await search("guna & | ! ( 'x")).ok).toBe(true);
  });

  test('the lexicon is stored once and then left alone', async () => {
    const first = await storeLexicon(db().prisma);
    expect(first).toMatchObject({stored: expect.any(Number)});
    expect(await storeLexicon(db().prisma)).toBe('unchanged');
    const guna = await db().prisma.lexiconEntry.findFirst({
      where: {lang: 'id', headword: 'guna'},
      select: {glosses: true},
    });
    expect(guna?.glosses).toContain('use');
  });
});
