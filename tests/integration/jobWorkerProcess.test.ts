// The job worker process of `npm start` on PostgreSQL (scripts/cli/worker.ts, supervised as start.ts
// does): it runs at a lower priority than the web server, takes the jobs the web side queues, and
// when it is killed the web side still queues (the job waits) and the supervisor starts it again,
// which then runs the waiting job.
import os from 'node:os';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {requestKnownWordsImport} from '../../server/learning/knownWords';
import {getJob} from '../../server/platform/backgroundJobs';
import {type SupervisedWorker, superviseJobWorker} from '../../server/platform/jobWorkerProcess';
import {applyMigrations} from '../../server/platform/migrate';
import {type Database, openDatabase} from '../../server/platform/openDatabase';
import {type Queue, startQueue} from '../../server/platform/queue';
import {createTestDatabase, postgresAvailable} from '../helpers/postgres';

const postgresUp = await postgresAvailable();
const words = (n: number, tag: string) => Array.from({length: n}, (_, k) => `zq${tag}${k.toString(36)}x`);

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 90_000): Promise<T> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; ) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.skipIf(!postgresUp)('the job worker process', () => {
  let db: Database;
  let drop: () => Promise<void>;
  let queue: Queue;
  let worker: SupervisedWorker | undefined;
  const userId = 'learner-1';

  beforeAll(async () => {
    const created = await createTestDatabase();
    drop = created.drop;
    db = openDatabase({DATABASE_URL: created.url});
    await applyMigrations(db.adapter);
    await db.prisma.user.create({
      data: {id: userId, name: 'L', email: 'l@example.org', role: 'learner'},
      select: {id: true},
    });
    // The web side: it only queues.
    queue = await startQueue(db);
    worker = superviseJobWorker({env: {...process.env, DATABASE_URL: created.url}});
  });
  afterAll(async () => {
    await worker?.stop();
    await queue?.stop({graceful: false, wait: true, close: true});
    await db?.close();
    await drop?.();
  });

  const done = (jobId: string) =>
    until(`job ${jobId}`, async () => {
      const job = await getJob(db.prisma, userId, jobId);
      return job?.status === 'done' && job;
    });

  test('runs queued jobs at a lower priority; killed, it is started again and the waiting job runs', async () => {
    const first = await requestKnownWordsImport(db.prisma, queue, userId, 'id', words(800, 'a'));
    if (!first.ok) throw new Error('refused');
    expect(await done(first.jobId)).toMatchObject({result: {added: 800}});
    const pid = worker!.current()!.pid!;
    expect(os.getPriority(pid)).toBeGreaterThan(os.getPriority());

    process.kill(pid, 'SIGKILL');
    await until('the worker to die', async () => worker!.current()?.pid !== pid);
    // Meanwhile the web side goes on: the list is taken and waits in the database.
    const second = await requestKnownWordsImport(db.prisma, queue, userId, 'id', words(300, 'b'));
    if (!second.ok) throw new Error('refused');
    expect(await getJob(db.prisma, userId, second.jobId)).toMatchObject({status: 'queued'});
    expect(await done(second.jobId)).toMatchObject({result: {added: 300}});
    expect(worker!.starts()).toBe(2);
    expect(worker!.current()!.pid).not.toBe(pid);
  }, 180_000);
});
