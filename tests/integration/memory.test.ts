// The translation memory on both databases: confirmed links become entries, exact matches come
// back for a whole batch in one query, fuzzy ones with their percentage, and TMX files load.
import path from 'node:path';
import {expect, test} from 'vitest';
import {readContentDir} from '../../server/contentFiles';
import {importTextSource} from '../../server/import';
import {addToMemory, findExact, findFuzzy, importTmxToMemory, recordConfirmedLinks} from '../../server/memory';
import {describeOnBothDatabases} from '../helpers/databases';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'content');

const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="id-ID" segtype="sentence" datatype="plaintext" o-tmf="x" adminlang="en" creationtool="t" creationtoolversion="1"/>
<body>
  <tu><tuv xml:lang="id-ID"><seg>Kantor pos buka pukul delapan &amp; tutup pukul empat.</seg></tuv>
      <tuv xml:lang="en-US"><seg>The post office opens at eight &amp; closes at four.</seg></tuv></tu>
  <tu><tuv xml:lang="in"><seg>Tekan <bpt i="1">&lt;b&gt;</bpt>Simpan<ept i="1">&lt;/b&gt;</ept> untuk menyimpan.</seg></tuv>
      <tuv xml:lang="EN"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> to save.</seg></tuv></tu>
  <tu><tuv xml:lang="fr"><seg>Bonjour</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>
</body></tmx>`;

describeOnBothDatabases('translation memory', (db) => {
  test('confirmed links become paragraph and sentence entries in both directions, once', async () => {
    const prisma = db().prisma;
    const [source] = await readContentDir(fixtures);
    await importTextSource(prisma, source, () => []);
    const textId = (await prisma.text.findUniqueOrThrow({where: {slug: 'demo-news'}})).id;
    const first = await recordConfirmedLinks(prisma, textId);
    expect(first.paragraphs).toBeGreaterThanOrEqual(2);
    expect(first.sentences).toBeGreaterThan(0);
    expect(await recordConfirmedLinks(prisma, textId)).toEqual({paragraphs: 0, sentences: 0});
    expect(await findExact(prisma, 'id', 'en', ['Hujan deras mengguyur Jakarta pada hari Senin.'])).toEqual(['Heavy rain fell on Jakarta on Monday.']);
    expect(await findExact(prisma, 'en', 'id', ['Heavy rain fell on Jakarta on Monday.'])).toEqual(['Hujan deras mengguyur Jakarta pada hari Senin.']);
    // The 1-2 link's two sentences are remembered one by one.
    expect(await findExact(prisma, 'id', 'en', ['Sekolah diliburkan sampai hari Rabu.'])).toEqual([expect.stringMatching(/school/i)]);
  });

  test('exact matching ignores spacing, keeps order and answers null for unknown text', async () => {
    const prisma = db().prisma;
    await addToMemory(prisma, 'id', 'en', [{source: 'Selamat pagi.', target: 'Good morning.'}, {source: 'Terima kasih.', target: 'Thank you.'}], 'paragraph');
    expect(await findExact(prisma, 'id', 'en', ['Terima   kasih.', 'Tidak ada.', '  Selamat pagi.\n', ''])).toEqual(['Thank you.', null, 'Good morning.', null]);
    expect(await findExact(prisma, 'en', 'id', ['Terima kasih.'])).toEqual([null]);
  });

  test('fuzzy matches come with their similarity as a percentage, best first', async () => {
    const prisma = db().prisma;
    await addToMemory(prisma, 'id', 'en', [
      {source: 'Perpustakaan daerah membuka dua belas ruang baca bagi pelajar.', target: 'The regional library opened twelve reading rooms for students.'},
      {source: 'Perpustakaan daerah menutup dua belas ruang baca bagi pelajar.', target: 'The regional library closed twelve reading rooms for students.'},
      {source: 'Kucing itu tidur di atas meja.', target: 'The cat sleeps on the table.'},
    ], 'paragraph');
    const matches = await findFuzzy(prisma, 'id', 'en', 'Perpustakaan daerah membuka sepuluh ruang baca bagi pelajar.');
    expect(matches.map((m) => m.target)).toEqual([
      'The regional library opened twelve reading rooms for students.',
      'The regional library closed twelve reading rooms for students.',
    ]);
    expect(matches[0].percent).toBeGreaterThan(matches[1].percent);
    expect(matches[0].percent).toBeGreaterThanOrEqual(60);
    expect(matches[0].percent).toBeLessThan(100);
    expect(await findFuzzy(prisma, 'id', 'en', 'Perpustakaan daerah membuka sepuluh ruang baca bagi pelajar.', {minPercent: 95})).toEqual([]);
    expect((await findFuzzy(prisma, 'id', 'en', 'Kucing itu tidur di atas meja.'))[0]).toEqual({source: 'Kucing itu tidur di atas meja.', target: 'The cat sleeps on the table.', percent: 100});
  });

  test('a TMX file loads its Indonesian–English units, with inline markup dropped and entities decoded', async () => {
    const prisma = db().prisma;
    expect(await importTmxToMemory(prisma, '<html><body/></html>')).toBeNull();
    const result = await importTmxToMemory(prisma, tmx);
    expect(result).toEqual({units: 3, added: 4, skipped: 1});
    expect(await findExact(prisma, 'id', 'en', ['Kantor pos buka pukul delapan & tutup pukul empat.', 'Tekan Simpan untuk menyimpan.'])).toEqual([
      'The post office opens at eight & closes at four.',
      'Press Save to save.',
    ]);
    expect(await importTmxToMemory(prisma, tmx)).toEqual({units: 3, added: 0, skipped: 1});
  });
});
