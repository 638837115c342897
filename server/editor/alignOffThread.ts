// Aligns a long text in a child process (the aligner's command-line bundle, dist/align.mjs), so that
// several seconds of alignment never hold the server's event loop; without the bundle (a checkout
// where `npm run build:cli` has not run) the aligner runs here, between yields.
import {setImmediate as yieldToEventLoop} from 'node:timers/promises';
import {alignForImport} from '../texts/aligner';
import type {ScoredRun} from '../../core/vocabulary';
import {cliBundle, runCliBundle} from '../platform/cliBundle';
import {log} from '../platform/log';

/** True when the runs tile both sides exactly: what the child printed belongs to these paragraphs. */
function coversBoth(runs: ScoredRun[], id: number, en: number): boolean {
  const ids = runs.flatMap((r) => r.id);
  const ens = runs.flatMap((r) => r.en);
  return ids.length === id && ens.length === en && ids.every((v, k) => v === k) && ens.every((v, k) => v === k);
}

/**
 * The aligner's child process on the given input files; its runs, or null (logged) when they do not
 * tile `counts` of paragraphs: the caller aligns in process then.
 */
export async function alignInChild(
  bundle: string,
  input: {args?: string[]; files: {name: string; contents: string}[]},
  counts: {id: number; en: number},
): Promise<ScoredRun[] | null> {
  const stdout = await runCliBundle(bundle, {...input, timeoutMs: 10 * 60_000});
  const {links} = JSON.parse(stdout) as {links: ScoredRun[]};
  if (coversBoth(links, counts.id, counts.en)) return links;
  log.error('the aligner process answered for other paragraphs; aligning in process', counts);
  return null;
}

export async function alignOffThread(id: string[], en: string[]): Promise<ScoredRun[]> {
  const bundle = cliBundle('align');
  // The command line reads one paragraph per line; stored paragraphs never hold a line break.
  const fits = (p: string) => p.trim() === p && p.length > 0 && !/[\r\n]/.test(p);
  if (bundle && id.every(fits) && en.every(fits)) {
    const files = [
      {name: 'id.txt', contents: id.join('\n')},
      {name: 'en.txt', contents: en.join('\n')},
    ];
    const links = await alignInChild(bundle, {files}, {id: id.length, en: en.length});
    if (links) return links;
  }
  await yieldToEventLoop();
  return alignForImport(id, en);
}
