// The paragraph aligner for one chapter of an import: a long stretch goes to the aligner's child
// process (server/editor/alignOffThread.ts), a chapter of ordinary length is aligned here, where
// starting a process would cost more than the alignment, with other work let in before it.
import {setImmediate as yieldToEventLoop} from 'node:timers/promises';
import {alignForImport} from '../texts/aligner';
import {alignOffThread} from '../editor/alignOffThread';
import type {ScoredRun} from '../../core/vocabulary';

const OFF_THREAD_FROM = 3_000;

export async function alignChapter(id: string[], en: string[]): Promise<ScoredRun[]> {
  if (id.length + en.length >= OFF_THREAD_FROM) return alignOffThread(id, en);
  await yieldToEventLoop();
  return alignForImport(id, en);
}
