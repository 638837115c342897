import {beforeAll, expect, test} from 'vitest';
import {readContentDir} from '../../server/texts/contentFiles';
import {importTextSource} from '../../server/texts/importContent';
import {
  getKnownOverTime,
  getLearnLang,
  markTextKnown,
  MARK_KNOWN_LIMIT,
  setLearnLang,
  setWordStatus,
} from '../../server/learning/wordStatuses';
import {getTextWords} from '../../server/reader/textWords';
import {gradeCard} from '../../server/learning/vocabulary';
import type {ScoredRun} from '../../core/vocabulary';
import {describeOnBothDatabases} from '../helpers/databases';

const noAligner = (): ScoredRun[] => {
  throw new Error('the seed states its alignment');
};
const day = 86_400_000;
const monday = new Date('2026-03-02T09:00:00Z');
const slug = 'genpi-china-influence';

describeOnBothDatabases('the learner in the reader: word statuses, marking a text known, settings', (db) => {
  let userId = '';

  // Setup: the seed article and a learner.

  beforeAll(async () => {
    const seed = (await readContentDir()).find((s) => s.slug === slug)!;
    await importTextSource(db().prisma, seed, noAligner);
    userId = (
      await db().prisma.user.create({
        data: {id: 'learner-r', name: 'Learner', email: 'r@example.org'},
        select: {id: true},
      })
    ).id;
  });

  test('names (capitalised mid-sentence) and numbers are not new words; a capitalised word opening a sentence is', async () => {
    const words = (await getTextWords(db().prisma, userId, slug, 'id'))!;
    for (const name of ['beijing', 'blinken', 'pyongyang', 'washington', 'as', 'korea'])
      expect(words.forms[name], name).toBeUndefined();
    expect(words.forms['mereka']).toBe('unseen');
    expect(words.forms['menggunakan']).toBe('unseen');
    expect(Object.keys(words.forms).some((f) => /\d/.test(f))).toBe(false);
  });

  test('a level, then known, then ignored, from the popover: saved once, with the sentence while learning', async () => {
    const input = {
      lang: 'id' as const,
      word: 'mendesak',
      sentence: 'Mereka mendesak China.',
      translation: 'They urged China.',
      textSlug: slug,
    };
    expect(await setWordStatus(db().prisma, userId, input, {status: 'learning', level: 2}, monday)).toMatchObject({
      status: 'learning',
      level: 2,
    });
    expect(await setWordStatus(db().prisma, userId, input, {status: 'learning', level: 4}, monday)).toMatchObject({
      status: 'learning',
      level: 4,
    });
    const words = (await getTextWords(db().prisma, userId, slug, 'id'))!;
    expect(words.forms['mendesak']).toBe('learning');
    expect(words.levels['mendesak']).toBe(4);
    expect(await setWordStatus(db().prisma, userId, input, {status: 'known'}, monday)).toMatchObject({
      status: 'known',
      level: 5,
    });
    expect(
      await setWordStatus(db().prisma, userId, {...input, word: 'bungkam'}, {status: 'ignored'}, monday),
    ).toMatchObject({status: 'ignored'});
    const items = await db().prisma.vocabularyItem.findMany({
      where: {userId},
      select: {lemma: true, sentence: true},
      orderBy: {lemma: 'asc'},
    });
    expect(items).toEqual([
      {lemma: 'bungkam', sentence: null},
      {lemma: 'desak', sentence: input.sentence},
    ]);
  });

  test('marking a text known marks every unsaved word once and leaves saved ones alone; a second time marks nothing', async () => {
    const before = (await getTextWords(db().prisma, userId, slug, 'id'))!;
    const marked = await markTextKnown(db().prisma, userId, slug, 'id', monday);
    expect(marked).toBe(before.newWords);
    expect(marked).toBeLessThan(MARK_KNOWN_LIMIT);
    const after = (await getTextWords(db().prisma, userId, slug, 'id'))!;
    expect(after.newWords).toBe(0);
    expect(after.forms['bungkam']).toBe('ignored');
    expect(await markTextKnown(db().prisma, userId, slug, 'id', monday)).toBe(0);
    expect(await markTextKnown(db().prisma, userId, 'no-such-text', 'id', monday)).toBeNull();
  });

  test('known words over time count from the day they became known', async () => {
    const friday = new Date(monday.getTime() + 4 * day);
    const series = await getKnownOverTime(db().prisma, userId, friday, 7);
    expect(series.map((d) => d.day)).toEqual([
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
    ]);
    const known = await db().prisma.vocabularyItem.count({where: {userId, status: 'known'}});
    expect(series.map((d) => d.known)).toEqual([0, 0, known, known, known, known, known]);
    // A word graded later counts from its review: still known, so the total is the same.
    const item = await db().prisma.vocabularyItem.findFirstOrThrow({
      where: {userId, status: 'known'},
      select: {id: true},
    });
    await gradeCard(db().prisma, userId, item.id, 'easy', new Date(monday.getTime() + 2 * day));
    const later = await getKnownOverTime(db().prisma, userId, friday, 7);
    expect(later.at(-1)!.known).toBe(await db().prisma.vocabularyItem.count({where: {userId, status: 'known'}}));
  });

  test('the learnt language is kept per learner', async () => {
    expect(await getLearnLang(db().prisma, userId)).toBeNull();
    await setLearnLang(db().prisma, userId, 'en');
    await setLearnLang(db().prisma, userId, 'id');
    expect(await getLearnLang(db().prisma, userId)).toBe('id');
  });
});
