// Stops and starts the machine's PostgreSQL cluster for the load script's fault run. PostgreSQL is
// shared with other work on this machine (and CI): once stopped, it is started again however the
// script ends — normally, on an exception, on Ctrl-C or a kill, or on process.exit.
import {spawnSync} from 'node:child_process';

let stopped = false;

export const postgresCluster = () =>
  spawnSync('ls', ['/etc/postgresql'], {encoding: 'utf8'}).stdout.trim().split('\n')[0]!;

const pgctl = (action: 'stop' | 'start') =>
  spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', postgresCluster(), 'main', action], {stdio: 'inherit'});

export function stopPostgres(): void {
  stopped = true;
  if (pgctl('stop').status !== 0) throw new Error('pg_ctlcluster stop failed');
}

/** Starts the cluster again if this process stopped it; true when it runs. */
export function startPostgres(): boolean {
  if (!stopped) return true;
  const ok = pgctl('start').status === 0;
  if (ok) stopped = false;
  return ok;
}

/** PostgreSQL is started again on exit and on a signal, after `onSignal` (which stops the app servers). */
export function restartPostgresOnExit(onSignal: () => void): void {
  process.on('exit', () => startPostgres());
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      startPostgres();
      onSignal();
      process.exit(130);
    });
  }
}
