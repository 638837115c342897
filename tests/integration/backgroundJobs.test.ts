// Learners' and editors' long work as jobs, through the real queue on both databases: a known-word
// list and a re-align of a long text run off the request, their progress readable at any time (a
// reload asks again), one at a time per learner or text, and safe when the world changed meanwhile
// (a deleted learner or text, another editor's change, a crash half-way).
import {afterAll, beforeAll, expect, test} from 'vitest';
import {REALIGN_IN_REQUEST} from '../../core/editing/realignLimits';
import {undoEdit} from '../../server/editor/history';
import {applyEdit} from '../../server/editor/operations';
import {byChapters, createImportedText} from '../../server/editor/importText';
import {routeRealign, startRealignWorker} from '../../server/editor/realignJob';
import {getEditorDoc} from '../../server/editor/texts';
import {importKnownWords, requestKnownWordsImport, startKnownWordsWorker} from '../../server/learning/knownWords';
import {getJob, getRunningJob, type JobView} from '../../server/platform/backgroundJobs';
import {startQueue, type Queue} from '../../server/platform/queue';
import type {ScoredRun} from '../../core/vocabulary';
import {describeOnBothDatabases} from '../helpers/databases';

const words = (n: number, tag: string) => Array.from({length: n}, (_, k) => `zq${tag}${k.toString(36)}x`);

