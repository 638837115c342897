import type {ChildProcess} from 'node:child_process';
import {createInterface} from 'node:readline';
import {log} from './log';

/**
 * Relays a child process's output as this process's log: its JSON lines as they are, anything else
 * (Next's banner, a crash before the child's logger) wrapped as one JSON line of `source`, its
 * stdout as info and its stderr as error.
 */
export function relayChildLog(child: ChildProcess, source: string): void {
  for (const [stream, level] of [
    [child.stdout, 'info'],
    [child.stderr, 'error'],
  ] as const) {
    if (!stream) continue;
    createInterface({input: stream}).on('line', (line) => {
      if (line.startsWith('{')) (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
      else if (line.trim()) log[level](line.replace(/^\s*[⨯⚠✓▲○●-]\s*/u, '').trim(), {source});
    });
  }
}
