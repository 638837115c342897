// Aligns a long text in a child process (the aligner's command-line bundle, dist/align.mjs), so that
// several seconds of alignment never hold the server's event loop; without the bundle (a checkout
// where `npm run build:cli` has not run) the aligner runs here, between yields.
import {setImmediate as yieldToEventLoop} from 'node:timers/promises';
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os, {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {alignForImport} from '../texts/aligner';
import type {ScoredRun} from '../../core/vocabulary';
import {log} from '../platform/log';

const run = promisify(execFile);

function bundlePath(): string | null {
  const file = path.join(process.cwd(), 'dist', 'align.mjs');
  return existsSync(file) ? file : null;
}

// Niceness of the aligner's process: where the web server runs jobs itself (the embedded database),
// readers' requests still come first. The job worker process runs at this priority already.
const ALIGNER_PRIORITY = 10;

function lowerPriority(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    if (os.getPriority(pid) < ALIGNER_PRIORITY) os.setPriority(pid, ALIGNER_PRIORITY);
  } catch (error) {
    // The child may have finished already; aligning at normal priority is slower for readers, not wrong.
    log.warn('could not lower the aligner priority', {error: (error as Error).message});
  }
}

/** True when the runs tile both sides exactly: what the child printed belongs to these paragraphs. */
function covers(runs: ScoredRun[], id: number, en: number): boolean {
  const ids = runs.flatMap((r) => r.id);
  const ens = runs.flatMap((r) => r.en);
  return ids.length === id && ens.length === en && ids.every((v, k) => v === k) && ens.every((v, k) => v === k);
}

export async function alignOffThread(id: string[], en: string[]): Promise<ScoredRun[]> {
  const bundle = bundlePath();
  // The command line reads one paragraph per line; stored paragraphs never hold a line break.
  const fits = (p: string) => p.trim() === p && p.length > 0 && !/[\r\n]/.test(p);
  if (bundle && id.every(fits) && en.every(fits)) {
    const dir = await mkdtemp(path.join(tmpdir(), 'selaras-align-'));
    try {
      await writeFile(path.join(dir, 'id.txt'), id.join('\n'));
      await writeFile(path.join(dir, 'en.txt'), en.join('\n'));
      const aligning = run(process.execPath, [bundle, path.join(dir, 'id.txt'), path.join(dir, 'en.txt')], {
        maxBuffer: 256 * 1024 * 1024,
        timeout: 10 * 60_000,
      });
      lowerPriority(aligning.child.pid);
      const {stdout} = await aligning;
      const {links} = JSON.parse(stdout) as {links: ScoredRun[]};
      if (covers(links, id.length, en.length)) return links;
      log.error('the aligner process answered for other paragraphs; aligning in process', {
        id: id.length,
        en: en.length,
      });
    } finally {
      await rm(dir, {recursive: true, force: true});
    }
  }
  await yieldToEventLoop();
  return alignForImport(id, en);
}
