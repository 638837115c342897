import {expect, test} from 'vitest';
import {loadLexicon} from '../../server/texts/lexiconFiles';
import {createWordAligner} from './aligner';
import {tokenize} from './tokens';

const aligner = createWordAligner(loadLexicon());

/** Links in word form, for pairs written by hand (not from the development set). */
function links(id: string, en: string): string[] {
  const it = tokenize(id);
  const et = tokenize(en);
  return aligner.align(it, et).map((l) => `${it[l.id]}=${et[l.en]}`);
}

test('a preposition takes the English one before its object, whichever the translator chose', () => {
  const found = links(
    'Gedung itu selesai pada akhir tahun dengan biaya besar.',
    'The building was finished by the end of the year at a high cost.',
  );
  // The table would say pada = at and dengan = by; the object's place says otherwise.
  expect(found).toEqual(expect.arrayContaining(['pada=by', 'dengan=at', 'akhir=end', 'biaya=cost']));
  expect(found).not.toContain('pada=at');
  expect(found).not.toContain('dengan=by');
});

test('the usual rendering stays when it stands where the object says', () => {
  expect(links('Dia datang dengan kereta pada pagi hari.', 'She came by train in the morning.')).toEqual(
    expect.arrayContaining(['dengan=by', 'kereta=train', 'pada=in']),
  );
});

test('a content word’s link to an English preposition is left alone', () => {
  // "selama" (during) is glossed by the preposition itself; di has no preposition before its object.
  const found = links('Mereka tinggal di sana selama musim hujan.', 'They stayed there during the rainy season.');
  expect(found).toContain('selama=during');
  expect(found).not.toContain('di=during');
});
