// Runs one of the command-line bundles in dist/ (built by scripts/cli/align-cli.mjs) in a child
// process at a lower priority: long CPU work (aligning a book, parsing an uploaded EPUB) never holds
// the web server's event loop, and its memory goes back to the system when the child exits.
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os, {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {log} from './log';

const run = promisify(execFile);

/** The bundle's path, or null in a checkout where `npm run build:cli` has not run. */
export function cliBundle(name: 'align' | 'parse-book'): string | null {
  const file = path.join(process.cwd(), 'dist', `${name}.mjs`);
  return existsSync(file) ? file : null;
}

// Niceness of the child: where the web server runs jobs itself (the embedded database), readers'
// requests still come first. The job worker process runs at this priority already.
const CHILD_PRIORITY = 10;

function lowerPriority(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    if (os.getPriority(pid) < CHILD_PRIORITY) os.setPriority(pid, CHILD_PRIORITY);
  } catch (error) {
    // The child may have finished already; running at normal priority is slower for readers, not wrong.
    log.warn('could not lower a child process priority', {error: (error as Error).message});
  }
}

export interface BundleRun {
  /** Input files written to a fresh folder and passed, in order, as the bundle's arguments after `args`. */
  files: {name: string; contents: string | Uint8Array}[];
  args?: string[];
  timeoutMs: number;
  /** The child's V8 heap limit: a hostile input fails there instead of taking the machine's memory. */
  maxHeapMb?: number;
}

/** The bundle's standard output; throws when it fails, times out or runs out of memory. */
export async function runCliBundle(
  bundle: string,
  {files, args = [], timeoutMs, maxHeapMb}: BundleRun,
): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'selaras-cli-'));
  try {
    const paths = files.map((f) => path.join(dir, f.name));
    await Promise.all(files.map((f, k) => writeFile(paths[k]!, f.contents)));
    const flags = maxHeapMb ? [`--max-old-space-size=${maxHeapMb}`] : [];
    const child = run(process.execPath, [...flags, bundle, ...args, ...paths], {
      maxBuffer: 512 * 1024 * 1024,
      timeout: timeoutMs,
    });
    lowerPriority(child.child.pid);
    return (await child).stdout;
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}