describeOnBothDatabases('background jobs', (db) => {
  const learner = {id: 'learner-1', role: 'learner' as const};
  const editor = {id: 'editor-1', role: 'editor' as const};
  let queue: Queue;
  const prisma = () => db().prisma;

  async function ended(userId: string, id: string): Promise<JobView> {
    for (let k = 0; k < 1200; k++) {
      const job = await getJob(prisma(), userId, id);
      if (job && (job.status === 'done' || job.status === 'failed')) return job;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`job ${id} did not end`);
  }

  beforeAll(async () => {
    for (const user of [learner, editor, {id: 'learner-gone', role: 'learner' as const}]) {
      await prisma().user.create({
        data: {id: user.id, name: user.id, email: `${user.id}@example.org`, role: user.role},
        select: {id: true},
      });
    }
    queue = await startQueue(db(), {pollingIntervalSeconds: 0.5});
  });
  afterAll(async () => {
    await queue?.stop({graceful: false, wait: true, close: true});
  });

  test('a known-word list is imported by a job: progress to the end, one list at a time per learner', async () => {
    const list = [...words(1_200, 'a'), 'rumah'];
    // Two submissions at the same instant (a double click): one job, and the second learns which.
    const [first, second] = await Promise.all([
      requestKnownWordsImport(prisma(), queue, learner.id, 'id', list),
      requestKnownWordsImport(prisma(), queue, learner.id, 'id', list),
    ]);
    const queued = first.ok ? first : second;
    const busy = first.ok ? second : first;
    if (!queued.ok) throw new Error('neither was queued');
    expect(busy).toEqual({ok: false, error: 'busy', jobId: queued.jobId});
    // Nothing runs yet: the page shows it queued, on every reload, and only to its learner.
    expect(await getJob(prisma(), learner.id, queued.jobId)).toMatchObject({status: 'queued', done: 0, total: 1_201});
    expect(await getRunningJob(prisma(), learner.id, 'knownWords')).toMatchObject({id: queued.jobId});
    expect(await getJob(prisma(), editor.id, queued.jobId)).toBeNull();
    expect(await prisma().vocabularyItem.count({where: {userId: learner.id}})).toBe(0);

    await startKnownWordsWorker(prisma(), queue);
    const job = await ended(learner.id, queued.jobId);
    expect(job).toMatchObject({status: 'done', done: 1_201, total: 1_201, result: {added: 1_201, updated: 0}});
    expect(await prisma().vocabularyItem.count({where: {userId: learner.id, status: 'known'}})).toBe(1_201);
    expect(await getRunningJob(prisma(), learner.id, 'knownWords')).toBeNull();
    const stored = await prisma().backgroundJob.findUniqueOrThrow({where: {id: queued.jobId}, select: {input: true}});
    expect(stored.input).toBeNull();
    // Once it has ended, the next list is taken.
    const next = await requestKnownWordsImport(prisma(), queue, learner.id, 'id', ['rumah', ...words(3, 'b')]);
    if (!next.ok) throw new Error('refused');
    expect(await ended(learner.id, next.jobId)).toMatchObject({status: 'done', result: {added: 3, updated: 0}});
  }, 120_000);

  test('a list over the limit is refused before any job; a job for a deleted learner is dropped', async () => {
    expect(await requestKnownWordsImport(prisma(), queue, learner.id, 'id', words(10_001, 'c'))).toEqual({
      ok: false,
      error: 'tooMany',
    });
    const queued = await requestKnownWordsImport(prisma(), queue, 'learner-gone', 'id', words(600, 'd'));
    if (!queued.ok) throw new Error('refused');
    await prisma().user.delete({where: {id: 'learner-gone'}, select: {id: true}});
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await prisma().backgroundJob.count({where: {id: queued.jobId}})).toBe(0);
    expect(await prisma().vocabularyItem.count({where: {userId: 'learner-gone'}})).toBe(0);
  }, 60_000);

  test('an import cut off after its first chunk carries on from there, counting each word once', async () => {
    const list = words(1_100, 'e');
    const {id} = await prisma().backgroundJob.create({
      data: {kind: 'knownWords', userId: learner.id, input: {lang: 'id', words: list}, total: list.length},
      select: {id: true},
    });
    // A crash right after the first chunk's transaction: its words and its progress are stored together.
    const crash = new Error('killed');
    await expect(
      importKnownWords(prisma(), learner.id, 'id', list, new Date(), {
        afterChunk: async (tx, done, counts) => {
          await tx.backgroundJob.update({where: {id}, data: {done, result: counts}, select: {id: true}});
          throw crash;
        },
      }),
    ).rejects.toBe(crash);
    // The throw rolled back the first chunk with its progress: nothing is half-counted.
    expect(await getJob(prisma(), learner.id, id)).toMatchObject({done: 0});
    await importKnownWords(prisma(), learner.id, 'id', list.slice(0, 500), new Date(), {
      afterChunk: (tx, done, counts) =>
        tx.backgroundJob.update({where: {id}, data: {done, result: counts}, select: {id: true}}).then(() => {}),
    });
    await queue.send('job-knownWords', {jobId: id});
    expect(await ended(learner.id, id)).toMatchObject({status: 'done', done: 1_100, result: {added: 1_100}});
    expect(await prisma().vocabularyItem.count({where: {userId: learner.id, lemma: {startsWith: 'zqe'}}})).toBe(1_100);
  }, 60_000);

  {
    const n = REALIGN_IN_REQUEST + 100;
    // Every Indonesian paragraph one row late: the aligner, run again, pairs them 1-1.
    const skewed = (): ScoredRun[] => [
      {id: [0, 1], en: [0], score: 0.5},
      ...Array.from({length: n - 2}, (_, k) => ({id: [k + 2], en: [k + 1], score: 0.5})),
      {id: [], en: [n - 1], score: 0.5},
    ];
    const bodies = {
      id: Array.from({length: n}, (_, k) => `Rumah nomor ${k} berdiri di tepi sungai ke-${k}.`),
      en: Array.from({length: n}, (_, k) => `House number ${k} stands by river number ${k}.`),
    };
    const meta = {kind: 'book' as const, originalLanguage: 'id' as const, licence: 'CC0', titles: {id: 'Panjang'}};
    async function longText(): Promise<{id: string; revision: number}> {
      const created = await createImportedText(prisma(), editor, meta, bodies, byChapters(skewed));
      if (!created.ok) throw new Error(created.error);
      const doc = await getEditorDoc(prisma(), {slug: created.slug});
      return {id: doc!.textId, revision: doc!.revision};
    }

    test('re-aligning a long text is a job that makes one history step, undone as one', async () => {
      const text = await longText();
      expect(await routeRealign(prisma(), queue, learner, {textId: text.id, revision: text.revision})).toEqual({
        inRequest: true,
      });
      const route = await routeRealign(prisma(), queue, editor, {textId: text.id, revision: text.revision});
      if (!('ok' in route) || !route.ok) throw new Error(`not queued: ${JSON.stringify(route)}`);
      // A second editor, or a double key press: the same job.
      expect(await routeRealign(prisma(), queue, editor, {textId: text.id, revision: text.revision})).toEqual({
        ok: false,
        error: 'busy',
        jobId: route.jobId,
      });
      await startRealignWorker(prisma(), queue);
      const job = await ended(editor.id, route.jobId);
      expect(job).toMatchObject({status: 'done', done: 2, total: 3, result: {revision: text.revision + 1}});
      const doc = await getEditorDoc(prisma(), {id: text.id});
      expect(doc!.links).toHaveLength(n);
      expect(doc!.links.every((l) => l.idEnd - l.idStart === 1 && l.idStart === l.enStart)).toBe(true);
      const history = await prisma().revision.findMany({
        where: {textId: text.id},
        select: {operation: true, userId: true},
      });
      expect(history).toEqual([{operation: 'realign', userId: editor.id}]);
      const undone = await undoEdit(prisma(), editor, {textId: text.id, revision: doc!.revision});
      expect(undone).toMatchObject({ok: true, operation: 'realign'});
      const back = await getEditorDoc(prisma(), {id: text.id});
      expect(back!.links).toHaveLength(n);
      expect(back!.links[0]).toMatchObject({idStart: 0, idEnd: 2, enStart: 0, enEnd: 1});
    }, 180_000);

    test('a re-align whose text changed meanwhile is refused as a stale edit; one whose text is gone fails', async () => {
      const text = await longText();
      // The job as the editor's request stores it; another editor's change lands before it is taken.
      const {id: jobId} = await prisma().backgroundJob.create({
        data: {kind: 'realign', userId: editor.id, textId: text.id, input: {revision: text.revision}, total: 3},
        select: {id: true},
      });
      const other = await applyEdit(
        prisma(),
        {id: 'learner-1', role: 'admin'},
        {textId: text.id, revision: text.revision, request: {kind: 'setStatus', status: 'review'}},
        skewed,
      );
      expect(other.ok).toBe(true);
      await queue.send('job-realign', {jobId});
      expect(await ended(editor.id, jobId)).toMatchObject({status: 'failed', error: 'stale'});
      const doc = await getEditorDoc(prisma(), {id: text.id});
      expect(doc!.links[0]).toMatchObject({idStart: 0, idEnd: 2});

      const gone = await longText();
      const queued = await routeRealign(prisma(), queue, editor, {textId: gone.id, revision: gone.revision});
      if (!('ok' in queued) || !queued.ok) throw new Error('not queued');
      await prisma().text.delete({where: {id: gone.id}, select: {id: true}});
      expect(await ended(editor.id, queued.jobId)).toMatchObject({status: 'failed', error: 'notFound'});
    }, 180_000);
  }
});
