import {beforeAll, expect, test} from 'vitest';
import {importKnownWords, MAX_IMPORT_WORDS} from '../../server/learning/knownWords';
import {listVocabulary, saveWord, setVocabularyStatus, VOCABULARY_PAGE_SIZE} from '../../server/learning/vocabulary';
import {describeOnBothDatabases} from '../helpers/databases';

const now = new Date('2026-03-02T09:00:00Z');
// Made-up words the lexicon does not know, so each is its own lemma.
const words = (n: number, from = 0) => Array.from({length: n}, (_, k) => `zq${(from + k).toString(36)}x`);

describeOnBothDatabases('known-word import and the vocabulary pages', (db) => {
  let userId = '';

  // A learner with one saved word.
  beforeAll(async () => {
    userId = (
      await db().prisma.user.create({data: {id: 'learner-v', name: 'L', email: 'v@example.org'}, select: {id: true}})
    ).id;
    await saveWord(db().prisma, userId, {lang: 'id', word: 'menggunakan'}, now);
  });

  test('the largest allowed list is stored whole; a longer one is refused, not cut', async () => {
    const largest = [...words(MAX_IMPORT_WORDS - 1), 'guna'];
    expect(await importKnownWords(db().prisma, userId, 'id', largest, now)).toEqual({
      ok: true,
      added: MAX_IMPORT_WORDS - 1,
      updated: 1,
    });
    expect(await db().prisma.vocabularyItem.count({where: {userId, status: 'known'}})).toBe(MAX_IMPORT_WORDS);
    // Importing the same list again changes nothing; a word set back to learning is marked known again.
    const [guna] = await db().prisma.vocabularyItem.findMany({
      where: {userId, lemma: 'guna'},
      select: {id: true, reps: true},
    });
    await setVocabularyStatus(db().prisma, userId, guna!.id, 'learning');
    expect(await importKnownWords(db().prisma, userId, 'id', largest, now)).toEqual({ok: true, added: 0, updated: 1});
    expect(await importKnownWords(db().prisma, userId, 'id', words(MAX_IMPORT_WORDS + 1, 50_000), now)).toEqual({
      ok: false,
      error: 'tooMany',
    });
    expect(await db().prisma.vocabularyItem.count({where: {userId}})).toBe(MAX_IMPORT_WORDS);
  });

  test('the list comes a page at a time, filtered by status and by the start of the word', async () => {
    const first = await listVocabulary(db().prisma, userId);
    expect(first.items).toHaveLength(VOCABULARY_PAGE_SIZE);
    expect(first).toMatchObject({total: MAX_IMPORT_WORDS, page: 1, pages: MAX_IMPORT_WORDS / VOCABULARY_PAGE_SIZE});
    const last = await listVocabulary(db().prisma, userId, {page: first.pages});
    expect(last.items).toHaveLength(VOCABULARY_PAGE_SIZE);
    expect(last.items.map((i) => i.id)).not.toContain(first.items[0]!.id);
    const known = await listVocabulary(db().prisma, userId, {status: 'learning'});
    expect(known.total).toBe(0);
    const guna = await listVocabulary(db().prisma, userId, {prefix: 'GUN'});
    expect(guna.items.map((i) => i.lemma)).toEqual(['guna']);
    expect(await listVocabulary(db().prisma, userId, {prefix: "zq1%'"})).toMatchObject({total: 0});
  });
});
