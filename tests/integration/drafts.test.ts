// Machine drafts on both databases, through the real queue: memory matches never reach the engine,
// the offline engine drafts a whole text with its provenance, and a queued job outlives its queue.
import {afterAll, expect, test} from 'vitest';
import type {TextSource} from '../../core/texts/content';
import type {TranslationEngine, TranslationRequest} from '../../core/translate/engine';
import {createOfflineEngine} from '../../core/translate/offline/offlineEngine';
import {getDraftJob, type DraftJobView} from '../../server/drafts/draftJobs';
import {requestMachineDraft, startDraftWorker} from '../../server/drafts/draftWorker';
import {ensureUser} from '../../server/accounts/people';
import {applyEdit} from '../../server/editor/operations';
import {importTextSource} from '../../server/texts/importContent';
import {addToMemory} from '../../server/memory/translationMemory';
import {startQueue, type Queue} from '../../server/platform/queue';
import {getReaderText} from '../../server/reader/readerText';
import type {Database} from '../../server/platform/openDatabase';
import {describeOnBothDatabases} from '../helpers/databases';

const offlineEnv = {SELARAS_TRANSLATOR: undefined};

function indonesianText(slug: string, paragraphs: string[]): TextSource {
  return {
    slug,
    meta: {kind: 'news', originalLanguage: 'id', licence: 'CC0 — test'},
    versions: {id: {title: 'Berita hari ini', provenance: 'original', paragraphs}},
    alignment: null,
  };
}

async function textIdOf(db: Database, source: TextSource): Promise<string> {
  await importTextSource(db.prisma, source, () => []);
  return (await db.prisma.text.findUniqueOrThrow({where: {slug: source.slug}, select: {id: true}})).id;
}

