// Editor text imports through the real job queue, on both databases: a long text is parsed, aligned
// and stored by the worker with its steps recorded; a text over the limit is refused; a failure while
// storing leaves nothing behind.
import {afterAll, beforeAll, expect, test} from 'vitest';
import {block} from '../../core/book/blocks';
import {
  bookSubmission,
  getTextImportJob,
  requestTextImport,
  runTextImport,
  startTextImportWorker,
  storeSubmission,
  type ImportSubmission,
} from '../../server/editor/importJob';
import {byChapters, createImportedText, MAX_IMPORT_PARAGRAPHS} from '../../server/editor/importText';
import {startQueue, type Queue} from '../../server/platform/queue';
import {describeOnBothDatabases} from '../helpers/databases';

const meta = {kind: 'book' as const, originalLanguage: 'id' as const, licence: 'CC0', titles: {id: 'Buku panjang'}};
const paragraphs = (n: number, word: string) =>
  Array.from({length: n}, (_, k) => `${word} ${k}, kalimat ke-${k}.`).join('\n\n');

describeOnBothDatabases('text import jobs', (db) => {
  const editor = {id: 'editor-1', role: 'editor' as const};
  let queue: Queue | undefined;
  afterAll(async () => {
    await queue?.stop({graceful: false, wait: true, close: true});
  });

  beforeAll(async () => {
    await db().prisma.user.create({
      data: {id: editor.id, name: 'E', email: 'e@example.org', role: 'editor'},
      select: {id: true},
    });
  });

  test('a long text goes through the queue: parsed, aligned, stored whole, its submission dropped', async () => {
    queue = await startQueue(db(), {pollingIntervalSeconds: 0.5});
    await startTextImportWorker(db().prisma, queue);
    const submission: ImportSubmission = {
      meta,
      id: paragraphs(3000, 'Rumah'),
      en: paragraphs(3000, 'House'),
      tmx: null,
    };
    expect(await requestTextImport(db().prisma, queue, {id: 'x', role: 'learner'}, submission)).toEqual({
      ok: false,
      error: 'forbidden',
    });
    const requested = await requestTextImport(db().prisma, queue, editor, submission);
    if (!requested.ok) throw new Error('refused');
    let job = await getTextImportJob(db().prisma, editor, requested.jobId);
    expect(await getTextImportJob(db().prisma, {id: 'other', role: 'editor'}, requested.jobId)).toBeNull();
    const seen = new Set<string>();
    for (let k = 0; k < 600 && job?.status !== 'done' && job?.status !== 'failed'; k++) {
      seen.add(job!.status);
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = await getTextImportJob(db().prisma, editor, requested.jobId);
    }
    expect(job).toMatchObject({status: 'done', paragraphs: 6000, error: null});
    const text = await db().prisma.text.findUnique({
      where: {slug: job!.slug!},
      select: {
        status: true,
        createdById: true,
        _count: {select: {links: true}},
        versions: {select: {lang: true, _count: {select: {paragraphs: true}}}},
      },
    });
    expect(text).toMatchObject({status: 'draft', createdById: editor.id, _count: {links: 3000}});
    expect(text!.versions.map((v) => v._count.paragraphs)).toEqual([3000, 3000]);
    const last = await db().prisma.paragraph.findFirst({
      where: {version: {text: {slug: job!.slug!}}, lang: 'en'},
      orderBy: {position: 'desc'},
      select: {position: true, body: true},
    });
    expect(last).toEqual({position: 2999, body: 'House 2999, kalimat ke-2999.'});
    expect(await db().prisma.textImportChunk.count({where: {jobId: requested.jobId}})).toBe(0);
  }, 300_000);

  test('a submission of several pieces is read back whole, and dropped when the job ends', async () => {
    const long = (n: number, word: string) =>
      Array.from({length: n}, (_, k) => `${word} ${k}: “${'kata '.repeat(20)}” — ${k}.`).join('\n\n');
    const id = await storeSubmission(db().prisma, editor.id, {meta, id: long(5000, 'Rumah'), en: '', tmx: null});
    expect(await db().prisma.textImportChunk.count({where: {jobId: id}})).toBeGreaterThanOrEqual(3);
    expect(await runTextImport(db().prisma, id)).toBe('done');
    const {slug} = await db().prisma.textImportJob.findUniqueOrThrow({where: {id}, select: {slug: true}});
    const stored = await db().prisma.paragraph.findMany({
      where: {version: {text: {slug: slug!}}},
      orderBy: {position: 'asc'},
      select: {body: true},
    });
    expect(stored.map((p) => p.body)).toEqual(long(5000, 'Rumah').split('\n\n'));
    expect(await db().prisma.textImportChunk.count({where: {jobId: id}})).toBe(0);
  }, 120_000);

  test('book blocks stored as the parser printed them come back whole, emoji at piece boundaries too', async () => {
    // Every paragraph holds surrogate pairs, so some of the pieces' boundaries fall on one.
    const blocks = (lang: string) =>
      Array.from({length: 4000}, (_, k) =>
        block(k % 50 ? 'paragraph' : 'heading', `${lang} ${k} 🌴🙂 ${'kata '.repeat(9)}`, k % 50 ? null : 2),
      );
    const sides = {id: blocks('Pulau'), en: blocks('Island')};
    const id = await storeSubmission(
      db().prisma,
      editor.id,
      bookSubmission(meta, {id: JSON.stringify(sides.id), en: JSON.stringify(sides.en)}),
    );
    expect(await db().prisma.textImportChunk.count({where: {jobId: id}})).toBeGreaterThanOrEqual(3);
    expect(await runTextImport(db().prisma, id)).toBe('done');
    const {slug} = await db().prisma.textImportJob.findUniqueOrThrow({where: {id}, select: {slug: true}});
    for (const lang of ['id', 'en'] as const) {
      const stored = await db().prisma.paragraph.findMany({
        where: {version: {lang, text: {slug: slug!}}},
        orderBy: {position: 'asc'},
        select: {body: true, kind: true},
      });
      expect(stored).toEqual(sides[lang].map((b) => ({body: b.text, kind: b.kind})));
    }
  }, 120_000);

  test('a text over the paragraph limit is refused by the job, and nothing is stored', async () => {
    const before = await db().prisma.text.count();
    const id = await storeSubmission(db().prisma, editor.id, {
      meta,
      id: paragraphs(MAX_IMPORT_PARAGRAPHS + 1, 'Satu'),
      en: '',
      tmx: null,
    });
    expect(await runTextImport(db().prisma, id)).toBe('failed');
    expect(await getTextImportJob(db().prisma, editor, id)).toMatchObject({
      status: 'failed',
      error: 'tooManyParagraphs',
    });
    expect(await db().prisma.text.count()).toBe(before);
  });

  test('a job retried after a crash between storing and recording the end stores its text once', async () => {
    const submission = {meta, id: paragraphs(20, 'Pintu'), en: paragraphs(20, 'Door'), tmx: null};
    const job = async () => ({id: await storeSubmission(db().prisma, editor.id, submission)});
    const texts = () => db().prisma.text.count({where: {versions: {some: {title: 'Buku panjang'}}}});
    const before = await texts();
    const {id} = await job();
    expect(await runTextImport(db().prisma, id)).toBe('done');
    const {slug, textId} = await db().prisma.textImportJob.findUniqueOrThrow({
      where: {id},
      select: {slug: true, textId: true},
    });
    expect(await db().prisma.text.findUnique({where: {id: textId!}, select: {slug: true}})).toEqual({slug});
    // What kill -9 after the commit leaves: the text stored, the job still storing with its submission.
    await db().prisma.textImportJob.update({
      where: {id},
      data: {status: 'storing', submission: {create: {index: 0, text: JSON.stringify(submission)}}},
      select: {id: true},
    });
    expect(await runTextImport(db().prisma, id)).toBe('done');
    expect(await texts()).toBe(before + 1);
    expect(await getTextImportJob(db().prisma, editor, id)).toMatchObject({status: 'done', slug});
    // Two workers on one job at once (pg-boss hands an expired job out again while the first still runs).
    const second = await job();
    expect(await Promise.all([runTextImport(db().prisma, second.id), runTextImport(db().prisma, second.id)])).toEqual([
      'done',
      'done',
    ]);
    expect(await texts()).toBe(before + 2);
  });

  test('a job whose author was deleted before it ran is gone with them, and stores nothing', async () => {
    await db().prisma.user.create({
      data: {id: 'editor-gone', name: 'G', email: 'g@example.org', role: 'editor'},
      select: {id: true},
    });
    const id = await storeSubmission(db().prisma, 'editor-gone', {meta, id: paragraphs(3, 'Satu'), en: '', tmx: null});
    const before = await db().prisma.text.count();
    await db().prisma.user.delete({where: {id: 'editor-gone'}, select: {id: true}});
    expect(await runTextImport(db().prisma, id)).toBeNull();
    expect(await db().prisma.text.count()).toBe(before);
  });

  test('a failure while storing (links the database refuses, after 6,000 paragraphs) leaves no text, paragraph or link', async () => {
    const counts = async () => [
      await db().prisma.text.count(),
      await db().prisma.paragraph.count(),
      await db().prisma.alignmentLink.count(),
    ];
    const before = await counts();
    const bodies = {id: paragraphs(3000, 'Rumah').split('\n\n'), en: paragraphs(3000, 'House').split('\n\n')};
    const broken = () => bodies.id.map((_, k) => ({id: [k], en: [k], score: 1, status: 'bogus' as 'automatic'}));
    await expect(createImportedText(db().prisma, editor, meta, bodies, byChapters(broken))).rejects.toThrow();
    expect(await counts()).toEqual(before);
  }, 120_000);
});
