// The translation memory on both databases: confirmed links become entries, exact matches come
// back for a whole batch in one query, fuzzy ones with their percentage, and TMX files load.
import path from 'node:path';
import {expect, test} from 'vitest';
import {readContentDir} from '../../server/contentFiles';
import {importTextSource} from '../../server/import';
import {classesFor} from '../../core/memoryClasses';
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

  test('recording only the links an edit confirmed reads just those rows', async () => {
    const prisma = db().prisma;
    const [source] = await readContentDir(fixtures);
    await importTextSource(prisma, source, () => []);
    const textId = (await prisma.text.findUniqueOrThrow({where: {slug: 'demo-news'}})).id;
    const links = await prisma.alignmentLink.findMany({where: {textId}, orderBy: {position: 'asc'}});
    await prisma.memoryEntry.deleteMany({});
    // The 1-1 link is listed as automatic and left out; the 1-2 link (3=2,3) far into the text is recorded alone.
    const recorded = await recordConfirmedLinks(prisma, textId, [{...links[0]!, status: 'automatic'}, {...links[2]!, status: 'confirmed'}]);
    expect(recorded).toEqual({paragraphs: 0, sentences: 4});
    expect(await findExact(prisma, 'id', 'en', ['Hujan deras mengguyur Jakarta pada hari Senin.', 'Sekolah diliburkan sampai hari Rabu.'])).toEqual([null, expect.stringMatching(/school/i)]);
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

  test('fuzzy lookups by size class find exactly what a scan of every source finds, across classes', async () => {
    const prisma = db().prisma;
    // Prefixes of one long paragraph, a word longer each: their trigram counts run through most size
    // classes, and their similarity to a middle prefix falls evenly on both sides of each threshold.
    const words = ('Perpustakaan daerah membuka dua belas ruang baca baru bagi pelajar dan mahasiswa di seluruh kabupaten ' +
      'setelah renovasi gedung lama yang berlangsung hampir tiga tahun dengan biaya dari pemerintah provinsi serta ' +
      'sumbangan warga kota yang peduli pada pendidikan anak muda dan kebiasaan membaca buku cetak maupun digital setiap hari').split(' ');
    const prefixes = words.map((_, k) => words.slice(0, k + 1).join(' '));
    await addToMemory(prisma, 'id', 'en', prefixes.map((source, k) => ({source, target: `prefix ${k + 1}`})), 'paragraph');
    const query = prefixes[17];
    for (const minPercent of [30, 50, 60, 75, 90]) {
      const scanned = await prisma.$queryRaw<{target: string; score: number; trigrams: number}[]>`
        SELECT target, similarity(source, ${query})::float8 AS score, "sourceTrigrams" AS trigrams FROM "MemoryEntry"
        WHERE similarity(source, ${query}) >= ${minPercent / 100}::real ORDER BY similarity(source, ${query}) DESC, "createdAt" DESC, source`;
      const found = await findFuzzy(prisma, 'id', 'en', query, {limit: 100, minPercent});
      expect(found.map((m) => [m.target, m.percent])).toEqual(scanned.map((r) => [r.target, Math.round(r.score * 100)]));
      expect(found.every((m, i) => i === 0 || found[i - 1].percent >= m.percent)).toBe(true);
      // The matches reach into other size classes than the query's own, down to just above the threshold.
      const classesOfMatches = new Set(scanned.map((r) => classesFor({min: r.trigrams, max: r.trigrams})[0].from));
      if (minPercent <= 60) expect(classesOfMatches.size).toBeGreaterThanOrEqual(2);
      expect(found.at(-1)!.percent).toBeLessThan(minPercent + 8);
    }
    expect((await findFuzzy(prisma, 'id', 'en', query, {limit: 1}))[0]).toEqual({source: query, target: 'prefix 18', percent: 100});
    expect(await findFuzzy(prisma, 'id', 'en', '… — !!')).toEqual([]);
    expect(await findFuzzy(prisma, 'en', 'id', query)).toEqual([]);
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
