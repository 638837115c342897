import type {Lang} from '../vocabulary';
import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {parseVersion} from '../texts/content';
import {createLexicon, englishWordsFor, indonesianWordsFor, lookupWord, tokenizeWords} from './lexicon';
import {loadLexicon} from '../../server/texts/lexiconFiles';
import {measureCoverage} from './coverage';
import {englishLemmas} from './englishLemmas';

const lexicon = loadLexicon();
const look = (word: string, from: Lang = 'id') => lookupWord(lexicon, word, from);

describe('lookupWord, Indonesian to English', () => {
  test('finds the root, the affixes and the glosses', () => {
    expect(look('menggunakan')).toMatchObject({word: 'menggunakan', root: 'guna', affixes: ['meN-', '-kan']});
    expect(look('menggunakan').glosses[0]).toBe('use');
    for (const w of ['digunakan', 'penggunaan', 'kegunaan']) expect(look(w).root).toBe('guna');
    expect(look('kebudayaan')).toMatchObject({root: 'budaya', glosses: ['culture']});
    expect(look('pembangunan').root).toBe('bangun');
  });

  test('prefers the gloss of the derived word when the dictionary has one', () => {
    expect(look('pertemuan').glosses).toContain('meeting');
    expect(look('kedutaan').glosses).toContain('embassy');
    expect(look('pengaruhnya')).toMatchObject({root: 'pengaruh', affixes: ['-nya']});
    expect(look('pengaruhnya').glosses).toContain('influence');
  });

  test('keeps capitalisation and punctuation out of the way', () => {
    expect(look('“Menggunakan,')).toMatchObject({root: 'guna'});
    expect(look('Anak-Anak').root).toBe('anak');
  });

  test('returns root null and no glosses for unknown words and numbers', () => {
    expect(look('zxqwv')).toEqual({word: 'zxqwv', root: null, affixes: [], glosses: []});
    expect(look('8.000')).toMatchObject({root: null, glosses: []});
  });

  test('glosses the common function words', () => {
    for (const w of [
      'yang',
      'dan',
      'di',
      'ke',
      'dari',
      'untuk',
      'dengan',
      'ini',
      'itu',
      'tidak',
      'akan',
      'telah',
      'sudah',
      'bahwa',
      'ada',
      'juga',
      'bisa',
      'dapat',
      'harus',
      'kata',
      'mereka',
      'kami',
      'kita',
      'dia',
      'saya',
      'anda',
      'seorang',
      'para',
      'pada',
      'dalam',
      'atas',
      'oleh',
      'antara',
      'karena',
      'tetapi',
      'namun',
      'jika',
    ]) {
      expect(look(w).glosses.length, w).toBeGreaterThan(0);
    }
    expect(look('tidak').glosses).toContain('not');
    expect(look('mereka')).toMatchObject({root: 'mereka', affixes: []});
  });
});

describe('lookupWord, English to Indonesian', () => {
  test('strips English inflection', () => {
    expect(look('uses', 'en')).toMatchObject({root: 'use', affixes: ['-s']});
    expect(look('uses', 'en').glosses).toContain('guna');
    expect(look('countries', 'en')).toMatchObject({root: 'country'});
    expect(look('countries', 'en').glosses).toContain('negara');
    expect(look('running', 'en').root).toBe('run');
  });

  test('knows the likely lemmas of an English word', () => {
    expect(englishLemmas('stopped').map((l) => l.lemma)).toContain('stop');
    expect(englishLemmas('children').map((l) => l.lemma)).toContain('child');
    expect(englishLemmas('studies').map((l) => l.lemma)).toContain('study');
    // Adverbs: gently → gentle, possibly → possible, basically → basic.
    expect(englishLemmas('gently').map((l) => l.lemma)).toContain('gentle');
    expect(englishLemmas('possibly').map((l) => l.lemma)).toContain('possible');
    expect(englishLemmas('basically').map((l) => l.lemma)).toContain('basic');
  });
});

