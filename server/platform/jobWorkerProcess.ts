// Runs scripts/cli/worker.ts as a child of `npm start` and starts it again whenever it stops: after
// a second at first, then twice as long each time it dies soon after starting (up to 30 s), so that a
// worker that cannot start does not spin. Meanwhile the web server goes on serving and queueing:
// jobs wait in the database until a worker takes them.
import {spawn, type ChildProcess} from 'node:child_process';
import {once} from 'node:events';
import {log} from './log';
import {relayChildLog} from './childLog';

export interface SupervisedWorker {
  /** The worker process running now, if any. */
  current(): ChildProcess | undefined;
  /** How many times it has been started. */
  starts(): number;
  stop(): Promise<void>;
}

const STABLE_MS = 60_000;
const MAX_DELAY_MS = 30_000;

export function superviseJobWorker(options: {env: NodeJS.ProcessEnv; cwd?: string}): SupervisedWorker {
  let child: ChildProcess | undefined;
  let stopped = false;
  let quickFailures = 0;
  let started = 0;
  let timer: NodeJS.Timeout | undefined;

  const start = () => {
    const startedAt = Date.now();
    started++;
    const worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/cli/worker.ts'], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = worker;
    // The worker logs JSON lines already; anything else (a crash before its logger) is wrapped.
    relayChildLog(worker, 'job worker');
    worker.on('exit', (code, signal) => {
      if (child === worker) child = undefined;
      if (stopped) return;
      quickFailures = Date.now() - startedAt > STABLE_MS ? 1 : quickFailures + 1;
      const restartInMs = Math.min(MAX_DELAY_MS, 1_000 * 2 ** (quickFailures - 1));
      log.error('the job worker process stopped: the web server keeps serving, and queued jobs wait until it is back', {
        code,
        signal,
        restartInMs,
      });
      timer = setTimeout(start, restartInMs);
    });
  };

  start();
  return {
    current: () => child,
    starts: () => started,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = once(running, 'exit');
      running.kill('SIGTERM');
      await exited;
    },
  };
}
