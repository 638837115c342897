import {expect, test} from 'vitest';
import {cognateKey, indonesianStems, stemEnglish} from './words';

test.each([
  ['kompleksitas', 'complexity'],
  ['konstruktif', 'constructive'],
  ['aksesibilitas', 'accessibility'],
  ['aktivitas', 'activities'],
  ['kalibrasi', 'calibration'],
  ['teknologi', 'technology'],
  ['sistem', 'system'],
  ['kualitas', 'quality'],
  ['ikon', 'icons'],
  ['desember', 'December'],
])('the loanword %s meets its English source %s', (id, en) => {
  expect(cognateKey(id, 'id')).not.toBeNull();
  expect(cognateKey(id, 'id')).toBe(cognateKey(en.toLowerCase(), 'en'));
});

test('unrelated words and short words have different or no keys', () => {
  expect(cognateKey('rumah', 'id')).not.toBe(cognateKey('house', 'en'));
  expect(cognateKey('dan', 'id')).toBeNull();
});

test('English inflections are stripped', () => {
  expect(['checks', 'checked', 'checking'].map(stemEnglish)).toEqual(['check', 'check', 'check']);
  expect(stemEnglish('countries')).toBe('country');
  expect(stemEnglish('process')).toBe('process');
  expect(stemEnglish('classes')).toBe('class');
});

test('affixed Indonesian loanwords expose their stem', () => {
  expect(indonesianStems('dikonfigurasikan')).toContain('konfigurasi');
  expect(indonesianStems('mengkalibrasi')).toContain('kalibrasi');
});
