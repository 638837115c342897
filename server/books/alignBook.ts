// The paragraph aligner of an import. A long book goes whole to the aligner's child process
// (dist/align.mjs --blocks: chapters matched and aligned there), so that neither the CPU nor the
// memory of aligning thousands of paragraphs lands on the web server, which runs jobs itself on the
// embedded database. A text of ordinary length is aligned here, where starting a process would cost
// more than the alignment, chapter by chapter with other work let in before each.
import {setImmediate as yieldToEventLoop} from 'node:timers/promises';
import type {Block} from '../../core/book/blocks';
import {alignByChapters} from '../../core/book/chapters';
import type {ScoredRun} from '../../core/vocabulary';
import {alignInChild} from '../editor/alignOffThread';
import {cliBundle} from '../platform/cliBundle';
import {alignForImport} from '../texts/aligner';

const OFF_THREAD_FROM = 3_000;

/** One chapter of a short text, here, with other work let in first. */
async function alignHere(id: string[], en: string[]): Promise<ScoredRun[]> {
  await yieldToEventLoop();
  return alignForImport(id, en);
}

/** What the child needs of a block: the chapters are found from kinds and levels. */
const forChild = (blocks: readonly Block[]) =>
  JSON.stringify(blocks.map(({kind, level, text}) => ({kind, level, text})));

/** Both sides of an import aligned chapter by chapter (core/book/chapters.ts). */
export async function alignBook(id: readonly Block[], en: readonly Block[]): Promise<ScoredRun[]> {
  const bundle = cliBundle('align');
  if (bundle && id.length + en.length >= OFF_THREAD_FROM) {
    const files = [
      {name: 'id.json', contents: forChild(id)},
      {name: 'en.json', contents: forChild(en)},
    ];
    const links = await alignInChild(bundle, {args: ['--blocks'], files}, {id: id.length, en: en.length});
    if (links) return links;
  }
  return alignByChapters(id, en, alignHere);
}
