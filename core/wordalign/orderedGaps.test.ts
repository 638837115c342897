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

test('words the dictionary lacks take the one unaligned English word between their neighbours', () => {
  // Neither "Nenek" here (Grandma) nor menyeruput (sip) meets its English word through the dictionary:
  // each faces exactly one unaligned English content word between aligned neighbours.
  expect(links('Nenek Sumi menyeruput kopi panas di teras.', 'Grandma Sumi sipped hot coffee on the porch.')).toEqual(
    expect.arrayContaining(['Nenek=Grandma', 'Sumi=Sumi', 'menyeruput=sipped', 'kopi=coffee', 'panas=hot']),
  );
});

test('two unknown words facing two English words are left alone rather than guessed in order', () => {
  // Both words must be ones the lexicon does not know.
  const found = links('Kakek mengerling terperangah di teras.', 'Grandfather glanced startled on the porch.');
  expect(found).not.toContain('mengerling=glanced');
  expect(found).not.toContain('terperangah=startled');
});

test('lebih and paling share the English comparative or superlative of their adjective', () => {
  expect(links('Rumah itu lebih tinggi.', 'That house is taller.')).toEqual(
    expect.arrayContaining(['lebih=taller', 'tinggi=taller']),
  );
  expect(links('Dia yang paling tua.', 'She is the oldest.')).toEqual(
    expect.arrayContaining(['paling=oldest', 'tua=oldest']),
  );
  // With "more" the degree word has its own partner and does not join the adjective's.
  expect(links('Jalan ini lebih berbahaya.', 'This road is more dangerous.')).not.toContain('lebih=dangerous');
});

test('a peN- doer prefers the English doer among words of one root: peneliti = researchers', () => {
  const found = links(
    'Peneliti dari pusat riset itu menulis laporan.',
    'Researchers from the research centre wrote a report.',
  );
  expect(found).toContain('Peneliti=Researchers');
});

test('two words facing a longer English run that nothing explains are linked to all of it, as an idiom', () => {
  // naik pitam (lose one's temper) rendered "flew into a rage": the guidelines link an idiom all to all.
  const found = links(
    'Pak Darto naik pitam ketika mendengar kabar itu.',
    'Mr Darto flew into a rage when he heard the news.',
  );
  for (const id of ['naik', 'pitam'])
    expect(found).toEqual(expect.arrayContaining(['flew', 'into', 'a', 'rage'].map((en) => `${id}=${en}`)));
  expect(found).toEqual(expect.arrayContaining(['ketika=when', 'mendengar=heard']));
});

test('one word facing two or three English words that nothing else explains is linked to all of them', () => {
  // kempiskan rendered by the phrasal verb "punch … down".
  const found = links(
    'Setelah adonan mengembang, kempiskan lalu bentuk bulat.',
    'Once the dough has risen, punch it down, then shape it into balls.',
  );
  expect(found).toEqual(expect.arrayContaining(['kempiskan=punch', 'kempiskan=down', 'lalu=then']));
});

test('irregular comparatives: lebih baik = better, paling banyak = most, both words to the one English word', () => {
  expect(links('Nilainya paling baik di kelas.', 'Her grade was the best in the class.')).toEqual(
    expect.arrayContaining(['paling=best', 'baik=best']),
  );
  expect(links('Kini lebih banyak orang bekerja dari rumah.', 'Now more people work from home.')).toEqual(
    expect.arrayContaining(['lebih=more', 'banyak=more']),
  );
});
