import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {loadLexicon} from '../../language/lexicon';
import {translateAll} from '../batching';
import {createOfflineEngine, draftIndonesianToEnglish, draftParagraph} from './offlineEngine';

const lexicon = loadLexicon();
const SEED = path.resolve(import.meta.dirname, '../../../../shared/seed/genpi-china-influence.id.txt');
const idEn = (text: string) => draftParagraph(text, 'id', 'en', lexicon);
const enId = (text: string) => draftParagraph(text, 'en', 'id', lexicon);

test('the seed article: at least 90% of its Indonesian words are translated, one line per paragraph', async () => {
  const paragraphs = readFileSync(SEED, 'utf8').split('\n');
  const totals = {words: 0, translated: 0, kept: 0, untranslated: [] as string[]};
  for (const p of paragraphs) {
    const {stats} = draftIndonesianToEnglish(p, lexicon);
    totals.words += stats.words;
    totals.translated += stats.translated;
    totals.kept += stats.kept;
    totals.untranslated.push(...stats.untranslated);
  }
  const share = totals.translated / (totals.words - totals.kept);
  console.info(
    `seed: ${totals.translated}/${totals.words - totals.kept} Indonesian words translated (${(share * 100).toFixed(1)}%), ${totals.kept} names kept; left: ${totals.untranslated.join(' ') || '—'}`,
  );
  expect(share).toBeGreaterThanOrEqual(0.9);
  const out = await translateAll(createOfflineEngine(lexicon), 'id', 'en', paragraphs);
  expect(out).toHaveLength(paragraphs.length);
  expect(out.every((line, i) => (line === '') === (paragraphs[i].trim() === ''))).toBe(true);
});

test('head-first noun phrases come out in English order', () => {
  expect(idEn('tentara Korea Utara')).toBe('North Korean troops');
  expect(idEn('AS mengatakan 8.000 tentara Korea Utara berada di Rusia.')).toBe(
    'US said 8,000 North Korean troops are in Russia.',
  );
  expect(idEn('kegiatan-kegiatan ini')).toBe('these activities');
  expect(idEn('konten menarik lainnya')).toBe('other interesting content');
  expect(idEn('perang Moskow melawan Ukraina')).toBe("Moscow's war against Ukraine");
  expect(idEn('Menteri Luar Negeri China')).toBe('Chinese Foreign Minister');
  expect(idEn('kemitraan militer yang lebih dekat')).toBe('closer military partnership');
});

test('expressions, names, quotes and dates', () => {
  expect(idEn('Beijing sejauh ini tetap bungkam.')).toBe('Beijing so far remains silent.');
  expect(idEn('yang berbicara dengan syarat anonim')).toBe('that speak on condition of anonymity');
  expect(idEn('kedua belah pihak telah melakukan "pembicaraan yang kuat minggu ini"')).toBe(
    'both sides have held "strong talks this week"',
  );
  expect(idEn('"Tetapi saya kira ini," kata Liu.')).toBe('"But I think this," Liu said.');
  expect(idEn('Menteri Luar Negeri Antony Blinken di Washington')).toBe(
    'Secretary of State Antony Blinken in Washington',
  );
  expect(idEn('Para ahli bertemu pada 31 Oktober 2024.')).toBe('Experts meet on October 31, 2024.');
  expect(idEn('Buka https://selaras.example/baca untuk membaca.')).toBe('Open https://selaras.example/baca to read.');
});

test('English to Indonesian: word by word with noun phrases turned head-first', () => {
  // Which of several dictionary words comes first may change with the lexicon; the order may not.
  expect(enId('The North Korean troops are in Russia.')).toMatch(/^(Tentara|Pasukan) Korea Utara di Rusia\.$/);
  expect(enId('these activities')).toMatch(/^(\p{L}+)-\1 ini$/u);
  expect(enId('They will use their influence so far.')).toMatch(/^Mereka akan \p{L}+ pengaruh mereka sejauh ini\.$/u);
  expect(enId('Click the Settings button to open the window.')).toMatch(
    /^Klik \p{L}+ Pengaturan untuk \p{L}+ \p{L}+\.$/u,
  );
});

test('the engine keeps one output per paragraph and labels itself a rough draft', async () => {
  const engine = createOfflineEngine(lexicon);
  expect(engine).toMatchObject({name: 'offline', roughDraft: true, model: null});
  expect(await engine.translate({from: 'id', to: 'en', paragraphs: ['Satu.', 'Dua tiga.', '']})).toHaveLength(3);
  expect(await engine.translate({from: 'en', to: 'en', paragraphs: ['Same.']})).toEqual(['Same.']);
});