describe('word lists for the aligner', () => {
  test('englishWordsFor gives single lowercase content words', () => {
    expect(englishWordsFor(lexicon, 'menggunakan')).toContain('use');
    expect(englishWordsFor(lexicon, 'Negara-negara')).toContain('country');
    expect(englishWordsFor(lexicon, 'kedutaan')).toEqual(expect.arrayContaining(['embassy']));
    for (const w of englishWordsFor(lexicon, 'pembicaraan')) expect(w).toMatch(/^[a-z]+$/);
    expect(englishWordsFor(lexicon, 'dan')).toEqual([]);
  });

  test('indonesianWordsFor strips English inflection and includes roots', () => {
    expect(indonesianWordsFor(lexicon, 'uses')).toEqual(expect.arrayContaining(['guna', 'menggunakan']));
    expect(indonesianWordsFor(lexicon, 'countries')).toContain('negara');
  });

  test('englishWordsFor is fast after warm-up', () => {
    const words = tokenizeWords(
      readFileSync(new URL('../../content/genpi-china-influence/id.md', import.meta.url), 'utf8'),
    ).map((t) => t.word);
    for (const w of words) englishWordsFor(lexicon, w);
    const start = performance.now();
    for (let i = 0; i < 10; i++) for (const w of words) englishWordsFor(lexicon, w);
    expect((performance.now() - start) / (10 * words.length)).toBeLessThan(0.02); // ms, i.e. 20 µs
  });
});

describe('tokenizeWords', () => {
  test('keeps reduplications and web addresses whole and reports offsets', () => {
    const text = 'Anak-anak membaca GenPI.co, 8.000 kali.';
    const tokens = tokenizeWords(text);
    expect(tokens.map((t) => t.word)).toEqual(['Anak-anak', 'membaca', 'GenPI.co', 'kali']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
  });
});

describe('the lexicon data', () => {
  test('prefers hand-written glosses, and can be rebuilt from data', () => {
    const small = createLexicon(
      {edition: 'test', enId: {use: ['pakai']}, idEn: {guna: ['benefit'], pakai: ['use']}},
      '# c\nguna\tuse; purpose\nmereka\tthey\twhole\n',
    );
    expect(lookupWord(small, 'guna', 'id').glosses).toEqual(['use', 'purpose']);
    expect(lookupWord(small, 'pakai', 'id').glosses).toEqual(['use']);
    expect(lookupWord(small, 'use', 'en').glosses).toEqual(['guna', 'pakai']);
    expect(small.whole.has('mereka')).toBe(true);
    expect(() => createLexicon({edition: '', enId: {}, idEn: {}}, 'guna\n')).toThrow(/malformed/);
  });

  test("a later line adds senses after the word's own, in the English-to-Indonesian direction too", () => {
    const data = {edition: 'test', enId: {}, idEn: {}};
    // tetap's "stay" comes after its own senses: the word whose first sense is "stay" leads, though later in the file.
    const small = createLexicon(data, 'tetap\tstill; remain\ntetap\tstay\ntinggal\tstay; live\n');
    expect(lookupWord(small, 'tetap', 'id').glosses).toEqual(['still', 'remain', 'stay']);
    expect(lookupWord(small, 'stay', 'en').glosses).toEqual(['tinggal', 'tetap']);
  });

  test('an abbreviation is offered after the words it stands for, and is never split', () => {
    const data = {edition: 'test', enId: {}, idEn: {}};
    const small = createLexicon(
      data,
      'sma\tsenior high school; high school\twhole,abbr\nsekolah\tschool; high school\n',
    );
    expect(lookupWord(small, 'high school', 'en').glosses).toEqual(['sekolah', 'sma']);
    expect(small.whole.has('sma')).toBe(true);
  });

  test("the edition names the FreeDict edition and the hand-written glosses' digest, which any change moves", () => {
    expect(lexicon.edition).toMatch(/^2022\.11\.18\+selaras-[0-9a-f]{8}$/);
    const data = {edition: 'test', enId: {}, idEn: {}};
    const one = createLexicon(data, 'guna\tuse\n').edition;
    expect(createLexicon(data, 'guna\tuse\n').edition).toBe(one);
    expect(createLexicon(data, 'guna\tuse; purpose\n').edition).not.toBe(one);
  });
});

describe('coverage of the seed article', () => {
  test('glosses at least 95% of its running words, names and numbers excluded', () => {
    const file = new URL('../../content/genpi-china-influence/id.md', import.meta.url);
    const version = parseVersion(readFileSync(file, 'utf8'), file.pathname);
    const coverage = measureCoverage(lexicon, [version.title, ...version.paragraphs].join('\n\n'));
    expect(coverage.tokens).toBeGreaterThan(200);
    expect(coverage.covered / coverage.tokens).toBeGreaterThanOrEqual(0.95);
  });

  test('leaves names and numbers out', () => {
    const c = measureCoverage(lexicon, 'Blinken bertemu Liu di Washington pada 8 November. Zxqwv datang.');
    // Only bertemu, di, pada, datang count: capitalised words mid-sentence and unknown ones at a sentence start are names.
    expect(c.tokens).toBe(4);
  });
});
