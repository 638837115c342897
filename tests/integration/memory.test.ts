// The translation memory on both databases: confirmed links become entries (through a job once the
// editor pauses), exact matches come
// back for a whole batch in one query, fuzzy ones with their percentage, and TMX files load.
import path from 'node:path';
import {expect, test} from 'vitest';
import {readContentDir} from '../../server/texts/contentFiles';
import {importTextSource} from '../../server/texts/importContent';
import {classesFor} from '../../core/texts/memoryClasses';
import {ensureUser} from '../../server/accounts/people';
import {lookupMemory} from '../../server/memory/editorMemory';
import {undoEdit} from '../../server/editor/history';
import {applyEdit, type EditRequest} from '../../server/editor/operations';
import {findExact, findFuzzy} from '../../server/memory/memoryLookup';
import {addToMemory, importTmxToMemory, recordConfirmedLinks} from '../../server/memory/translationMemory';
import {MEMORY_QUEUE, queueMemoryRecording, runMemoryJob, startMemoryWorker} from '../../server/memory/memoryWorker';
import {startQueue} from '../../server/platform/queue';
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
    expect(await findExact(prisma, 'id', 'en', ['Hujan deras mengguyur Jakarta pada hari Senin.'])).toEqual([
      'Heavy rain fell on Jakarta on Monday.',
    ]);
    expect(await findExact(prisma, 'en', 'id', ['Heavy rain fell on Jakarta on Monday.'])).toEqual([
      'Hujan deras mengguyur Jakarta pada hari Senin.',
    ]);
    // The 1-2 link's two sentences are remembered one by one.
    expect(await findExact(prisma, 'id', 'en', ['Sekolah diliburkan sampai hari Rabu.'])).toEqual([
      expect.stringMatching(/school/i),
    ]);
  });

  test('a confirm is recorded by a job once the text has been quiet, and a confirm undone before then is not', async () => {
    const prisma = db().prisma;
    const [source] = await readContentDir(fixtures);
    const oneToOne = (id: string[], en: string[]) =>
      Array.from({length: Math.min(id.length, en.length)}, (_, k) => ({id: [k], en: [k], score: 0.5}));
    await importTextSource(prisma, {...source, slug: 'quiet-memory', alignment: null}, oneToOne, 'draft');
    const text = await prisma.text.findUniqueOrThrow({
      where: {slug: 'quiet-memory'},
      select: {id: true, revision: true},
    });
    await ensureUser(prisma, {
      email: 'memory-editor@example.org',
      password: 'password-1',
      name: 'Mira',
      role: 'editor',
    });
    const editor = {
      id: (await prisma.user.findUniqueOrThrow({where: {email: 'memory-editor@example.org'}})).id,
      role: 'editor' as const,
    };
    let revision = text.revision;
    const edit = async (request: EditRequest | 'undo') => {
      const result =
        request === 'undo'
          ? await undoEdit(prisma, editor, {textId: text.id, revision})
          : await applyEdit(prisma, editor, {textId: text.id, revision, request}, oneToOne);
      if (!result.ok) throw new Error(result.error);
      revision = result.revision;
    };
    await prisma.memoryEntry.deleteMany({});
    const queue = await startQueue(db(), {pollingIntervalSeconds: 0.5});
    const waiting = async () =>
      (
        await prisma.$queryRaw<
          {n: number}[]
        >`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${MEMORY_QUEUE} AND singleton_key = ${text.id} AND state = 'created'`
      )[0]!.n;
    try {
      await edit({kind: 'confirm', row: 0});
      // Just after an edit the job asks again later, and one waiting job covers any number of requests.
      expect(await runMemoryJob(prisma, queue, text.id, 3)).toMatchObject({kind: 'postponed'});
      await queueMemoryRecording(queue, text.id);
      expect(await waiting()).toBe(1);
      expect(await prisma.memoryEntry.count()).toBe(0);
      // Row 1 confirmed and undone before the job runs: only row 0 is remembered.
      await edit({kind: 'confirm', row: 1});
      await edit('undo');
      expect(await runMemoryJob(prisma, queue, text.id, 0)).toEqual({kind: 'recorded', paragraphs: 2, sentences: 0}); // one pair, both directions
      expect(
        await findExact(prisma, 'id', 'en', [
          'Hujan deras mengguyur Jakarta pada hari Senin.',
          'Banyak jalan tergenang.',
        ]),
      ).toEqual(['Heavy rain fell on Jakarta on Monday.', null]);
      // Through the worker: the job queued by a confirm runs once the text has been quiet for a second.
      await startMemoryWorker(prisma, queue, 1);
      await edit({kind: 'confirm', row: 1});
      await queueMemoryRecording(queue, text.id, 1);
      await expect
        .poll(() => findExact(prisma, 'id', 'en', ['Banyak jalan tergenang.']), {timeout: 15_000, interval: 200})
        .toEqual(['Many streets flooded, and residents used rubber boats.']);
      expect(await runMemoryJob(prisma, queue, 'no-such-text')).toEqual({kind: 'gone'});
    } finally {
      await queue.stop({graceful: false, wait: true, close: true});
    }
  });

  test("the editor's match panel leaves out what the text itself put in the memory", async () => {
    const prisma = db().prisma;
    const [source] = await readContentDir(fixtures);
    await importTextSource(prisma, {...source, slug: 'own-rows', alignment: null}, () => [], 'draft');
    const own = (await prisma.text.findUniqueOrThrow({where: {slug: 'own-rows'}, select: {id: true}})).id;
    const editor = {id: 'nobody', role: 'editor' as const};
    const pair = {
      source: 'Perahu nelayan kembali ke pelabuhan saat senja tiba.',
      target: 'The fishing boats return to the harbour at dusk.',
    };
    await addToMemory(prisma, 'id', 'en', [pair], 'paragraph', own);
    const ask = (textId?: string) => lookupMemory(prisma, editor, {from: 'id', to: 'en', source: pair.source, textId});
    expect(await ask()).toMatchObject({ok: true, matches: [{target: pair.target, percent: 100}]});
    expect(await ask(own)).toEqual({ok: true, matches: []});
    // The same pair from elsewhere (a TMX file) is still offered.
    await addToMemory(
      prisma,
      'id',
      'en',
      [{...pair, target: 'Fishing boats come back to the harbour at dusk.'}],
      'tmx',
    );
    expect(await ask(own)).toMatchObject({
      ok: true,
      matches: [{target: 'Fishing boats come back to the harbour at dusk.'}],
    });
  });

  test('exact matching ignores spacing, keeps order and answers null for unknown text', async () => {
    const prisma = db().prisma;
    await addToMemory(
      prisma,
      'id',
      'en',
      [
        {source: 'Selamat pagi.', target: 'Good morning.'},
        {source: 'Terima kasih.', target: 'Thank you.'},
      ],
      'paragraph',
    );
    expect(await findExact(prisma, 'id', 'en', ['Terima   kasih.', 'Tidak ada.', '  Selamat pagi.\n', ''])).toEqual([
      'Thank you.',
      null,
      'Good morning.',
      null,
    ]);
    expect(await findExact(prisma, 'en', 'id', ['Terima kasih.'])).toEqual([null]);
  });

  test('fuzzy matches come with their similarity as a percentage, best first', async () => {
    const prisma = db().prisma;
    await addToMemory(
      prisma,
      'id',
      'en',
      [
        {
          source: 'Perpustakaan daerah membuka dua belas ruang baca bagi pelajar.',
          target: 'The regional library opened twelve reading rooms for students.',
        },
        {
          source: 'Perpustakaan daerah menutup dua belas ruang baca bagi pelajar.',
          target: 'The regional library closed twelve reading rooms for students.',
        },
        {source: 'Kucing itu tidur di atas meja.', target: 'The cat sleeps on the table.'},
      ],
      'paragraph',
    );
    const matches = await findFuzzy(prisma, 'id', 'en', 'Perpustakaan daerah membuka sepuluh ruang baca bagi pelajar.');
    expect(matches.map((m) => m.target)).toEqual([
      'The regional library opened twelve reading rooms for students.',
      'The regional library closed twelve reading rooms for students.',
    ]);
    expect(matches[0].percent).toBeGreaterThan(matches[1].percent);
    expect(matches[0].percent).toBeGreaterThanOrEqual(60);
    expect(matches[0].percent).toBeLessThan(100);
    expect(
      await findFuzzy(prisma, 'id', 'en', 'Perpustakaan daerah membuka sepuluh ruang baca bagi pelajar.', {
        minPercent: 95,
      }),
    ).toEqual([]);
    expect((await findFuzzy(prisma, 'id', 'en', 'Kucing itu tidur di atas meja.'))[0]).toEqual({
      source: 'Kucing itu tidur di atas meja.',
      target: 'The cat sleeps on the table.',
      percent: 100,
      origin: 'paragraph',
    });
  });

  test('fuzzy lookups by size class find exactly what a scan of every source finds, across classes', async () => {
    const prisma = db().prisma;
    // Prefixes of one long paragraph, a word longer each: their trigram counts run through most size
    // classes, and their similarity to a middle prefix falls evenly on both sides of each threshold.
    const words = (
      'Perpustakaan daerah membuka dua belas ruang baca baru bagi pelajar dan mahasiswa di seluruh kabupaten ' +
      'setelah renovasi gedung lama yang berlangsung hampir tiga tahun dengan biaya dari pemerintah provinsi serta ' +
      'sumbangan warga kota yang peduli pada pendidikan anak muda dan kebiasaan membaca buku cetak maupun digital setiap hari'
    ).split(' ');
    const prefixes = words.map((_, k) => words.slice(0, k + 1).join(' '));
    await addToMemory(
      prisma,
      'id',
      'en',
      prefixes.map((source, k) => ({source, target: `prefix ${k + 1}`})),
      'paragraph',
    );
    const query = prefixes[17];
    for (const minPercent of [30, 50, 60, 75, 90]) {
      const scanned = await prisma.$queryRaw<{target: string; score: number; trigrams: number}[]>`
        SELECT target, similarity(source, ${query})::float8 AS score, "sourceTrigrams" AS trigrams FROM "MemoryEntry"
        WHERE similarity(source, ${query}) >= ${minPercent / 100}::real ORDER BY similarity(source, ${query}) DESC, "createdAt" DESC, source`;
      const found = await findFuzzy(prisma, 'id', 'en', query, {limit: 100, minPercent});
      expect(found.map((m) => [m.target, m.percent])).toEqual(
        scanned.map((r) => [r.target, Math.round(r.score * 100)]),
      );
      expect(found.every((m, i) => i === 0 || found[i - 1].percent >= m.percent)).toBe(true);
      // The matches reach into other size classes than the query's own, down to just above the threshold.
      const classesOfMatches = new Set(scanned.map((r) => classesFor({min: r.trigrams, max: r.trigrams})[0].from));
      if (minPercent <= 60) expect(classesOfMatches.size).toBeGreaterThanOrEqual(2);
      expect(found.at(-1)!.percent).toBeLessThan(minPercent + 8);
    }
    expect((await findFuzzy(prisma, 'id', 'en', query, {limit: 1}))[0]).toEqual({
      source: query,
      target: 'prefix 18',
      percent: 100,
      origin: 'paragraph',
    });
    expect(await findFuzzy(prisma, 'id', 'en', '… — !!')).toEqual([]);
    expect(await findFuzzy(prisma, 'en', 'id', query)).toEqual([]);
  });

  test('a TMX file loads its Indonesian–English units, with inline markup dropped and entities decoded', async () => {
    const prisma = db().prisma;
    expect(await importTmxToMemory(prisma, '<html><body/></html>')).toBeNull();
    const result = await importTmxToMemory(prisma, tmx);
    expect(result).toEqual({units: 3, added: 4, skipped: 1});
    expect(
      await findExact(prisma, 'id', 'en', [
        'Kantor pos buka pukul delapan & tutup pukul empat.',
        'Tekan Simpan untuk menyimpan.',
      ]),
    ).toEqual(['The post office opens at eight & closes at four.', 'Press Save to save.']);
    expect(await importTmxToMemory(prisma, tmx)).toEqual({units: 3, added: 0, skipped: 1});
  });
});
