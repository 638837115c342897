// The job worker of `npm start`: a process of its own, at a lower scheduling priority than the web
// server, that takes the queue's jobs (text imports and their aligner, known-word lists, re-aligns,
// machine drafts, memory recording), so that their CPU never delays a reader's page. The web server
// only queues jobs and shows their progress; start.ts restarts this process when it dies. Several
// workers (one per instance) share the queue through pg-boss.
import os from 'node:os';
import {routeConsoleToLog} from '../../server/platform/consoleLog';
import {getDatabase} from '../../server/platform/db';
import {log} from '../../server/platform/log';
import {getQueue, startWorkers} from '../../server/platform/workers';

/** Niceness: 10 of 19, below the web server's 0; the aligner's child processes inherit it. */
export const WORKER_PRIORITY = 10;

routeConsoleToLog();
try {
  os.setPriority(WORKER_PRIORITY);
} catch (error) {
  log.warn('could not lower the job worker priority', {error: (error as Error).message});
}
await startWorkers();
log.info('job worker ready', {pid: process.pid, priority: os.getPriority()});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    // A job cut short is handed out again by pg-boss once it expires, and every job resumes safely.
    const queue = await getQueue();
    await queue.stop({graceful: true, wait: true, timeout: 10_000}).catch(() => {});
    await getDatabase().close();
    process.exit(0);
  });
}