async function settled(db: Database, jobId: string, timeoutMs = 20_000): Promise<DraftJobView> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = await getDraftJob(db.prisma, jobId);
    if (job && (job.status === 'done' || job.status === 'failed')) return job;
    if (Date.now() > until) throw new Error(`draft job still ${job?.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function countingEngine(): TranslationEngine & {seen: string[]} {
  const seen: string[] = [];
  return {
    name: 'counting',
    model: 'test-1',
    maxBatch: 4,
    seen,
    async translate(req: TranslationRequest) {
      seen.push(...req.paragraphs);
      return req.paragraphs.map((p) => `EN(${p})`);
    },
  };
}

describeOnBothDatabases('machine drafts', (db) => {
  const queues: Queue[] = [];
  const stopAll = async () => {
    for (const q of queues.splice(0)) await q.stop({graceful: false, wait: true, close: true});
  };
  // One queue at a time, so that each test's worker (and engine) takes its own jobs.
  const open = async () => {
    await stopAll();
    const queue = await startQueue(db(), {pollingIntervalSeconds: 0.5});
    queues.push(queue);
    return queue;
  };
  afterAll(stopAll);

  test('paragraphs the memory knows, whole or sentence by sentence, never reach the engine', async () => {
    const prisma = db().prisma;
    await addToMemory(
      prisma,
      'id',
      'en',
      [
        {source: 'Hujan turun sejak pagi.', target: 'It has rained since the morning.'},
        {source: 'Jalan-jalan banjir.', target: 'Streets flooded.'},
        {source: 'Sekolah tutup.', target: 'Schools are closed.'},
      ],
      'paragraph',
    );
    const textId = await textIdOf(
      db(),
      indonesianText('memory-first', [
        'Hujan turun sejak pagi.',
        'Jalan-jalan banjir. Sekolah tutup.',
        'Warga mengungsi ke masjid.',
      ]),
    );
    const engine = countingEngine();
    const queue = await open();
    await startDraftWorker(prisma, queue, () => engine);
    const requested = await requestMachineDraft(prisma, queue, textId, offlineEnv);
    expect(requested.ok).toBe(true);
    if (!requested.ok) return;
    expect(await settled(db(), requested.job.id)).toMatchObject({status: 'done', done: 4, total: 4});
    expect(engine.seen).toEqual(['Berita hari ini', 'Warga mengungsi ke masjid.']);
    const text = await getReaderText(prisma, 'memory-first', {includeUnpublished: true});
    expect(text?.rows.map((r) => r.en.map((p) => [p.body, p.provenance]))).toEqual([
      [['It has rained since the morning.', 'human']],
      [['Streets flooded. Schools are closed.', 'human']],
      [['EN(Warga mengungsi ke masjid.)', 'machine']],
    ]);
    expect(text?.versions.en).toMatchObject({
      title: 'EN(Berita hari ini)',
      provenance: 'machine',
      engine: 'counting',
      model: 'test-1',
    });
  });

  test('with no configuration the offline engine drafts the whole text, with provenance and full progress', async () => {
    const prisma = db().prisma;
    const paragraphs = Array.from(
      {length: 30},
      (_, i) =>
        `Pada hari ke-${i + 1}, pemerintah kota membuka posko bantuan untuk warga yang rumahnya terendam banjir.`,
    );
    const textId = await textIdOf(db(), indonesianText('offline-draft', paragraphs));
    const queue = await open();
    await startDraftWorker(prisma, queue, () => createOfflineEngine());
    const requested = await requestMachineDraft(prisma, queue, textId, {});
    if (!requested.ok) throw new Error(requested.error);
    expect(requested.job).toMatchObject({engine: 'offline', status: 'queued', total: 31});
    // A second request while the first runs returns the same job.
    const again = await requestMachineDraft(prisma, queue, textId, {});
    expect(again.ok && again.job.id).toBe(requested.job.id);
    expect(await settled(db(), requested.job.id)).toMatchObject({status: 'done', done: 31, total: 31, error: null});
    const version = await prisma.textVersion.findUniqueOrThrow({
      where: {textId_lang: {textId, lang: 'en'}},
      select: {
        provenance: true,
        engine: true,
        model: true,
        draftedAt: true,
        paragraphs: {select: {body: true, provenance: true}},
      },
    });
    expect(version).toMatchObject({provenance: 'machine', engine: 'offline', model: null});
    expect(version.draftedAt).toBeInstanceOf(Date);
    expect(version.paragraphs).toHaveLength(30);
    expect(version.paragraphs.every((p) => p.provenance === 'machine' && /\bcity\b/i.test(p.body))).toBe(true);
    expect(await prisma.alignmentLink.count({where: {textId, status: 'automatic'}})).toBe(30);
    expect(await requestMachineDraft(prisma, queue, textId, {})).toEqual({ok: false, error: 'hasBothLanguages'});
  });

  test("an editor's change to a drafted paragraph marks it post-edited", async () => {
    const prisma = db().prisma;
    await ensureUser(prisma, {
      email: 'drafts-editor@example.org',
      password: 'password-1',
      name: 'Dina',
      role: 'editor',
    });
    const editor = {
      id: (await prisma.user.findUniqueOrThrow({where: {email: 'drafts-editor@example.org'}})).id,
      role: 'editor' as const,
    };
    const text = await prisma.text.findUniqueOrThrow({
      where: {slug: 'offline-draft'},
      select: {id: true, revision: true},
    });
    const result = await applyEdit(
      prisma,
      editor,
      {
        textId: text.id,
        revision: text.revision,
        request: {
          kind: 'editParagraph',
          lang: 'en',
          position: 2,
          body: 'On day three, the city opened aid posts for residents whose homes were flooded.',
        },
      },
      () => [],
    );
    expect(result.ok).toBe(true);
    const paragraphs = await prisma.paragraph.findMany({
      where: {version: {textId: text.id, lang: 'en'}, position: {in: [1, 2]}},
      orderBy: {position: 'asc'},
      select: {provenance: true},
    });
    expect(paragraphs.map((p) => p.provenance)).toEqual(['machine', 'postedited']);
  });

  test('a misconfigured engine is refused before anything is queued', async () => {
    const textId = await textIdOf(db(), indonesianText('bad-config', ['Satu.']));
    expect(
      await requestMachineDraft(db().prisma, queues[0], textId, {
        SELARAS_TRANSLATOR: 'openai',
        OPENAI_BASE_URL: 'http://localhost:1/v1',
      }),
    ).toEqual({ok: false, error: 'badConfig'});
    expect(await db().prisma.draftJob.count({where: {textId}})).toBe(0);
  });

  test('a job queued before a restart is done by the next process', async () => {
    const prisma = db().prisma;
    const textId = await textIdOf(db(), indonesianText('restart', ['Banjir surut pada hari Kamis.']));
    const before = await open();
    const requested = await requestMachineDraft(prisma, before, textId, {});
    if (!requested.ok) throw new Error(requested.error);
    await stopAll();
    expect((await getDraftJob(prisma, requested.job.id))?.status).toBe('queued');
    const after = await open();
    await startDraftWorker(prisma, after, () => createOfflineEngine());
    expect(await settled(db(), requested.job.id)).toMatchObject({status: 'done', done: 2, total: 2});
  });
});
